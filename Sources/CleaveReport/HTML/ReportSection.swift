import CleaveCore

/// One section of the HTML report: a heading in the contents and a block of the page.
/// Sections are listed, in page order, in `HTMLReport.sections`; a new analysis joins the
/// report as one more conforming type there.
public protocol ReportSection {
    /// The fragment the contents link to (`glance` for `#glance`).
    var anchor: String { get }
    /// The heading, also the contents entry.
    var title: String { get }
    /// Whether a printed copy starts it on a new page.
    var pageBreakBefore: Bool { get }
    /// The section's body (its heading is written around it).
    func body(_ context: ReportContext) -> String
}

extension ReportSection {
    public var pageBreakBefore: Bool { false }
}

/// What every section builds with: the input, and the small pieces of HTML they share.
public struct ReportContext: Sendable {
    public let input: ReportInput

    public init(_ input: ReportInput) { self.input = input }

    public var graph: EstateGraph { input.graph }

    /// The analyses of the option `e` evaluates (the report's own, computed once).
    public func analysis(of e: OptionEvaluation) -> OptionAnalysis {
        input.option(e.option.id) ?? OptionAnalysis(e)
    }
    public var money: Money { input.money }

    /// `<p>` with escaped text.
    public func paragraph(_ text: String, class name: String? = nil) -> String {
        "<p\(name.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(text))</p>\n"
    }

    /// A sub-heading inside a section.
    public func heading(_ text: String, level: Int = 3) -> String {
        "<h\(level)>\(HTMLText.escape(text))</h\(level)>\n"
    }

    /// A reporter's section as the page shows it: its title a heading at `level`, its lines
    /// paragraphs, its table sortable with item links, capped at `listLimit` rows; nothing for
    /// a section meant for the terminal alone (pointers to other commands).
    public func html(_ section: Report.Section, level: Int = 4) -> String {
        guard section.audience != .terminal else { return "" }
        var out = section.title.map { heading($0, level: level) } ?? ""
        for line in section.lines { out += paragraph(line, class: "note") }
        if var table = section.table {
            table.cap(input.listLimit)
            out += table.html(empty: section.empty)
        }
        return out
    }

    /// Key figures as a row of cards: (figure, what it is).
    public func figures(_ pairs: [(String, String)]) -> String {
        var out = "<div class=\"figures\">"
        for (figure, label) in pairs {
            out += "<div class=\"figure\"><div class=\"value\">\(HTMLText.escape(figure))</div>"
            out += "<div class=\"label\">\(HTMLText.escape(label))</div></div>"
        }
        return out + "</div>\n"
    }

    /// The map drawn for view `view`, framed with pan and zoom, or why it is not here.
    public func map(_ view: String) -> String {
        guard let entry = input.maps[view] else { return "" }
        switch entry {
        case .failure(let missing):
            return "<p class=\"note\">No map: \(HTMLText.escape(missing.reason))</p>\n"
        case .success(let map):
            var out = "<figure class=\"map\">\n"
            out += "<div class=\"map-tools\" aria-hidden=\"true\"><button type=\"button\" data-zoom=\"in\">+</button>"
            out +=
                "<button type=\"button\" data-zoom=\"out\">−</button><button type=\"button\" data-zoom=\"reset\">Fit</button>"
            out +=
                "<span>Click the map, then scroll to zoom (or Ctrl + scroll); drag to move; click an item to open it.</span></div>\n"
            out += "<div class=\"map-frame\">\n"
            out += InlineSVG.element(map) { graph.itemIndex($0) != nil }
            out += "</div>\n"
            for note in map.notes { out += "<figcaption>\(HTMLText.escape(note))</figcaption>\n" }
            return out + "</figure>\n"
        }
    }

    /// Item links for a list of item indices, the rest counted beyond `limit`.
    public func items(_ indices: [Int], limit: Int = 8) -> Table.Cell {
        .items(indices.map(graph.itemID), limit: limit)
    }

    /// A money cell that sorts by amount.
    public func amount(_ value: Double?) -> Table.Cell {
        .number(money.format(value), value ?? -1)
    }

    public func count(_ n: Int) -> Table.Cell { .number(Wording.grouped(n), Double(n)) }
}
