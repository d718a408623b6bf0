import Foundation
import ZIPFoundation

/// Writes a small .xlsx workbook for tests: shared strings, inline strings and numbers.
enum XLSXFixture {
    enum Cell {
        case string(String), inline(String), number(Double)
    }

    static func write(to path: String, sheets: [(name: String, rows: [[Cell]])]) throws {
        var shared: [String] = []
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var parts: [(String, String)] = []
        for (n, sheet) in sheets.enumerated() {
            var xml =
                #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (r, row) in sheet.rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                for (c, cell) in row.enumerated() {
                    let ref = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                    switch cell {
                    case .string(let s):
                        shared.append(s)
                        xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
                    case .inline(let s): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(s))</t></is></c>"
                    case .number(let v): xml += "<c r=\"\(ref)\"><v>\(v)</v></c>"
                    }
                }
                xml += "</row>"
            }
            parts.append(("xl/worksheets/sheet\(n + 1).xml", xml + "</sheetData></worksheet>"))
        }
        let workbook =
            #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + sheets.enumerated().map {
                "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>"
            }.joined()
            + "</sheets></workbook>"
        let relations =
            #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.indices.map {
                "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined()
            + "</Relationships>"
        let strings =
            #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + shared.map { "<si><t>\(escape($0))</t></si>" }.joined() + "</sst>"
        parts += [
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relations), ("xl/sharedStrings.xml", strings),
        ]
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
