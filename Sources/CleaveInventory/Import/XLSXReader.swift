import CleaveCore
import Foundation
internal import ZIPFoundation

/// Reads the sheets of an Excel workbook (`.xlsx`: a zip of XML parts) as tables: shared and
/// inline strings, numbers (dates stay day numbers; the importer turns them into dates where
/// a column holds dates) and booleans. Formulas give their cached value.
public enum XLSXReader {
    /// Every sheet, in workbook order; empty sheets give a table with no header.
    /// - Throws: `UserError` when the file is not a readable workbook.
    public static func read(path: String, source: String? = nil) throws(UserError) -> [ImportTable] {
        let source = source ?? path
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw UserError(
                "cannot open this file as an .xlsx workbook (a zip archive)", place: path,
                hint: "save it from the spreadsheet as Excel Workbook (.xlsx)")
        }
        func part(_ name: String) throws(UserError) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: true) { data.append($0) } } catch {
                throw UserError("cannot read '\(name)' in the workbook: \(error.localizedDescription)", place: path)
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw UserError("the file has no xl/workbook.xml, so it is not an .xlsx workbook", place: path)
        }
        var sheets: [(name: String, relation: String)] = []
        try parse(workbook, path: path) { events in
            events.start = { name, attributes in
                if name == "sheet", let sheetName = attributes["name"] {
                    sheets.append(
                        (sheetName, attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""))
                }
            }
        }
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels") {
            try parse(relations, path: path) { events in
                events.start = { name, attributes in
                    if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
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
            let rows = try cells(data, strings: strings, path: path)
            tables.append(table(rows, source: "\(source):\(sheet.name)", sheet: sheet.name))
        }
        return tables
    }

    private static func parse(_ data: Data, path: String, _ configure: (XMLEvents) -> Void) throws(UserError) {
        let events = XMLEvents()
        configure(events)
        if let problem = events.parse(data) { throw UserError("the workbook is damaged: \(problem)", place: path) }
    }

    /// The shared strings table: each `<si>`'s text runs joined, phonetic runs left out.
    private static func sharedStrings(_ data: Data, path: String) throws(UserError) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        try parse(data, path: path) { events in
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

    /// Cells by row number and column index (A = 0).
    private static func cells(_ data: Data, strings: [String], path: String) throws(UserError) -> [Int: [Int:
        ImportTable.Cell]]
    {
        var rows: [Int: [Int: ImportTable.Cell]] = [:]
        var rowNumber = 0, column = 0, type = "n"
        var value = "", inline = "", inValue = false, inInlineText = false
        var nextRow = 1, nextColumn = 0
        try parse(data, path: path) { events in
            events.start = { name, attributes in
                switch name {
                case "row":
                    rowNumber = attributes["r"].flatMap(Int.init) ?? nextRow
                    nextRow = rowNumber + 1
                    nextColumn = 0
                case "c":
                    column = attributes["r"].map(columnIndex) ?? nextColumn
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
                switch name {
                case "v": inValue = false
                case "t": inInlineText = false
                case "c":
                    let cell: ImportTable.Cell?
                    switch type {
                    case "s": cell = Int(value).flatMap { $0 < strings.count ? .text(strings[$0]) : nil }
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
        return rows
    }

    /// `B14` → 1.
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
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
