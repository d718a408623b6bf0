import CleaveCore
import CleaveTestSupport
import Foundation
import Testing

@testable import CleaveInventory

/// `cleave import archimate` (and the XML inside a workbook) against documents made to
/// attack an XML parser: each is refused before any entity is read or expanded, with the
/// file and line.
struct HostileXMLTests {
    static let open = #"<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">"#

    static func model(_ body: String) -> String {
        open + "<name>M</name><elements>" + body + "</elements></model>\n"
    }

    static func error(_ text: String) -> UserError? {
        do {
            _ = try ArchiMateModel.parse(Data(text.utf8), place: "model.xml")
            return nil
        } catch { return error }
    }

    @Test func externalEntityIsRefusedAndTheFileNeverRead() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.txt", "TOP-SECRET-VALUE")
        let xml =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY xxe SYSTEM \"file://\(secret)\">\n]>\n"
            + Self.model(#"<element identifier="e1" xsi:type="ApplicationComponent"><name>&xxe;</name></element>"#)
        let path = try folder.write("model.xml", xml)
        #expect(throws: UserError.self) { try ArchiMateModel.read(path: path) }
        let error = try #require(Self.error(xml))
        #expect(error.place == "model.xml:2:1")
        #expect(error.message.contains("document type declaration"))
        #expect(!error.description.contains("TOP-SECRET"))
    }

    @Test func parameterEntityAndBareEntityDeclarationsAreRefused() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!doctype model SYSTEM \"http://127.0.0.1:9/x.dtd\">\n" + Self.model("")
        #expect(Self.error(xml)?.place == "model.xml:2:1")
        let entity = Self.model("") + "<!ENTITY e \"x\">\n"
        #expect(Self.error(entity)?.message.contains("document type declaration") == true)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [\n  <!ENTITY l0 \"lol\">\n"
        for level in 1...9 {
            xml += "  <!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n" + Self.model(#"<element identifier="e1" xsi:type="ApplicationComponent"><name>&l9;</name></element>"#)
        let started = Date()
        let error = try #require(Self.error(xml))
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(error.place == "model.xml:2:1")
    }

    @Test func aDoctypeInsideACommentOrCDATAIsText() throws {
        let xml =
            "<!-- <!DOCTYPE x> -->\n"
            + Self.model(
                #"<element identifier="e1" xsi:type="ApplicationComponent"><name><![CDATA[<!DOCTYPE y>]]></name></element>"#)
        let model = try ArchiMateModel.parse(Data(xml.utf8), place: "model.xml")
        #expect(model.elements.map(\.name) == ["<!DOCTYPE y>"])
    }

    @Test func deepNestingIsCappedWithItsLine() throws {
        let xml = Self.open + "\n" + String(repeating: "<a>", count: 5_000) + String(repeating: "</a>", count: 5_000) + "</model>"
        let error = try #require(Self.error(xml))
        #expect(error.message == "elements are nested more than \(XMLEvents.maxDepth) levels deep")
        #expect(error.place == "model.xml:2:\(3 * XMLEvents.maxDepth + 3)" || error.place?.hasPrefix("model.xml:2") == true)
        // At the cap, it is read.
        let fits = Self.open + String(repeating: "<a>", count: XMLEvents.maxDepth - 1)
            + String(repeating: "</a>", count: XMLEvents.maxDepth - 1) + "</model>"
        #expect(throws: Never.self) { try ArchiMateModel.parse(Data(fits.utf8), place: "model.xml") }
    }

    @Test func invalidUTF8IsLocated() throws {
        let data =
            Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8) + Data(Self.open.utf8)
            + Data("\n<name>caf".utf8) + Data([0xE9]) + Data("</name></model>\n".utf8)
        do {
            _ = try ArchiMateModel.parse(data, place: "model.xml")
            Issue.record("invalid UTF-8 was read")
        } catch {
            #expect(error.place == "model.xml:3:10")
            #expect(error.message.hasPrefix("invalid UTF-8: byte 0xE9 at offset"))
        }
        // A file that names its encoding is decoded by the parser instead.
        let latin1 =
            Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8) + Data(Self.open.utf8)
            + Data("<name>caf".utf8) + Data([0xE9]) + Data("</name></model>\n".utf8)
        #expect(try ArchiMateModel.parse(latin1, place: "model.xml").name == "café")
    }

    @Test func aMalformedDocumentSaysWhere() throws {
        let error = try #require(Self.error(Self.open + "\n<name>x</nam>\n</model>"))
        #expect(error.message.hasPrefix("not well-formed XML"))
        #expect(error.place?.hasPrefix("model.xml:") == true, "\(error.place ?? "")")
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/big.xml"
        // Sparse: the size is what is judged, so nothing is written or read.
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.open.utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(XMLEvents.maxBytes) + 1)
        try handle.close()
        do {
            _ = try ArchiMateModel.read(path: path)
            Issue.record("an oversized file was read")
        } catch {
            #expect(error.message == "the file is too large: XML documents over 256 MiB are refused")
            #expect(error.place == path)
        }
        #expect(XMLEvents.screen(Data(count: XMLEvents.maxBytes + 1))?.message.contains("over 256 MiB") == true)
    }

    @Test func aUTF16DoctypeIsRefusedToo() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE m [<!ENTITY a \"b\">]>\n" + Self.model("")
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(XMLEvents.screen(data)?.line == 2)
    }
}
