import CleaveCore
import Foundation
internal import ZIPFoundation

/// Reads the sheets of an Excel workbook (`.xlsx`: a zip of XML parts) as tables: shared and
/// inline strings, numbers (dates stay day numbers; the importer turns them into dates where
/// a column holds dates) and booleans. Formulas give their cached value.
public enum XLSXReader {
    /// How much a workbook may inflate to: a zip bomb (a few kilobytes that inflate to
    /// gigabytes) is stopped while it inflates, whatever its headers claim.
    public struct Limits: Sendable {
        /// The most one part may inflate to.
        public var partBytes: Int
        /// The most all the parts read may inflate to together.
        public var totalBytes: Int
        /// How many times its stored size a part may inflate to, once past `ratioFloor`.
        public var ratio: Int
        /// Below this many inflated bytes, no ratio is too high.
        public var ratioFloor: Int

        public init(partBytes: Int, totalBytes: Int, ratio: Int, ratioFloor: Int) {
            self.partBytes = partBytes
            self.totalBytes = totalBytes
            self.ratio = ratio
            self.ratioFloor = ratioFloor
        }

        /// 256 MiB a part (`XMLEvents.maxBytes`), 512 MiB in all, 200 times past 1 MiB.
        /// Spreadsheet XML deflates about 5 to 30 times (a generated sheet of 1,048,576 rows
        /// and four columns: 9 times); a zip bomb about 1,000 times.
        public static let standard = Limits(
            partBytes: XMLEvents.maxBytes, totalBytes: 512 << 20, ratio: 200, ratioFloor: 1 << 20)
    }

