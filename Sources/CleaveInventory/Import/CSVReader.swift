import CleaveCore
import Foundation

/// Reads CSV text as RFC 4180 says: fields in double quotes may hold commas, quotes (doubled)
/// and line breaks; lines end in CRLF or LF; a byte-order mark is skipped. A file whose header
/// has more semicolons than commas (as some spreadsheet programs write) uses semicolons.
///
/// Hand-written rather than a library's because every row must carry the line it starts on,
/// for messages such as `sheet.csv:14: …`.
public enum CSVReader {
    /// - Throws: `UserError` for a file that cannot be read, is not UTF-8, or is empty.
    public static func read(path: String, source: String? = nil) throws(UserError) -> ImportTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError("cannot read this file", place: path, hint: "check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserError(
                "the file is not UTF-8 text", place: path, hint: "save it from the spreadsheet as CSV UTF-8")
        }
        return try table(text, source: source ?? path)
    }

    public static func table(_ text: String, source: String) throws(UserError) -> ImportTable {
        let records = parse(text)
        guard let header = records.first, !header.fields.allSatisfy(\.isEmpty) else {
            throw UserError(
                "the file has no header row", place: source,
                hint: "the first row names the columns, e.g. ID, Name, Type, Area")
        }
        let rows = records.dropFirst()
            .filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
            .map { ImportTable.Row(place: "\(source):\($0.line)", cells: $0.fields.map { .text($0) }) }
        return ImportTable(source: source, header: header.fields, rows: Array(rows))
    }

    /// One record: its fields and the line it starts on (1-based).
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    static func parse(_ text: String) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator: Unicode.Scalar = delimiter(of: scalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var inQuotes = false, atFieldStart = true, any = false
        var index = 0
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRecord() {
            endField()
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            any = false
        }
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if inQuotes {
                if c == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                any = true
            case separator:
                endField()
                any = true
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
                any = true
            }
        }
        if any || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    private static func delimiter(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for c in scalars {
            if c == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if c == "\n" { break }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
