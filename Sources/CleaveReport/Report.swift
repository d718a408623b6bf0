import CleaveCore
import Foundation

/// What an analysis reports, before it is put in a format: a heading, sections of lines
/// and tables, the one table CSV gets, and the JSON object.
///
/// Every reporter builds one; `rendered(_:width:)` gives the text of any `ReportFormat`.
public struct Report: Sendable {
    /// Which text formats show a section.
    public enum Audience: Sendable {
        /// Table and markdown.
        case all
        /// The terminal table only: pointers to other commands, which a paper does without.
        case terminal
        /// Markdown only: descriptions and a glossary, which a paper needs and a terminal
        /// user has in `--help`.
        case paper
    }

    /// A titled block of lines and at most one table.
    public struct Section: Sendable {
        public var title: String?
        public var lines: [String]
        public var table: Table?
        /// Said instead of an empty table.
        public var empty: String
        public var audience: Audience

        public init(
            title: String? = nil, lines: [String] = [], table: Table? = nil, empty: String = "(none)",
            audience: Audience = .all
        ) {
            self.title = title
            self.lines = lines
            self.table = table
            self.empty = empty
            self.audience = audience
        }
    }

    public var heading: String?
    // Each part is built when first read and kept, so a report printed as JSON never builds
    // its tables, and a caller reading the sections twice builds them once.
    private let builtSections: Once<[Section]>
    private let builtCSV: Once<Table>
    private let builtJSON: Once<JSONValue>
    /// A paper of its own, for a report whose Markdown is not its sections (`diff`'s pull
    /// request comment, folded and capped); nil for the sections as Markdown.
    private let builtMarkdown: Once<String?>

    public var sections: [Section] { builtSections.value }
    /// The table `--format csv` prints.
    public var csv: Table { builtCSV.value }
    public var json: JSONValue { builtJSON.value }

    /// The parts are built only when first read: a reporter passes the expressions that
    /// compute them.
    public init(
        heading: String? = nil, sections: @autoclosure @escaping @Sendable () -> [Section] = [],
        csv: @autoclosure @escaping @Sendable () -> Table, json: @autoclosure @escaping @Sendable () -> JSONValue,
        markdown: @autoclosure @escaping @Sendable () -> String? = nil
    ) {
        self.heading = heading
        builtSections = Once(sections)
        builtCSV = Once(csv)
        builtJSON = Once(json)
        builtMarkdown = Once(markdown)
    }

    /// The report in `format`; `width` limits table lines (the terminal's width).
    public func rendered(_ format: ReportFormat, width: Int? = nil) -> String {
        switch format {
        case .json: return json.rendered()
        case .csv: return csv.csv()
        case .markdown: return builtMarkdown.value ?? text(markdown: true, width: width)
        case .table: return text(markdown: false, width: width)
        }
    }

    /// The sections as terminal text or Markdown. Inventory text cannot escape either: on
    /// the terminal, control characters are shown escaped (`TerminalText`); in Markdown,
    /// what would make a tag, a link or an image is escaped in headings, titles and lines
    /// (`Markup.markdownProse`, which keeps a reporter's own emphasis and code) and
    /// everything that is markup in table cells (`Table.markdown`).
    private func text(markdown: Bool, width: Int?) -> String {
        func safe(_ s: String) -> String { markdown ? Markup.markdownProse(s) : TerminalText.escaped(s) }
        var blocks: [String] = []
        if let heading { blocks.append(markdown ? "## \(safe(heading))\n" : safe(heading) + "\n") }
        for section in sections where section.audience == .all || (section.audience == .paper) == markdown {
            var block = ""
            if let title = section.title { block += markdown ? "### \(safe(title))\n\n" : "\(safe(title))\n" }
            if !section.lines.isEmpty { block += section.lines.map(safe).joined(separator: "\n") + "\n" }
            if let table = section.table {
                if !section.lines.isEmpty && markdown { block += "\n" }
                if table.rows.isEmpty {
                    block += safe(section.empty) + "\n"
                } else {
                    block += markdown ? table.markdown() : table.text(width: width)
                }
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }
}

/// Something that reports one analysis: built from the analysis' values, it gives the
/// `Report` every format is rendered from. One conforming type per analysis, one file each.
public protocol AnalysisReporter: Sendable {
    /// The report, ready to be rendered in any `ReportFormat`.
    var report: Report { get }
}
