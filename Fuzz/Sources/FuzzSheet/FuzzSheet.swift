import CleaveCore
import CleaveInventory
import Foundation
import FuzzSupport

/// Any bytes as a spreadsheet, the first byte choosing how: 0 a CSV file, 1 a worksheet
/// part (with a small shared strings table), 2 a shared strings part, 3 a whole `.xlsx`
/// workbook (a zip, read in memory). Each must end in a table or a located `UserError`,
/// never a crash, a hang or unbounded memory, and a table's rows must be as wide as its
/// header and keep a place under it.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let selector = start.load(as: UInt8.self) % 4
    let data = Data(bytes: start + 1, count: count - 1)
    do {
        switch selector {
        case 0:
            guard let text = String(data: data, encoding: .utf8) else { return 0 }
            check(try CSVReader.table(text, source: "fuzz.csv"), csv: true)
        case 1:
            check(
                try XLSXReader.table(
                    sheetXML: data, strings: ["ID", "Name", "x"], source: "fuzz.xlsx:S", sheet: "S",
                    part: "fuzz.xlsx:xl/worksheets/sheet1.xml"), csv: false)
        case 2:
            _ = try XLSXReader.sharedStrings(data, place: "fuzz.xlsx:xl/sharedStrings.xml")
        default:
            let limits = XLSXReader.Limits(partBytes: 16 << 20, totalBytes: 32 << 20, ratio: 200, ratioFloor: 1 << 20)
            for table in try XLSXReader.read(data: data, source: "fuzz.xlsx", limits: limits) { check(table, csv: false) }
        }
    } catch {
        if error.place?.hasPrefix("fuzz.") != true { fatalError("an error without its place: \(error)") }
    }
    return 0
}

func check(_ table: ImportTable, csv: Bool) {
    for row in table.rows {
        if !csv && row.cells.count != table.header.count {
            fatalError("a row of \(row.cells.count) cells under a header of \(table.header.count)")
        }
        if !row.place.hasPrefix(table.source + ":") { fatalError("a row placed at \(row.place)") }
    }
}

@main
enum FuzzSheetMain {
    static func main() { LibFuzzer.run(fuzz) }
}