    /// Every sheet, in workbook order; empty sheets give a table with no header.
    /// - Throws: `UserError` when the file is not a readable workbook.
    public static func read(
        path: String, source: String? = nil, limits: Limits = .standard
    ) throws(UserError) -> [ImportTable] {
        let source = source ?? path
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw notAWorkbook(path)
        }
        var inflatedSoFar = 0
        func part(_ name: String) throws(UserError) -> Data? {
            guard let entry = archive[name], entry.type == .file else { return nil }
            return try inflate(entry, in: archive, name: name, path: path, limits: limits, total: &inflatedSoFar)
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw UserError("the file has no xl/workbook.xml, so it is not an .xlsx workbook", place: path)
        }
        var sheets: [(name: String, relation: String)] = []
        try parse(workbook, path: path, part: "xl/workbook.xml") { events in
            events.start = { name, attributes in
                if name == "sheet", let sheetName = attributes["name"] {
                    sheets.append(
                        (sheetName, attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""))
                }
            }
        }
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels") {
            try parse(relations, path: path, part: "xl/_rels/workbook.xml.rels") { events in
                events.start = { name, attributes in
                    if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                        let resolved = partName(target, from: "xl")
                    {
                        targets[id] = resolved
                    }
                }
            }
        }
        let strings =
            try part("xl/sharedStrings.xml").map { data throws(UserError) in try sharedStrings(data, path: path) } ?? []
        var tables: [ImportTable] = []
        for (index, sheet) in sheets.enumerated() {
            let target = targets[sheet.relation] ?? "xl/worksheets/sheet\(index + 1).xml"
            guard let data = try part(target) else {
                throw UserError("the sheet '\(sheet.name)' has no part '\(target)' in the workbook", place: path)
            }
            let rows = try cells(
                data, strings: strings, path: path, part: target, place: "\(source):\(sheet.name)")
            tables.append(table(rows, source: "\(source):\(sheet.name)", sheet: sheet.name))
        }
        return tables
    }

    /// The error for a file that is not a zip archive, saying what it looks like instead.
    private static func notAWorkbook(_ path: String) -> UserError {
        var head = [UInt8](repeating: 0, count: 8)
        var read = 0
        if let handle = FileHandle(forReadingAtPath: path) {
            let data = handle.readData(ofLength: 8)
            read = data.count
            head.replaceSubrange(0..<read, with: data)
            try? handle.close()
        }
        var notes: [String] = []
        if read >= 8, head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            notes.append("it looks like an Excel 97–2003 workbook (.xls), or an encrypted .xlsx")
        } else if read > 0, head[0..<read].allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || (0x20..<0x7F).contains($0) }) {
            notes.append("it looks like text: a CSV file is imported with `cleave import csv`")
        } else if read == 0 {
            notes.append("the file is empty")
        }
        return UserError(
            "cannot open this file as an .xlsx workbook (a zip archive)", place: path,
            hint: "save it from the spreadsheet as Excel Workbook (.xlsx)", notes: notes)
    }

    /// An entry's bytes, inflated, counted as they come: past the limits' bytes for a part
    /// or for the workbook, or past their ratio to the bytes stored, the reading stops
    /// (what the entry's header claims is checked first, but not trusted).
    private static func inflate(
        _ entry: Entry, in archive: Archive, name: String, path: String, limits: Limits, total: inout Int
    ) throws(UserError) -> Data {
        struct Bomb: Error { var why: String }
        let stored = Int(clamping: entry.compressedSize)
        let claimed = Int(clamping: entry.uncompressedSize)
        func tooMuch(_ inflated: Int) -> String? {
            if inflated > limits.partBytes {
                return "it inflates to more than \(size(limits.partBytes)) (the most one part may hold)"
            }
            if total + inflated > limits.totalBytes {
                return "the workbook's parts inflate to more than \(size(limits.totalBytes)) together"
            }
            if inflated > limits.ratioFloor, inflated / max(stored, 1) > limits.ratio {
                return "it inflates to more than \(limits.ratio) times its \(stored) stored bytes (a zip bomb?)"
            }
            return nil
        }
        if let why = tooMuch(claimed) {
            throw bombError(name: name, path: path, why: why)
        }
        var data = Data()
        data.reserveCapacity(min(claimed, limits.partBytes))
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                if let why = tooMuch(data.count + chunk.count) { throw Bomb(why: why) }
                data.append(chunk)
            }
        } catch let bomb as Bomb {
            throw bombError(name: name, path: path, why: bomb.why)
        } catch {
            throw UserError("cannot read '\(name)' in the workbook: \(error.localizedDescription)", place: path)
        }
        total += data.count
        return data
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    private static func bombError(name: String, path: String, why: String) -> UserError {
        UserError(
            "refused the part '\(name)' of the workbook: \(why)", place: path,
            hint: "open the workbook in the spreadsheet and save it again; split a very large sheet into several files")
    }

    /// A relationship's target as the part name it points at, from the folder `base`
    /// (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` from the root);
    /// nil for a target outside the package (`../../x`), a URL, or one with a backslash or
    /// NUL: such a target is ignored, as if the relationship were not there.
    static func partName(_ target: String, from base: String) -> String? {
        guard !target.isEmpty, !target.contains("\\"), !target.contains("\0"), !target.contains("://") else {
            return nil
        }
        var segments = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    private static func parse(
        _ data: Data, path: String, part: String, _ configure: (XMLEvents) -> Void
    ) throws(UserError) {
        let events = XMLEvents()
        configure(events)
        if let problem = events.parse(data) {
            throw UserError(
                "the workbook is damaged: \(problem.message)", place: "\(path):\(part):\(problem.position)",
                hint: problem.hint)
        }
    }

    /// The shared strings table: each `<si>`'s text runs joined, phonetic runs left out.
    private static func sharedStrings(_ data: Data, path: String) throws(UserError) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        try parse(data, path: path, part: "xl/sharedStrings.xml") { events in
            events.start = { name, _ in
                switch name {
                case "si": current = ""
                case "t": inText = true
                case "rPh": inPhonetic = true
                default: break
                }
            }
            events.end = { name in
                switch name {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            }
            events.text = { text in if inText && !inPhonetic { current += text } }
        }
        return strings
    }

    /// Excel's last row, 1,048,576, and its number of columns, 16,384 (A to XFD).
    public static let maxRows = 1 << 20
    public static let maxColumns = 1 << 14

    /// Cells by row number and column index (A = 0).
    /// - Throws: `UserError` at the sheet's row (`place:14`) for a shared string that is not
    ///   in the table, or a cell outside Excel's rows and columns.
    private static func cells(
        _ data: Data, strings: [String], path: String, part: String, place: String
    ) throws(UserError) -> [Int: [Int: ImportTable.Cell]] {
        var rows: [Int: [Int: ImportTable.Cell]] = [:]
        var rowNumber = 0, column = 0, type = "n", reference = ""
        var value = "", inline = "", inValue = false, inInlineText = false
        var nextRow = 1, nextColumn = 0
        var problem: UserError?
        func outside(_ what: String) {
            if problem == nil {
                problem = UserError(
                    "\(what) is outside the sheet: Excel has \(maxRows) rows and \(maxColumns) columns (A to XFD)",
                    place: "\(place):\(min(rowNumber, maxRows + 1))",
                    hint: "the workbook is damaged: open it in the spreadsheet and save it again")
            }
        }
        try parse(data, path: path, part: part) { events in
            events.start = { name, attributes in
                guard problem == nil else { return }
                switch name {
                case "row":
                    rowNumber = attributes["r"].flatMap(Int.init) ?? nextRow
                    if rowNumber < 1 || rowNumber > maxRows { outside("row \(attributes["r"] ?? String(rowNumber))") }
                    nextRow = rowNumber + 1
                    nextColumn = 0
                case "c":
                    reference = attributes["r"] ?? ""
                    column = attributes["r"].map(columnIndex) ?? nextColumn
                    if column >= maxColumns { outside("the cell \(reference.isEmpty ? "in column \(column + 1)" : reference)") }
                    nextColumn = column + 1
                    type = attributes["t"] ?? "n"
                    value = ""
                    inline = ""
                case "v": inValue = true
                case "t": inInlineText = true
                default: break
                }
            }
            events.end = { name in
                guard problem == nil else { return }
                switch name {
                case "v": inValue = false
                case "t": inInlineText = false
                case "c":
                    let cell: ImportTable.Cell?
                    switch type {
                    case "s":
                        let trimmed = value.trimmingCharacters(in: .whitespaces)
                        guard let index = Int(trimmed), index >= 0, index < strings.count else {
                            let cellName = reference.isEmpty ? "a cell" : "the cell \(reference)"
                            problem = UserError(
                                "\(cellName) refers to shared string \(trimmed.isEmpty ? "''" : trimmed), but the workbook's shared strings table has \(strings.count) (0 to \(max(strings.count - 1, 0)))",
                                place: "\(place):\(rowNumber)",
                                hint: "the workbook is damaged: open it in the spreadsheet and save it again")
                            return
                        }
                        cell = .text(strings[index])
                    case "inlineStr": cell = .text(inline)
                    case "str", "e": cell = .text(value)
                    case "b": cell = .text(value == "1" ? "yes" : "no")
                    case "d": cell = .text(String(value.prefix(10)))  // an ISO 8601 date: its day
                    default: cell = value.isEmpty ? nil : Double(value).map { .number($0) } ?? .text(value)
                    }
                    if let cell { rows[rowNumber, default: [:]][column] = cell }
                default: break
                }
            }
            events.text = { text in
                if inValue { value += text }
                if inInlineText { inline += text }
            }
        }
        if let problem { throw problem }
        return rows
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

    /// The first row with a value is the header; rows under it keep their sheet row number.
    private static func table(_ rows: [Int: [Int: ImportTable.Cell]], source: String, sheet: String) -> ImportTable {
        let numbers = rows.keys.sorted()
        guard let headerRow = numbers.first, let headerCells = rows[headerRow] else {
            return ImportTable(source: source, sheet: sheet, header: [], rows: [])
        }
        let width = (headerCells.keys.max() ?? -1) + 1
        let header = (0..<width).map { headerCells[$0]?.text ?? "" }
        let body = numbers.dropFirst().compactMap { number -> ImportTable.Row? in
            let cells = rows[number]!
            guard cells.values.contains(where: { !$0.text.isEmpty }) else { return nil }
            return ImportTable.Row(place: "\(source):\(number)", cells: (0..<width).map { cells[$0] ?? .text("") })
        }
        return ImportTable(source: source, sheet: sheet, header: header, rows: body)
    }
}
