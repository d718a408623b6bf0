import CleaveCore
import Foundation

/// Why reading a part stopped: its XML is damaged, or what it says cannot be (a shared string
/// that is not there, a cell outside the sheet).
enum SheetStop: Error {
    case xml(XMLProblem)
    case user(UserError)
}

extension WorkbookXMLScanner {
    /// `next()`, its problem as a `SheetStop`.
    mutating func nextToken() throws(SheetStop) -> Token {
        do { return try next() } catch { throw .xml(error) }
    }
}

extension XLSXReader {
    /// Excel's last row, 1,048,576, and its number of columns, 16,384 (A to XFD).
    public static let maxRows = 1 << 20
    public static let maxColumns = 1 << 14

    /// Screens a part (`XMLEvents.screen`: size, DTDs, UTF-8), makes it UTF-8 where it
    /// declares another encoding, and hands `body` a scanner over its bytes.
    /// - Parameter place: `book.xlsx:xl/worksheets/sheet1.xml`, for where XML is damaged.
    static func scan(
        _ data: Data, place: String, _ body: (inout WorkbookXMLScanner) throws(SheetStop) -> Void
    ) throws(UserError) {
        func damaged(_ problem: XMLProblem) -> UserError {
            UserError(
                "the workbook is damaged: \(problem.message)", place: "\(place):\(problem.position)",
                hint: problem.hint ?? "open it in the spreadsheet and save it again")
        }
        if let problem = XMLEvents.screen(data) { throw damaged(problem) }
        let text: Data
        switch utf8(data) {
        case .success(let converted): text = converted
        case .failure(let problem): throw damaged(problem)
        }
        let stop = text.withUnsafeBytes { raw -> SheetStop? in
            var scanner = WorkbookXMLScanner(raw.bindMemory(to: UInt8.self))
            do throws(SheetStop) {
                try body(&scanner)
                return nil
            } catch { return error }
        }
        switch stop {
        case .xml(let problem): throw damaged(problem)
        case .user(let error): throw error
        case nil: return
        }
    }

    /// The part as UTF-8: as it is, or decoded from UTF-16 (with a byte-order mark) or from
    /// the encoding its declaration names (ISO-8859-1, Windows-1252, US-ASCII).
    static func utf8(_ data: Data) -> Result<Data, XMLProblem> {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) {
            guard let text = String(data: data, encoding: .utf16) else {
                return .failure(XMLProblem(message: "the UTF-16 text cannot be decoded", line: 1))
            }
            return .success(Data(text.utf8))
        }
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let close = head.range(of: "?>"),
            let found = head.range(of: "encoding", range: head.startIndex..<close.lowerBound)
        else { return .success(data) }
        let rest = head[found.upperBound..<close.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return .success(data) }
        let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
        let encodings: [String: String.Encoding] = [
            "utf-8": .utf8, "utf8": .utf8, "iso-8859-1": .isoLatin1, "iso_8859-1": .isoLatin1, "latin1": .isoLatin1,
            "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "us-ascii": .ascii, "ascii": .ascii,
        ]
        guard let encoding = encodings[name] else {
            return .failure(
                XMLProblem(
                    message: "the part is in the encoding '\(name)', which is not read",
                    line: 1, hint: "open the workbook in the spreadsheet and save it again: it writes UTF-8"))
        }
        if encoding == .utf8 { return .success(data) }
        guard let text = String(data: data, encoding: encoding) else {
            return .failure(XMLProblem(message: "the part is not valid \(name) text", line: 1))
        }
        return .success(Data(text.utf8))
    }

    /// The shared strings table: each `<si>`'s text runs joined, phonetic runs left out.
    /// - Parameter place: where damaged XML is reported (`book.xlsx:xl/sharedStrings.xml`).
    public static func sharedStrings(_ data: Data, place: String) throws(UserError) -> [String] {
        var strings: [String] = []
        try scan(data, place: place) { scanner throws(SheetStop) in
            var current = "", inText = false, inPhonetic = false
            while true {
                switch try scanner.nextToken() {
                case .done: return
                case .start:
                    if scanner.isLocal("si") {
                        current = ""
                    } else if scanner.isLocal("t") {
                        inText = true
                    } else if scanner.isLocal("rPh") {
                        inPhonetic = true
                    }
                case .end:
                    if scanner.isLocal("si") {
                        strings.append(current)
                    } else if scanner.isLocal("t") {
                        inText = false
                    } else if scanner.isLocal("rPh") {
                        inPhonetic = false
                    }
                case .text:
                    if inText && !inPhonetic { current += scanner.textValue }
                }
            }
        }
        return strings
    }

    /// One worksheet part as a table: the first row with a value is the header; rows under
    /// it keep their sheet row number.
    /// - Parameters:
    ///   - source: `book.xlsx:Systems`, the place of each row (`book.xlsx:Systems:14`).
    ///   - part: where damaged XML is reported (`book.xlsx:xl/worksheets/sheet1.xml`).
    /// - Throws: `UserError` at the sheet's row for a shared string that is not in `strings`
    ///   or a cell outside Excel's rows and columns; at the part's line for damaged XML.
    public static func table(
        sheetXML data: Data, strings: [String], source: String, sheet: String, part: String
    ) throws(UserError) -> ImportTable {
        let rows = try SheetCells.read(data, strings: strings, place: source, part: part)
        return table(rows, source: source, sheet: sheet)
    }

    /// `B14` → 1; past Excel's columns, `maxColumns` (never an overflow).
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            if index > maxColumns { return maxColumns }
        }
        return max(index - 1, 0)
    }

    /// The header is the first row; its last cell gives the width. A row with no text at all
    /// (not even past that width) is left out.
    private static func table(_ rows: [SheetCells.Row], source: String, sheet: String) -> ImportTable {
        guard let headerRow = rows.first else {
            return ImportTable(source: source, sheet: sheet, header: [], rows: [])
        }
        let width = (headerRow.cells.last?.column ?? -1) + 1
        func dense(_ row: SheetCells.Row, empty: ImportTable.Cell) -> [ImportTable.Cell] {
            var cells = [ImportTable.Cell](repeating: empty, count: width)
            for (column, cell) in row.cells where column < width { cells[column] = cell }
            return cells
        }
        let header = dense(headerRow, empty: .text("")).map(\.text)
        var body: [ImportTable.Row] = []
        body.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() where row.cells.contains(where: { !$0.cell.text.isEmpty }) {
            body.append(ImportTable.Row(place: "\(source):\(row.number)", cells: dense(row, empty: .text(""))))
        }
        return ImportTable(source: source, sheet: sheet, header: header, rows: body)
    }
}
