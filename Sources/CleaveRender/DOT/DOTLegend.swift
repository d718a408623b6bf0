/// The graph label every map carries: the title, the subtitle lines and the legend,
/// as one HTML-like table so it sits at the top-left under every layout engine.
enum DOTLegend {
    static func body(for diagram: Diagram) -> String {
        var rows: [String] = []
        rows.append(
            row(
                "<FONT POINT-SIZE=\"\(DOTEscaping.number(DOTLabel.titleSize))\"><B>"
                    + DOTLabel.plain(diagram.title, wrapAt: 120) + "</B></FONT>"))
        let subtitle = diagram.subtitle + diagram.notes
        if !subtitle.isEmpty {
            let lines = subtitle.map { DOTLabel.plain($0, wrapAt: 110) }.joined(separator: "<BR ALIGN=\"LEFT\"/>")
            rows.append(
                row("<FONT POINT-SIZE=\"11\" COLOR=\"\(Color.muted)\">" + lines + "<BR ALIGN=\"LEFT\"/></FONT>"))
        }
        let sections = diagram.legend.sections.filter { !$0.entries.isEmpty }
        if !sections.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\">\(legendTable(sections))</TD></TR>")
        }
        // The spacing is the map's margin on the title side (the graph has none; see DOTWriter).
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\">"
            + rows.joined() + "</TABLE>"
    }

    private static func row(_ content: String) -> String {
        "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(content)</TD></TR>"
    }

    /// One flat table, a pair of columns per section, so rows line up and stay compact
    /// (nested tables would be stretched to the tallest section).
    private static func legendTable(_ sections: [Legend.Section]) -> String {
        let height = sections.map(\.entries.count).max() ?? 0
        var rows = [
            "<TR>"
                + sections.map {
                    "<TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(DOTLabel.plain($0.title, wrapAt: 40))</B></TD>"
                }.joined(separator: gap) + "</TR>"
        ]
        for index in 0..<height {
            rows.append(
                "<TR>"
                    + sections.map { section in
                        guard index < section.entries.count else { return "<TD COLSPAN=\"2\"></TD>" }
                        let entry = section.entries[index]
                        return sample(entry.sample) + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                            + "<FONT POINT-SIZE=\"11\">\(DOTLabel.plain(entry.text, wrapAt: 50))</FONT></TD>"
                    }.joined(separator: gap) + "</TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"\(Color.faint)\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\" "
            + "BGCOLOR=\"white\">" + rows.joined() + "</TABLE>"
    }

    /// An empty column between sections.
    private static let gap = "<TD WIDTH=\"14\"></TD>"

    private static func sample(_ sample: Legend.Sample) -> String {
        switch sample {
        case let .swatch(fill, border, width):
            let borderWidth = max(1, Int(width.rounded()))
            return "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(border)\" BORDER=\"\(borderWidth)\" "
                + "WIDTH=\"24\" HEIGHT=\"14\"> </TD>"
        case .line(let style):
            return "<TD WIDTH=\"22\"><FONT COLOR=\"\(style.color)\">\(lineGlyphs(style))</FONT></TD>"
        case .shape(let shape):
            return
                "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(Color.muted)\">\(shapeGlyph(shape))</FONT></TD>"
        }
    }

    /// Box-drawing characters that look like the line style, then the arrow head.
    static func lineGlyphs(_ style: EdgeStyle) -> String {
        let dash: String
        switch style.line {
        case .solid: dash = style.width >= 2 ? "━━━" : "───"
        case .bold: dash = "━━━"
        case .dashed: dash = style.width >= 2 ? "╍╍╍" : "╌╌╌"
        case .dotted: dash = "┈┈┈"
        }
        let head: String
        switch style.arrowHead {
        case .normal, .vee: head = "▶"
        case .empty: head = "▷"
        case .odot: head = "○"
        case .dot: head = "●"
        case .tee: head = "┤"
        case .none: head = ""
        }
        return dash + head
    }

    /// The shape's name in words: symbol glyphs for shapes are missing from common fonts.
    static func shapeGlyph(_ shape: NodeShape) -> String {
        switch shape {
        case .box: "box"
        case .roundedBox: "rounded box"
        case .component: "component"
        case .box3d: "3-D box"
        case .note: "note"
        case .cylinder: "cylinder"
        case .ellipse: "ellipse"
        case .house: "house"
        case .octagon: "octagon"
        case .hexagon: "hexagon"
        case .plaintext: "text"
        }
    }
}
