import CleaveReport

/// What an analysis command prints, before it is put in a format: a heading, sections of
/// lines and tables, the one table CSV gets, and the JSON object.
struct Report {
    struct Section {
        var title: String?
        var lines: [String] = []
        var table: Table?
        /// Said instead of an empty table.
        var empty = "(none)"
    }

    var heading: String?
    var sections: [Section] = []
    /// The table `--format csv` prints.
    var csv: Table
    var json: JSONValue

    /// The report in `format`; `width` limits table lines (the terminal's width).
    func rendered(_ format: ReportFormat, width: Int? = nil) -> String {
        switch format {
        case .json: return json.rendered()
        case .csv: return csv.csv()
        case .table, .markdown: return text(markdown: format == .markdown, width: width)
        }
    }

    private func text(markdown: Bool, width: Int?) -> String {
        var blocks: [String] = []
        if let heading { blocks.append(markdown ? "## \(heading)\n" : heading + "\n") }
        for section in sections {
            var block = ""
            if let title = section.title { block += markdown ? "### \(title)\n\n" : "\(title)\n" }
            if !section.lines.isEmpty { block += section.lines.joined(separator: "\n") + "\n" }
            if let table = section.table {
                if !section.lines.isEmpty && markdown { block += "\n" }
                if table.rows.isEmpty {
                    block += section.empty + "\n"
                } else {
                    block += markdown ? table.markdown() : table.text(width: width)
                }
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// Prints the report to standard output.
    func print(_ format: ReportFormat) {
        Console.out(rendered(format, width: format == .table ? Console.width : nil))
    }
}
