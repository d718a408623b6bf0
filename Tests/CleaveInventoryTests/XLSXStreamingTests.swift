import CleaveCore
import CleaveTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import CleaveInventory

/// The streaming sheet reader against the reader it replaced (`LegacyXLSXSheet`, Foundation's
/// XMLParser) and against a reference model: the fixtures, then many random small sheets
/// written with every form the scanner must read — prefixes, self-closing cells, rich and
/// phonetic runs, entities, character references, CDATA, comments, rows and cells out of
/// order or without `r` — and the same sheets cut short, which must be refused.
struct XLSXStreamingTests {
    static func same(_ a: ImportTable, _ b: ImportTable) -> Bool {
        a.header == b.header && a.rows.count == b.rows.count
            && zip(a.rows, b.rows).allSatisfy { $0.place == $1.place && $0.cells == $1.cells }
    }

    static func parts(of path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    @Test func theFixturesReadAsTheyDidWithFoundationsParser() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../CLITests/Fixtures/Import/importsAWorkbook.xlsx").standardized.path
        let folder = try TemporaryFolder()
        let written = folder.path + "/estate.xlsx"
        try XLSXFixture.write(
            to: written,
            sheets: [
                ("Systems", [[.string("ID"), .string("Name & Co"), .inline("Cost <£>")], [.string("a"), .inline("A\nB"), .number(12.5)]]),
                ("Contracts", [[.inline("ID")], [.number(3)], []]),
            ])
        for path in [fixture, written] {
            let parts = try Self.parts(of: path)
            let strings = try XLSXReader.sharedStrings(parts["xl/sharedStrings.xml"] ?? Data(), place: "s")
            #expect(strings == (try LegacyXLSXSheet.sharedStrings(parts["xl/sharedStrings.xml"]!)))
            let tables = try XLSXReader.read(path: path, source: "book.xlsx")
            #expect(tables.count >= 2)
            for (n, table) in tables.enumerated() {
                let sheet = try #require(parts["xl/worksheets/sheet\(n + 1).xml"])
                let old = try LegacyXLSXSheet.table(
                    sheet, strings: strings, source: table.source, sheet: table.sheet ?? "")
                #expect(Self.same(table, old), "\(path) sheet \(n + 1)")
                #expect(!table.header.isEmpty)
            }
        }
    }

    /// A random sheet and shared strings table, and the table they must give.
    struct RandomSheet {
        var sheet = ""
        var sharedStrings = ""
        var strings: [String] = []
        var expected: [Int: [Int: ImportTable.Cell]] = [:]

