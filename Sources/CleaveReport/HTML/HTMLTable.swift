import CleaveCore

/// A table for the HTML report. Cells may link to an item, which opens it in the explorer;
/// numbers carry a sort key, so the script sorts £1,200 after £900. Every cell's text is
/// escaped when written.
public struct HTMLTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// An item id, shown as a link that opens the item in the explorer.
        case item(String)
        /// An item id as a link, with the item's name under it.
        case namedItem(String, name: String)
        /// Several item ids, each a link; beyond `limit`, the rest are counted.
        case items([String], limit: Int)
        /// What is shown, and the number it sorts by.
        case number(String, Double)
    }

    public struct Column: Sendable {
        public var title: String
        public var numeric: Bool
        /// Where the heading links to (`#option-a`), if anywhere.
        public var link: String?
        public init(_ title: String, numeric: Bool = false, link: String? = nil) {
            self.title = title
            self.numeric = numeric
            self.link = link
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// Whether the header sorts the rows (off for the side-by-side option sheet, whose rows are figures).
    public var sortable: Bool
    /// Rows left out to keep the page usable: said under the table.
    public var omitted: Int = 0
    public var omittedNote: String = "find any item in the explorer"

    public init(columns: [Column], rows: [[Cell]] = [], sortable: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.sortable = sortable
    }

    /// A plain `Table` of the text reports, cell for cell.
    public init(_ table: Table, sortable: Bool = true) {
        columns = table.columns.map { Column($0.title, numeric: $0.alignment == .right) }
        rows = table.rows.map { $0.map(Cell.text) }
        self.sortable = sortable
    }

    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// Keeps the first `limit` rows and counts the rest.
    public mutating func cap(_ limit: Int) {
        guard rows.count > limit else { return }
        omitted += rows.count - limit
        rows.removeLast(rows.count - limit)
    }

    /// The table's HTML; `empty` is said instead of a table with no rows.
    public func html(empty: String = "None.") -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">\(HTMLText.escape(empty))</p>\n" }
        var out = "<div class=\"table-wrap\"><table\(sortable ? " class=\"sortable\"" : "")>\n<thead><tr>"
        for column in columns {
            out += "<th\(column.numeric ? " class=\"num\"" : "")\(sortable ? " tabindex=\"0\"" : "")>"
            let title = HTMLText.escape(column.title)
            out += column.link.map { "<a href=\"\(HTMLText.escape($0))\">\(title)</a>" } ?? title
            out += "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric = columns.indices.contains(index) && columns[index].numeric
                out += Self.cell(cell, numeric: numeric)
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        if omitted > 0 {
            out += "<p class=\"more\">… and \(omitted) more, not listed here: \(HTMLText.escape(omittedNote)).</p>\n"
        }
        return out
    }

    private static func cell(_ cell: Cell, numeric: Bool) -> String {
        let open = numeric ? "<td class=\"num\"" : "<td"
        switch cell {
        case .text(let s):
            // Short values (kinds, dates, bloc lists) read badly broken over lines.
            // … and long ones (reasons, messages) need room, or they run to a word a line.
            let unbroken = s.count <= 16 || (s.count <= 32 && !s.contains(" "))
            let classes = (numeric ? ["num"] : []) + (unbroken ? ["nw"] : s.count >= 60 ? ["long"] : [])
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            return "<td\(attribute)>\(HTMLText.escape(s))</td>"
        case .item(let id): return "\(open)>\(link(id))</td>"
        case .namedItem(let id, let name):
            return "\(open)>\(link(id))<br><span class=\"name\">\(HTMLText.escape(name))</span></td>"
        case .items(let ids, let limit):
            if ids.isEmpty { return "\(open)>—</td>" }
            var body = ids.prefix(limit).map(link).joined(separator: ", ")
            if ids.count > limit { body += " and \(ids.count - limit) more" }
            return "\(open)>\(body)</td>"
        case .number(let shown, let key):
            let sortKey = key.isFinite ? Formatting.sortKey(key) : (key > 0 ? "1e308" : "-1e308")
            return "\(open) data-v=\"\(sortKey)\">\(HTMLText.escape(shown))</td>"
        }
    }

    /// A link that opens item `id` in the explorer (the script catches `data-item`).
    public static func link(_ id: String) -> String {
        let e = HTMLText.escape(id)
        return "<a class=\"item\" href=\"#item-\(HTMLText.anchor(id))\" data-item=\"\(e)\">\(e)</a>"
    }
}

extension Formatting {
    /// A number as a sort key the page's script reads with `parseFloat`.
    static func sortKey(_ value: Double) -> String { Wording.number(value) }
}
