/// HTML-like label bodies for nodes, clusters, edges and the title, built from
/// escaped text and a handful of fixed tags.
enum DOTLabel {
    static let smallSize = 10.0
    static let titleSize = 18.0

    /// A node or cluster label: the name's lines, then the id and details in a smaller font.
    static func body(_ label: NodeLabel, wrapAt width: Int = 32) -> String {
        var lines = LabelText.lines(label.name, wrapAt: width).map(DOTEscaping.htmlText)
        if lines == [""] { lines = [] }
        var body = lines.joined(separator: "<BR/>")
        if label.emphasised, !body.isEmpty { body = "<B>\(body)</B>" }
        var small: [String] = []
        if let id = label.id { small.append(contentsOf: LabelText.lines(id, wrapAt: 40).map(DOTEscaping.htmlText)) }
        for detail in label.details {
            let lines = LabelText.lines(detail, wrapAt: label.isList ? 64 : 40).map(DOTEscaping.htmlText)
            // A list's wrapped lines are indented so each entry stands out.
            small.append(
                contentsOf: lines.enumerated().map { label.isList && $0.offset > 0 ? "    " + $0.element : $0.element })
        }
        if !small.isEmpty {
            let smallText =
                "<FONT POINT-SIZE=\"\(DOTEscaping.number(smallSize))\">"
                + (label.isList ? small.map { $0 + "<BR ALIGN=\"LEFT\"/>" }.joined() : small.joined(separator: "<BR/>"))
                + "</FONT>"
            body = body.isEmpty ? smallText : body + "<BR/>" + smallText
        }
        return body.isEmpty ? " " : body
    }

    /// A cluster label on one line: the name, then id and details in a smaller font.
    /// One line because `dot` under `rankdir=LR` reserves too little room for tall
    /// cluster labels and lets nodes overlap them.
    static func inline(_ label: NodeLabel) -> String {
        let name = LabelText.lines(label.name, wrapAt: 60).map(DOTEscaping.htmlText).joined(separator: "<BR/>")
        let small = ([label.id].compactMap { $0 } + label.details)
            .map { DOTEscaping.htmlText(LabelText.visible($0)) }.joined(separator: " · ")
        let body = "<B>\(name.isEmpty ? " " : name)</B>"
        return small.isEmpty ? body : body + "  <FONT POINT-SIZE=\"\(DOTEscaping.number(smallSize))\">\(small)</FONT>"
    }

    /// Plain escaped text, lines joined with breaks.
    static func plain(_ text: String, wrapAt width: Int = 60) -> String {
        let body = LabelText.lines(text, wrapAt: width).map(DOTEscaping.htmlText).joined(separator: "<BR/>")
        return body.isEmpty ? " " : body
    }
}