        init(seed: UInt64) {
            var rng = SplitMix(seed)
            let p = rng.below(3) == 0 ? "x:" : ""
            let alphabet = ["a", "B", " ", "7", "&", "<", ">", "\"", "'", "é", "中", "🙂", "\n", "\t", "\r\n", ";"]
            // Text as XML writes it, and the text XML reads back.
            func text(inAttribute: Bool = false) -> (xml: String, value: String) {
                var xml = "", value = ""
                if !inAttribute && rng.below(6) == 0 {
                    let raw = (0..<rng.below(5)).map { _ in ["a", "<b>", "&", " ", "é"][rng.below(5)] }.joined()
                    return ("<![CDATA[\(raw)]]>", raw)
                }
                for _ in 0..<rng.below(6) {
                    let c = alphabet[rng.below(alphabet.count)]
                    value += c == "\r\n" ? "\n" : c
                    switch c {
                    case "&": xml += "&amp;"
                    case "<": xml += "&lt;"
                    case ">": xml += rng.below(2) == 0 ? "&gt;" : ">"
                    case "\"": xml += "&quot;"
                    case "'": xml += "&apos;"
                    case "é": xml += ["é", "&#233;", "&#xE9;"][rng.below(3)]
                    case "中": xml += rng.below(2) == 0 ? "中" : "&#x4E2D;"
                    default: xml += c
                    }
                }
                return (xml, value)
            }
            func junk() -> String { ["", "", "", "<!-- a <c> comment -->", "<?pi here?>", " \n "][rng.below(6)] }
            func quoted(_ v: String) -> String { rng.below(4) == 0 ? "'\(v)'" : "\"\(v)\"" }

            var si = ""
            for _ in 0..<(1 + rng.below(5)) {
                let runs = rng.below(3)
                var value = ""
                if runs == 0 {
                    let t = text()
                    si += "<\(p)si><\(p)t xml:space=\"preserve\">\(t.xml)</\(p)t></\(p)si>"
                    value = t.value
                } else {
                    si += "<\(p)si>"
                    for _ in 0..<runs {
                        let t = text()
                        si += "<\(p)r><\(p)rPr><\(p)b/></\(p)rPr><\(p)t>\(t.xml)</\(p)t></\(p)r>"
                        value += t.value
                    }
                    si += "<\(p)rPh sb=\"0\" eb=\"1\"><\(p)t>ヨミ</\(p)t></\(p)rPh></\(p)si>"
                }
                strings.append(value)
            }
            let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            let root = p.isEmpty ? "xmlns=\"\(ns)\"" : "xmlns:x=\"\(ns)\""
            sharedStrings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(p)sst \(root)>\(si)</\(p)sst>"

            var xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<\(p)worksheet \(root)>"
            xml += "<\(p)dimension ref=\"A1\"/>\(junk())<\(p)sheetData>"
            var nextRow = 1
            for _ in 0..<rng.below(8) {
                let number = rng.below(4) == 0 ? 1 + rng.below(6) : nextRow
                let named = rng.below(5) != 0
                let row = named ? number : nextRow
                nextRow = row + 1
                xml += named ? "<\(p)row r=\(quoted(String(number))) spans=\"1:5\">" : "<\(p)row>"
                var nextColumn = 0
                for _ in 0..<rng.below(6) {
                    let hasReference = rng.below(5) != 0
                    let column = hasReference ? rng.below(7) : nextColumn
                    nextColumn = column + 1
                    let letter = String(UnicodeScalar(UInt8(65 + column)))
                    let r = hasReference ? " r = \(quoted("\(letter)\(row)"))" : ""
                    var cell: ImportTable.Cell?
                    switch rng.below(9) {
                    case 0:
                        let index = rng.below(strings.count)
                        xml += "<\(p)c\(r) t=\"s\" s=\"1\"><\(p)v>\(index)</\(p)v></\(p)c>"
                        cell = .text(strings[index])
                    case 1:
                        let t = text()
                        xml += "<\(p)c\(r) t=\"inlineStr\"><\(p)is><\(p)t>\(t.xml)</\(p)t></\(p)is></\(p)c>"
                        cell = .text(t.value)
                    case 2:
                        let (a, b) = (text(), text())
                        xml += "<\(p)c\(r) t=\"inlineStr\"><\(p)is><\(p)r><\(p)t>\(a.xml)</\(p)t></\(p)r><\(p)r><\(p)t>\(b.xml)</\(p)t></\(p)r></\(p)is></\(p)c>"
                        cell = .text(a.value + b.value)
                    case 3:
                        let v = [Double(rng.below(100_000)) / 8, -3, 45_000, 1e-7][rng.below(4)]
                        xml += "<\(p)c\(r)><\(p)f>SUM(A1:A2)</\(p)f><\(p)v>\(v)</\(p)v></\(p)c>"
                        cell = .number(v)
                    case 4:
                        let v = rng.below(2)
                        xml += "<\(p)c\(r) t=\"b\"><\(p)v>\(v)</\(p)v></\(p)c>"
                        cell = .text(v == 1 ? "yes" : "no")
                    case 5:
                        let t = text()
                        xml += "<\(p)c\(r) t=\"\(rng.below(2) == 0 ? "str" : "e")\"><\(p)v>\(t.xml)</\(p)v></\(p)c>"
                        cell = .text(t.value)
                    case 6:
                        let v = "2024-03-0\(1 + rng.below(9))T00:00:00"
                        xml += "<\(p)c\(r) t=\"d\"><\(p)v>\(v)</\(p)v></\(p)c>"
                        cell = .text(String(v.prefix(10)))
                    case 7:
                        xml += rng.below(2) == 0 ? "<\(p)c\(r) s=\"2\"/>" : "<\(p)c\(r)></\(p)c>"
                    default:
                        let t = text()
                        xml += "<\(p)c\(r)><\(p)v>\(t.xml)</\(p)v></\(p)c>"
                        cell = t.value.isEmpty ? nil : Double(t.value).map { .number($0) } ?? .text(t.value)
                    }
                    if let cell { expected[row, default: [:]][column] = cell }
                    xml += junk()
                }
                xml += "</\(p)row>"
            }
            sheet = xml + "</\(p)sheetData><\(p)pageMargins left=\"0.7\"/></\(p)worksheet>\n"
        }

