import CleaveCore

extension Table {
    /// The table as the HTML report shows it: item cells link to the explorer, numeric
    /// cells carry the value the page's script sorts by, and every text is escaped. `empty`
    /// is said instead of a table with no rows.
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
                out += Self.html(cell, numeric: numeric)
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        if omitted > 0 {
            out += "<p class=\"more\">… and \(omitted) more, not listed here: \(HTMLText.escape(omittedNote)).</p>\n"
        }
        return out
    }

    private static func html(_ cell: Cell, numeric: Bool) -> String {
        let open = numeric ? "<td class=\"num\"" : "<td"
        switch cell {
        case .text(let s):
            // Short values (kinds, dates, bloc lists) read badly broken over lines.
            // … and long ones (reasons, messages) need room, or they run to a word a line.
            let unbroken = s.count <= 16 || (s.count <= 32 && !s.contains(" "))
            let classes = (numeric ? ["num"] : []) + (unbroken ? ["nw"] : s.count >= 60 ? ["long"] : [])
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            return "<td\(attribute)>\(HTMLText.escape(s))</td>"
        case .date(let day): return html(.text(day.description), numeric: numeric)
        case .item(let id): return "\(open)>\(link(id))</td>"
        case .namedItem(let id, let name):
            return "\(open)>\(link(id))<br><span class=\"name\">\(HTMLText.escape(name))</span></td>"
        case .items(let ids, let limit):
            if ids.isEmpty { return "\(open)>—</td>" }
            var body = ids.prefix(limit).map(link).joined(separator: ", ")
            if ids.count > limit { body += " and \(ids.count - limit) more" }
            return "\(open)>\(body)</td>"
        case .number(let shown, let key), .money(let shown, let key):
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
