import CleaveCore
import CleaveTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import CleaveInventory

/// `cleave import xlsx` against workbooks made to hurt: zip bombs, entries that climb out of
/// the package, files that are not zips, and sheets that point at strings that are not there.
struct HostileXLSXTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let workbook =
        #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Systems" sheetId="1" r:id="rId1"/></sheets></workbook>"#

    static func relations(target: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="\#(target)"/></Relationships>"#
    }

    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    static let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>"#

    /// A zip of the entries, each given by its size and a function of a byte range, so a
    /// bomb's gigabytes are never held in memory.
    static func zip(
        _ path: String, _ entries: [(name: String, size: Int, bytes: (Range<Int>) -> Data)]
    ) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for entry in entries {
            try archive.addEntry(
                with: entry.name, type: .file, uncompressedSize: Int64(entry.size), compressionMethod: .deflate
            ) { position, size in entry.bytes(Int(position)..<Int(position) + size) }
        }
    }

    static func text(_ name: String, _ text: String) -> (name: String, size: Int, bytes: (Range<Int>) -> Data) {
        let data = Data(text.utf8)
        return (name, data.count, { data.subdata(in: $0) })
    }

    static func workbook(_ path: String, sheet: String, target: String = "worksheets/sheet1.xml", extra: [(name: String, size: Int, bytes: (Range<Int>) -> Data)] = []) throws {
        try zip(
            path,
            [
                text("xl/workbook.xml", workbook), text("xl/_rels/workbook.xml.rels", relations(target: target)),
                text("xl/worksheets/sheet1.xml", sheet),
            ] + extra)
    }

    static func error(_ body: () throws -> Void) -> UserError? {
        do {
            try body()
            return nil
        } catch { return error as? UserError }
    }

    @Test func aZipBombIsStoppedByItsRatio() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/bomb.xlsx"
        // 64 MiB of spaces inside one sheet: about 64 KB stored.
        let head = Data((#"<?xml version="1.0"?><worksheet xmlns="\#(Self.main)"><sheetData>"#).utf8)
        let size = 64 << 20
        try Self.zip(
            path,
            [
                Self.text("xl/workbook.xml", Self.workbook),
                Self.text("xl/_rels/workbook.xml.rels", Self.relations(target: "worksheets/sheet1.xml")),
                (
                    "xl/worksheets/sheet1.xml", size,
                    { range in
                        var chunk = Data(repeating: 0x20, count: range.count)
                        for k in range where k < head.count { chunk[k - range.lowerBound] = head[k] }
                        return chunk
                    }
                ),
            ])
        let stored = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(stored < 2 << 20)
        let started = Date()
        let error = try #require(Self.error { _ = try XLSXReader.read(path: path) })
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.message.hasPrefix("refused the part 'xl/worksheets/sheet1.xml' of the workbook: it inflates to more than"))
        #expect(error.place == path)
    }

    @Test func aPartPastTheSizeCapIsStoppedWhileItInflates() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/big.xlsx"
        // Rows that barely compress, so the ratio never trips: the size cap does.
        var rows = Self.header
        var state: UInt64 = 1
        for r in 2...3_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            rows += #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>id\#(state)</t></is></c></row>"#
        }
        try Self.workbook(path, sheet: Self.sheet(rows))
        let small = XLSXReader.Limits(partBytes: 64 << 10, totalBytes: 1 << 30, ratio: 200, ratioFloor: 1 << 20)
        let error = try #require(Self.error { _ = try XLSXReader.read(path: path, limits: small) })
        #expect(error.message.contains("it inflates to more than 65536 bytes (the most one part may hold)"))
        let total = XLSXReader.Limits(partBytes: 1 << 30, totalBytes: 64 << 10, ratio: 200, ratioFloor: 1 << 20)
        let all = try #require(Self.error { _ = try XLSXReader.read(path: path, limits: total) })
        #expect(all.message.contains("inflate to more than 65536 bytes together"))
        // Under the standard limits the same workbook is read.
        #expect(try XLSXReader.read(path: path)[0].rows.count == 2_999)
    }

    @Test func targetsOutsideThePackageAreIgnored() throws {
        #expect(XLSXReader.partName("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXReader.partName("/xl/worksheets/sheet2.xml", from: "xl") == "xl/worksheets/sheet2.xml")
        #expect(XLSXReader.partName("../customXml/item1.xml", from: "xl") == "customXml/item1.xml")
        #expect(XLSXReader.partName("../../etc/passwd", from: "xl") == nil)
        #expect(XLSXReader.partName("/../../etc/passwd", from: "xl") == nil)
        #expect(XLSXReader.partName("..\\..\\evil.xml", from: "xl") == nil)
        #expect(XLSXReader.partName("file:///etc/passwd", from: "xl") == nil)

        // A workbook whose sheet relation climbs out, with an entry named to match: the
        // target is ignored, and the sheet is read from its usual place.
        let folder = try TemporaryFolder()
        let path = folder.path + "/climb.xlsx"
        let evil = Self.sheet(Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>evil</t></is></c></row>"#)
        let good = Self.sheet(Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>good</t></is></c></row>"#)
        try Self.zip(
            path,
            [
                Self.text("xl/workbook.xml", Self.workbook),
                Self.text("xl/_rels/workbook.xml.rels", Self.relations(target: "../../../evil.xml")),
                Self.text("../../evil.xml", evil), Self.text("/evil.xml", evil),
                Self.text("xl/worksheets/sheet1.xml", good),
            ])
        let tables = try XLSXReader.read(path: path)
        #expect(tables[0].rows.map { $0.cells[0].text } == ["good"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent().path + "/evil.xml"))
    }

    @Test func aFileThatIsNotAZipSaysSo() throws {
        let folder = try TemporaryFolder()
        let csv = try folder.write("items.xlsx", "ID,Name\ns,S\n")
        let text = try #require(Self.error { _ = try XLSXReader.read(path: csv) })
        #expect(text.description.hasPrefix("\(csv): error: cannot open this file as an .xlsx workbook (a zip archive)"))
        #expect(text.notes == ["it looks like text: a CSV file is imported with `cleave import csv`"])
        let xls = try folder.write("old.xlsx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504))
        let old = try #require(Self.error { _ = try XLSXReader.read(path: xls) })
        #expect(old.notes == ["it looks like an Excel 97–2003 workbook (.xls), or an encrypted .xlsx"])
        let empty = try folder.write("empty.xlsx", Data())
        #expect(Self.error { _ = try XLSXReader.read(path: empty) }?.notes == ["the file is empty"])
        let random = try folder.write("random.xlsx", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        #expect(Self.error { _ = try XLSXReader.read(path: random) } != nil)
    }

    @Test func aSharedStringOutOfRangeIsLocated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/strings.xlsx"
        let strings = #"<?xml version="1.0"?><sst xmlns="\#(Self.main)"><si><t>only</t></si></sst>"#
        try Self.workbook(
            path,
            sheet: Self.sheet(
                Self.header + #"<row r="2"><c r="A2" t="s"><v>0</v></c></row><row r="7"><c r="B7" t="s"><v>99</v></c></row>"#),
            extra: [Self.text("xl/sharedStrings.xml", strings)])
        let error = try #require(Self.error { _ = try XLSXReader.read(path: path) })
        #expect(error.place == "\(path):Systems:7")
        #expect(
            error.message
                == "the cell B7 refers to shared string 99, but the workbook's shared strings table has 1 (0 to 0)")
        let negative = folder.path + "/negative.xlsx"
        try Self.workbook(
            negative, sheet: Self.sheet(Self.header + #"<row r="2"><c r="A2" t="s"><v>-1</v></c></row>"#),
            extra: [Self.text("xl/sharedStrings.xml", strings)])
        #expect(Self.error { _ = try XLSXReader.read(path: negative) }?.place == "\(negative):Systems:2")
    }

    @Test func cellsBeyondExcelsSheetAreRefusedNotAllocated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/wide.xlsx"
        try Self.workbook(
            path,
            sheet: Self.sheet(
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="ZZZZZZZZZZZZZZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>"#
            ))
        let error = try #require(Self.error { _ = try XLSXReader.read(path: path) })
        #expect(error.message.hasPrefix("the cell ZZZZZZZZZZZZZZZZZZZZ1 is outside the sheet"))
        #expect(error.place == "\(path):Systems:1")
        let tall = folder.path + "/tall.xlsx"
        try Self.workbook(tall, sheet: Self.sheet(Self.header + #"<row r="99999999999"><c t="inlineStr"><is><t>x</t></is></c></row>"#))
        #expect(Self.error { _ = try XLSXReader.read(path: tall) }?.message.hasPrefix("row 99999999999 is outside the sheet") == true)
    }

    @Test func aDoctypeInAPartIsRefusedWithThePart() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/xxe.xlsx"
        try Self.workbook(
            path,
            sheet: "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + Self.sheet("&x;").dropFirst(#"<?xml version="1.0" encoding="UTF-8"?>"#.count))
        let error = try #require(Self.error { _ = try XLSXReader.read(path: path) })
        #expect(error.place == "\(path):xl/worksheets/sheet1.xml:2:1")
        #expect(error.message.hasPrefix("the workbook is damaged: the document has a document type declaration"))
    }
}