        /// The table of `expected`, by the rules the reader documents.
        var table: ImportTable {
            let numbers = expected.keys.sorted()
            guard let first = numbers.first else { return ImportTable(source: "s", sheet: "S", header: [], rows: []) }
            let width = expected[first]!.keys.max()! + 1
            let header = (0..<width).map { expected[first]![$0]?.text ?? "" }
            let rows = numbers.dropFirst().compactMap { n -> ImportTable.Row? in
                guard expected[n]!.values.contains(where: { !$0.text.isEmpty }) else { return nil }
                return ImportTable.Row(place: "s:\(n)", cells: (0..<width).map { expected[n]![$0] ?? .text("") })
            }
            return ImportTable(source: "s", sheet: "S", header: header, rows: rows)
        }
    }

    @Test func randomSheetsReadAsTheModelAndTheOldReaderSay() throws {
        for seed in UInt64(1)...600 {
            let random = RandomSheet(seed: seed)
            let strings = try XLSXReader.sharedStrings(Data(random.sharedStrings.utf8), place: "s")
            #expect(strings == random.strings, "seed \(seed)")
            #expect(strings == (try LegacyXLSXSheet.sharedStrings(Data(random.sharedStrings.utf8))), "seed \(seed)")
            let data = Data(random.sheet.utf8)
            let table = try XLSXReader.table(sheetXML: data, strings: strings, source: "s", sheet: "S", part: "p")
            #expect(Self.same(table, random.table), "seed \(seed)\n\(random.sheet)")
            let old = try LegacyXLSXSheet.table(data, strings: strings, source: "s", sheet: "S")
            #expect(Self.same(table, old), "seed \(seed)\n\(random.sheet)")
        }
    }

    @Test func randomSheetsCutShortAreRefusedWithAPlace() throws {
        for seed in UInt64(1)...300 {
            let random = RandomSheet(seed: seed)
            let bytes = Array(random.sheet.utf8)
            // Anywhere before the root's end tag closes: never well-formed. (Foundation's
            // parser read most of these as if they were whole.)
            let closing = bytes.count - "</worksheet>\n".utf8.count - (random.sheet.contains("<x:") ? 2 : 0)
            var rng = SplitMix(seed)
            let cut = Data(bytes[0..<(1 + rng.below(closing - 1))])
            do {
                _ = try XLSXReader.table(sheetXML: cut, strings: random.strings, source: "s", sheet: "S", part: "p")
                Issue.record("seed \(seed): a sheet cut at byte \(cut.count) was read")
            } catch {
                #expect(error.message.hasPrefix("the workbook is damaged: "), "seed \(seed)")  // or invalid UTF-8, cut mid-character
                #expect(error.place?.hasPrefix("p:") == true)
            }
        }
    }

