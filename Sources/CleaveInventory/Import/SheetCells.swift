import CleaveCore
import Foundation

/// The cells of one worksheet part, read as it streams by: each row's cells with their
/// column index (A = 0), rows in sheet order. Held as rows of cells that have a value — no
/// dictionary per row and no tree of the document.
enum SheetCells {
    struct Row: Equatable {
        var number: Int
        /// In column order, each column once.
        var cells: [(column: Int, cell: ImportTable.Cell)]

        static func == (a: Row, b: Row) -> Bool {
            a.number == b.number && a.cells.elementsEqual(b.cells) { $0.column == $1.column && $0.cell == $1.cell }
        }
    }

    /// The rows with a value, by row number; a row or cell written twice keeps what came last.
    /// - Parameters:
    ///   - place: `book.xlsx:Systems`, for a cell's problem (`book.xlsx:Systems:7`).
    ///   - part: `book.xlsx:xl/worksheets/sheet1.xml`, for damaged XML.
    /// - Throws: `UserError` for damaged XML (that comes first), a shared string that is not in
    ///   `strings`, or a cell outside Excel's rows and columns (the first, at its row).
    /// - Complexity: O(bytes), and O(r log r) more for rows out of order.
    static func read(_ data: Data, strings: [String], place: String, part: String) throws(UserError) -> [Row] {
        var reader = Reader(strings: strings, place: place)
        try XLSXReader.scan(data, place: part) { scanner throws(SheetStop) in
            try reader.read(&scanner)
        }
        return reader.finished()
    }

    private struct Reader {
        let strings: [String]
        let place: String
        var rows: [Row] = []
        var current = Row(number: 0, cells: [])
        var inOrder = true
        var rowNumber = 0, column = 0, type = "n", reference = ""
        var value = "", inline = "", inValue = false, inInlineText = false
        var nextRow = 1, nextColumn = 0
        var problem: UserError?

        init(strings: [String], place: String) {
            self.strings = strings
            self.place = place
        }

        /// Every token to the end; after the first problem only the XML is still checked, so
        /// that damaged XML is what is reported when there is both.
        mutating func read(_ scanner: inout WorkbookXMLScanner) throws(SheetStop) {
            while true {
                let token = try scanner.nextToken()
                if token == .done { break }
                guard problem == nil else { continue }
                switch token {
                case .start: start(scanner)
                case .end: end(scanner)
                case .text:
                    if inValue { value += scanner.textValue }
                    if inInlineText { inline += scanner.textValue }
                case .done: break
                }
            }
            if let problem { throw .user(problem) }
        }

        private mutating func start(_ scanner: WorkbookXMLScanner) {
            if scanner.isLocal("row") {
                let r = scanner.attribute("r")
                rowNumber = r.flatMap { Int($0) } ?? nextRow
                if rowNumber < 1 || rowNumber > XLSXReader.maxRows { outside("row \(r ?? String(rowNumber))") }
                nextRow = rowNumber + 1
                nextColumn = 0
            } else if scanner.isLocal("c") {
                let r = scanner.attribute("r")
                reference = r ?? ""
                column = r.map(XLSXReader.columnIndex) ?? nextColumn
                if column >= XLSXReader.maxColumns {
                    outside("the cell \(reference.isEmpty ? "in column \(column + 1)" : reference)")
                }
                nextColumn = column + 1
                type = scanner.attribute("t") ?? "n"
                value = ""
                inline = ""
            } else if scanner.isLocal("v") {
                inValue = true
            } else if scanner.isLocal("t") {
                inInlineText = true
            }
        }

        private mutating func end(_ scanner: WorkbookXMLScanner) {
            if scanner.isLocal("v") {
                inValue = false
            } else if scanner.isLocal("t") {
                inInlineText = false
            } else if scanner.isLocal("c"), let cell = cell() {
                if rowNumber != current.number || current.cells.isEmpty {
                    flush()
                    current.number = rowNumber
                }
                current.cells.append((column, cell))
            }
        }

        private mutating func cell() -> ImportTable.Cell? {
            switch type {
            case "s":
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                guard let index = Int(trimmed), index >= 0, index < strings.count else {
                    let cellName = reference.isEmpty ? "a cell" : "the cell \(reference)"
                    problem = UserError(
                        "\(cellName) refers to shared string \(trimmed.isEmpty ? "''" : trimmed), but the workbook's shared strings table has \(strings.count) (0 to \(max(strings.count - 1, 0)))",
                        place: "\(place):\(rowNumber)",
                        hint: "the workbook is damaged: open it in the spreadsheet and save it again")
                    return nil
                }
                return .text(strings[index])
            case "inlineStr": return .text(inline)
            case "str", "e": return .text(value)
            case "b": return .text(value == "1" ? "yes" : "no")
            case "d": return .text(String(value.prefix(10)))  // an ISO 8601 date: its day
            default: return value.isEmpty ? nil : Double(value).map { .number($0) } ?? .text(value)
            }
        }

        private mutating func outside(_ what: String) {
            guard problem == nil else { return }
            problem = UserError(
                "\(what) is outside the sheet: Excel has \(XLSXReader.maxRows) rows and \(XLSXReader.maxColumns) columns (A to XFD)",
                place: "\(place):\(min(rowNumber, XLSXReader.maxRows + 1))",
                hint: "the workbook is damaged: open it in the spreadsheet and save it again")
        }

        private mutating func flush() {
            guard !current.cells.isEmpty else { return }
            if let last = rows.last, last.number >= current.number { inOrder = false }
            rows.append(current)
            current.cells = []
        }

        /// The rows in order, each row's cells in column order, what was written twice merged.
        mutating func finished() -> [Row] {
            flush()
            if !inOrder {
                // A stable sort keeps document order within a row number, so what came last wins.
                let sorted = rows.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }
                var merged: [Row] = []
                for (_, row) in sorted {
                    if merged.last?.number == row.number {
                        merged[merged.count - 1].cells += row.cells
                    } else {
                        merged.append(row)
                    }
                }
                rows = merged
            }
            for n in rows.indices where !zip(rows[n].cells, rows[n].cells.dropFirst()).allSatisfy({ $0.column < $1.column }) {
                let sorted = rows[n].cells.enumerated().sorted {
                    ($0.element.column, $0.offset) < ($1.element.column, $1.offset)
                }
                var cells: [(column: Int, cell: ImportTable.Cell)] = []
                for (_, entry) in sorted {
                    if cells.last?.column == entry.column {
                        cells[cells.count - 1] = entry
                    } else {
                        cells.append(entry)
                    }
                }
                rows[n].cells = cells
            }
            return rows
        }
    }
}
