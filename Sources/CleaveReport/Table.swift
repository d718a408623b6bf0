import CleaveCore
import Foundation

/// Rows of cells under named columns: the one table every format renders — an aligned
/// terminal table, Markdown, CSV, and the HTML report's sortable tables (`Table+HTML`).
///
/// A cell says what it holds (`Cell`): an item id, which the HTML report links to the item
/// explorer, a number or an amount with the value it sorts by, a date, or plain text. The
/// text formats show each cell's `text`, so one reporter's sections serve the terminal, a
/// paper and the committee report alike.
public struct Table: Sendable {
    public enum Alignment: Sendable { case left, right }

    /// One cell: what is shown, and what it is.
    public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        case text(String)
        /// An item id; in HTML a link that opens the item in the explorer.
        case item(String)
        /// An item id (the text formats show only it); in HTML a link with the name under it.
        case namedItem(String, name: String)
        /// Several item ids; beyond `limit`, the rest are counted ("and 3 more").
        case items([String], limit: Int)
        /// What is shown, and the number it sorts by.
        case number(String, Double)
        /// An amount as shown (`£1,200`), and the amount it sorts by.
        case money(String, Double)
        /// A date.
        case date(Day)

        public init(stringLiteral value: String) { self = .text(value) }

        /// What the text formats (terminal, Markdown, CSV) show.
        public var text: String {
            switch self {
            case .text(let s), .item(let s), .namedItem(let s, _), .number(let s, _), .money(let s, _): return s
            case .items(let ids, let limit):
                let shown = ids.prefix(limit).joined(separator: ", ")
                return ids.count > limit ? shown + " and \(ids.count - limit) more" : shown
            case .date(let day): return day.description
            }
        }
    }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Where the heading links to in HTML (`#option-a`), if anywhere.
        public var link: String?
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }

        /// A column as the HTML report spells it: `numeric` is right-aligned.
        public init(_ title: String, numeric: Bool, link: String? = nil) {
            self.title = title
            alignment = numeric ? .right : .left
            self.link = link
        }

        /// Whether it holds figures (right-aligned, sorted by value).
        public var numeric: Bool { alignment == .right }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// Whether the HTML header sorts the rows (off for a sheet whose rows are figures).
    public var sortable = true
    /// Rows left out to keep a page usable: said under the HTML table.
    public var omitted = 0
    public var omittedNote = "find any item in the explorer"

    public init(columns: [Column], rows: [[Cell]] = [], sortable: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.sortable = sortable
    }

    /// A row of plain text cells.
    public mutating func append(_ row: [String]) { rows.append(row.map(Cell.text)) }

    /// A row of cells.
    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// Keeps the first `limit` rows and counts the rest (`omitted`).
    public mutating func cap(_ limit: Int) {
        guard rows.count > limit else { return }
        omitted += rows.count - limit
        rows.removeLast(rows.count - limit)
    }

    /// The same table with its header sorting, or not.
    public func sortable(_ on: Bool) -> Table {
        var copy = self
        copy.sortable = on
        return copy
    }

    /// Aligned columns separated by two spaces. When `width` is given and the table is wider,
    /// the widest left-aligned columns are narrowed (to no fewer than 12 characters) until it
    /// fits, and their cells wrap onto more lines at spaces: nothing is cut. Without a
    /// width, each row is one line.
    ///
    /// Control characters in cells and titles (ESC, CR, backspace, …) are shown escaped
    /// (`TerminalText`), so no cell can drive the terminal the table is printed on.
    public func text(width: Int? = nil) -> String {
        let titles = columns.map { TerminalText.escaped($0.title, newlines: false, tabs: false) }
        let shown = rows.map { row in
            columns.indices.map { TerminalText.escaped(Table.oneLine(cell(row, $0)), newlines: false, tabs: false) }
        }
        var widths = columns.indices.map { c in
            shown.reduce(Table.width(titles[c])) { max($0, Table.width($1[c])) }
        }
        if let width {
            let gaps = 2 * max(0, columns.count - 1)
            while widths.reduce(0, +) + gaps > width {
                let shrinkable = columns.indices.filter { columns[$0].alignment == .left && widths[$0] > 12 }
                guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        var lines = lines(titles, widths)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in shown { lines += self.lines(row, widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table. Cells are text: what would be Markdown or HTML in
    /// them is escaped (`Markup.markdown`: pipes, brackets, emphasis, code, `<` and `>`), so
    /// no cell makes a link, an image or a tag; newlines become `<br>`.
    public func markdown() -> String {
        func esc(_ s: String) -> String {
            s.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
                .map { Markup.markdown(String($0)) }.joined(separator: "<br>")
        }
        var out = "| " + columns.map { esc($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + columns.indices.map { esc(cell(row, $0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// RFC 4180 CSV with a header row; fields are quoted when they need it, and text a
    /// spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a `'` before it
    /// (`CSVText`); numbers stay numbers.
    public func csv() -> String {
        func field(_ s: String) -> String { CSVText.field(s) }
        var out = columns.map { field($0.title) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += columns.indices.map { field(cell(row, $0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    private func cell(_ row: [Cell], _ c: Int) -> String { c < row.count ? row[c].text : "" }

    /// One row as lines: each cell wrapped to its column's width, the row as tall as its
    /// tallest cell.
    private func lines(_ cells: [String], _ widths: [Int]) -> [String] {
        let wrapped = columns.indices.map { c in
            Table.wrap(Table.oneLine(cells.count > c ? cells[c] : ""), to: widths[c])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { k in
            let parts = columns.indices.map { c -> String in
                let text = k < wrapped[c].count ? wrapped[c][k] : ""
                // The last column is not padded: the line's trailing spaces would go anyway.
                let isLast = c == columns.count - 1 && columns[c].alignment == .left
                let pad = isLast ? "" : String(repeating: " ", count: max(0, widths[c] - Table.width(text)))
                return columns[c].alignment == .right ? pad + text : text + pad
            }
            let joined = parts.joined(separator: "  ")
            guard let end = joined.lastIndex(where: { $0 != " " }) else { return "" }
            return String(joined[...end])
        }
    }

    /// `text` in lines of at most `width` characters, broken at spaces; a word longer than
    /// the width is broken where it must be. Always at least one line.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0, Table.width(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !current.isEmpty, Table.width(current) + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func width(_ s: String) -> Int { s.count }

    /// Newlines as spaces; most cells have none, and are returned as they are.
    static func oneLine(_ s: String) -> String {
        s.utf8.contains(UInt8(ascii: "\n")) ? s.replacingOccurrences(of: "\n", with: " ") : s
    }
}
