import CleaveCore
import Foundation

@testable import CleaveInventory

/// The sheet reader as it was before the streaming scanner: Foundation's XMLParser behind
/// `XMLEvents`, cells in a dictionary of dictionaries. Kept as the reference the new reader
/// is compared with, on the fixtures and on many random small sheets.
enum LegacyXLSXSheet {
    struct Failed: Error, Equatable { var message: String }

    static func sharedStrings(_ data: Data) throws -> [String] {
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        let events = XMLEvents()
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
        if let problem = events.parse(data) { throw Failed(message: problem.message) }
        return strings
    }

    static func table(_ data: Data, strings: [String], source: String, sheet: String) throws -> ImportTable {
        var rows: [Int: [Int: ImportTable.Cell]] = [:]
        var rowNumber = 0, column = 0, type = "n"
        var value = "", inline = "", inValue = false, inInlineText = false
        var nextRow = 1, nextColumn = 0
        var problem: String?
        let events = XMLEvents()
        events.start = { name, attributes in
            guard problem == nil else { return }
            switch name {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? nextRow
                if rowNumber < 1 || rowNumber > XLSXReader.maxRows { problem = "outside" }
                nextRow = rowNumber + 1
                nextColumn = 0
            case "c":
                column = attributes["r"].map(XLSXReader.columnIndex) ?? nextColumn
                if column >= XLSXReader.maxColumns { problem = "outside" }
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
                        problem = "shared string"
                        return
                    }
                    cell = .text(strings[index])
                case "inlineStr": cell = .text(inline)
                case "str", "e": cell = .text(value)
                case "b": cell = .text(value == "1" ? "yes" : "no")
                case "d": cell = .text(String(value.prefix(10)))
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
        if let xml = events.parse(data) { throw Failed(message: xml.message) }
        if let problem { throw Failed(message: problem) }
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