    @Test func damagedXMLIsLocatedAtItsLineAndColumn() throws {
        func refusal(_ xml: String) -> String? {
            do {
                _ = try XLSXReader.table(sheetXML: Data(xml.utf8), strings: [], source: "s", sheet: "S", part: "p")
                return nil
            } catch { return "\(error.place ?? ""): \(error.message)" }
        }
        let head = "<worksheet><sheetData>\n"
        #expect(refusal(head + "<row><c><v>1</v></row></sheetData></worksheet>")
                == "p:2:17: the workbook is damaged: not well-formed XML: the end tag </row> does not match <c>")
        #expect(refusal(head + "<row><c t=\"s\"><v>&bogus;</v></c></row></sheetData></worksheet>")?
            .hasPrefix("p:2:18: the workbook is damaged: not well-formed XML: an undefined entity") == true)
        #expect(refusal(head + "<row><c r=A1/></row></sheetData></worksheet>")?.hasPrefix("p:2:11:") == true)
        #expect(refusal(head + "<row r=\"1\" r=\"2\"/></sheetData></worksheet>")?.contains("appears twice") == true)
        #expect(refusal(head + "<row><c><v>&#0;</v></c></row></sheetData></worksheet>") != nil)
        #expect(refusal(head + "<row>\u{1}</row></sheetData></worksheet>")?.contains("control character 0x1") == true)
        #expect(refusal(head + "</sheetData></worksheet><worksheet/>")?.contains("a second root element") == true)
        #expect(refusal("") == "p:1:1: the workbook is damaged: not well-formed XML: the document has no root element")
        #expect(refusal(String(repeating: "<a>", count: 201))?.contains("nested more than 200 levels deep") == true)
        // Latin-1, as the declaration says, is read; an encoding that is not read is refused.
        let latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>caf\u{E9}</t></is></c></row></sheetData></worksheet>"
        let table = try XLSXReader.table(
            sheetXML: latin1.data(using: .isoLatin1)!, strings: [], source: "s", sheet: "S", part: "p")
        #expect(table.header == ["café"])
        #expect(refusal("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?><worksheet/>")?.contains("'ebcdic-us', which is not read") == true)
    }

    /// Found by FuzzSheet: a zip whose central directory points past its end made
    /// ZIPFoundation's in-memory archive trap (a range with its bounds reversed).
    @Test func aWorkbookInMemoryWithADirectoryPastItsEndIsRefused() throws {
        let path = try #require(
            Bundle.module.path(
                forResource: "aCentralDirectoryPastTheEnd.xlsx", ofType: nil, inDirectory: "Fixtures/XLSX"))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: UserError.self) { try XLSXReader.read(data: data, source: "fuzz.xlsx") }
        do { _ = try XLSXReader.read(data: data, source: "fuzz.xlsx") } catch { #expect(error.place == "fuzz.xlsx") }
        // The fixture workbook reads the same from memory as from its file.
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../CLITests/Fixtures/Import/importsAWorkbook.xlsx").standardized
        let fromMemory = try XLSXReader.read(data: Data(contentsOf: fixture), source: "book.xlsx")
        let fromFile = try XLSXReader.read(path: fixture.path, source: "book.xlsx")
        #expect(fromMemory.count == fromFile.count && zip(fromMemory, fromFile).allSatisfy { Self.same($0, $1) })
    }

    /// Found by FuzzSheet: a 2 KB workbook with a damaged deflate stream made ZIPFoundation
    /// read on past the entry's bytes and then loop for ever at the end of the file.
    @Test func aDeflateStreamThatNeverEndsIsRefused() throws {
        let path = try #require(
            Bundle.module.path(
                forResource: "aDeflateStreamThatNeverEnds.xlsx", ofType: nil, inDirectory: "Fixtures/XLSX"))
        do {
            _ = try XLSXReader.read(path: path, source: "book.xlsx")
            Issue.record("the damaged workbook was read")
        } catch {
            #expect(error.place == path)
            #expect(
                error.message
                    == "cannot read 'xl/worksheets/sheet2.xml' in the workbook: its compressed data ends before the part does")
        }
    }

    /// Found by FuzzSheet under AddressSanitizer: a damaged stream whose last chunk was
    /// shorter than the chunk zlib was told it had was read past its end.
    @Test func aDeflateStreamShorterThanItsChunkIsRefused() throws {
        let path = try #require(
            Bundle.module.path(
                forResource: "aDeflateStreamShorterThanItsChunk.xlsx", ofType: nil, inDirectory: "Fixtures/XLSX"))
        #expect(throws: UserError.self) { try XLSXReader.read(path: path, source: "book.xlsx") }
    }

    @Test func aSheetInUTF16IsRead() throws {
        let xml = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Zoë</t></is></c></row></sheetData></worksheet>"
        var data = Data([0xFF, 0xFE])
        for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try XLSXReader.table(sheetXML: data, strings: [], source: "s", sheet: "S", part: "p").header == ["Zoë"])
    }
}

/// A small, fast, seedable generator (SplitMix64), so each random case can be replayed.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
