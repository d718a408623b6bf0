import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The YAML writer: stable, readable and read back as the same model.
struct InventoryWriterTests {
    static let exampleInventory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Inventory").path

    /// Everything the model says about an item, as text, for comparing two readings.
    static func summary(_ item: Item) -> String {
        "\(item.kind) \(item.id) \(item.name) \(item.area.id) \(item.lead?.id ?? "-") "
            + "\(item.users.map { "\($0.party.id)=\($0.share ?? -1)" }) "
            + "\(item.dependsOn.map { "\($0.target.id)/\($0.via)/\($0.severCost ?? -1)/\($0.note ?? "")" }) "
            + "\(item.contracts.map(\.id)) \(item.criticality) \(item.annualCost ?? -1) \(item.split) "
            + "\(item.owner ?? "") \(item.notes ?? "") \(item.tags) \(item.supplier ?? "") \(item.parties.map(\.id)) "
            + "\(item.start?.description ?? "") \(item.end?.description ?? "") \(item.noticeMonths) \(item.assignable) "
            + "\(item.type?.rawValue ?? "") \(String(describing: item.personal)) \(item.classification ?? "") "
            + "\(item.fte ?? -1) \(item.employer?.id ?? "")"
    }

    @Test func theExampleEstateReadsBackTheSame() throws {
        let original = try InventoryLoader.load(path: Self.exampleInventory).estate
        let files = InventoryWriter(header: "Written by a test.").files(for: original)
        let folder = try TemporaryFolder()
        for file in files { try folder.write(file.path, file.text) }
        let again = try InventoryLoader.load(path: folder.path)
        #expect(again.findings.isEmpty, "\(again.findings.map(\.message))")
        #expect(again.estate.items.count == original.items.count)
        let before = original.items.map(Self.summary).sorted(), after = again.estate.items.map(Self.summary).sorted()
        #expect(before == after)
        #expect(again.estate.parties.map(\.id) == original.parties.map(\.id))
        #expect(again.estate.areas.map(\.notes) == original.areas.map(\.notes))
        #expect(again.estate.options.map(\.id) == original.options.map(\.id))
        #expect(InventoryWriter(header: "Written by a test.").files(for: again.estate).map(\.text) == files.map(\.text))
    }

    @Test func aLargeEstateIsWrittenInSeveralItemFilesThatReadBackTheSame() throws {
        let original = try InventoryLoader.load(path: Self.exampleInventory).estate
        var writer = InventoryWriter()
        writer.itemsPerFile = 100
        let files = writer.files(for: original)
        let itemFiles = files.map(\.path).filter { $0.hasPrefix("items") }
        let expected = (original.items.count + 99) / 100
        #expect(itemFiles == (1...expected).map { String(format: "items-%03d.yaml", $0) })
        let folder = try TemporaryFolder()
        for file in files { try folder.write(file.path, file.text) }
        let again = try InventoryLoader.load(path: folder.path)
        #expect(again.findings.isEmpty, "\(again.findings.map(\.message))")
        #expect(again.estate.items.map(Self.summary).sorted() == original.items.map(Self.summary).sorted())
        #expect(InventoryWriter().files(for: original).map(\.path).filter { $0.hasPrefix("items") } == ["items.yaml"])
    }

    @Test func quotesOnlyWhereNeeded() {
        #expect(YAMLText.string("Customer records") == "Customer records")
        #expect(YAMLText.string("CRM: the one") == "\"CRM: the one\"")
        #expect(YAMLText.string("yes") == "\"yes\"")
        #expect(YAMLText.string("2026-01-01") == "\"2026-01-01\"")
        #expect(YAMLText.string("12") == "\"12\"")
        #expect(YAMLText.string("3 Rivers") == "3 Rivers")
        #expect(YAMLText.string("a, b") == "\"a, b\"")
        #expect(YAMLText.string("") == "\"\"")
        #expect(YAMLText.string("line\nbreak \"q\"") == #""line\nbreak \"q\"""#)
    }

    @Test func shortEntriesAreFlowAndLongOnesBlock() {
        var estate = Estate(
            name: "E", parties: [Party(id: "A", name: "Alpha")], areas: [Area(id: "ar", name: "Area", lead: "A")])
        var crm = Item(kind: .system, id: "crm", name: "CRM", area: "ar")
        crm.users = [UserShare(Reference("A", at: .file("")))]
        var long = Item(
            kind: .system, id: "erp",
            name: "Enterprise resource planning Enterprise resource planning Enterprise resource planning", area: "ar")
        long.dependsOn = [Dependency(Reference("crm", at: .file("")), via: .integration, severCost: 4000)]
        estate.items = [crm, long]
        #expect(
            InventoryWriter().itemsText(estate.items) == """
                systems:
                  - {id: crm, name: CRM, area: ar, users: [A]}

                  - id: erp
                    name: Enterprise resource planning Enterprise resource planning Enterprise resource planning
                    area: ar
                    dependsOn: [{id: crm, via: integration, severCost: 4000}]

                """)
    }

    static let trickyStrings = [
        "plain", "CRM: the one", "a #hash", "#start", "- dash", "? query", "yes", "No", "off", "null", "~", "12", "1.5",
        "1e3",
        "0x1F", "2026-01-01", "12:30", "+1", ".5", "trailing ", " leading", "tab\there", "line\nbreak", "quote \" in",
        "back\\slash", "'single'", "&anchor", "*alias", "!tag", "|pipe", ">fold", "%pct", "@at", "`tick`", "a, b",
        "[x]", "{y}",
        "colon:", "ünïcödé £€", "emoji 🚀", "", "-", "3 Rivers", "1 000", "v1.2.3",
    ]

    @Test(arguments: trickyStrings) func stringsReadBackAsWritten(_ text: String) throws {
        var estate = Estate(
            name: text.isEmpty ? "E" : text, parties: [Party(id: "A", name: text.isEmpty ? "A" : text)],
            areas: [Area(id: "ar", name: "Area", lead: "A")])
        var item = Item(kind: .system, id: "s", name: text.isEmpty ? "S" : text, area: "ar")
        item.users = [UserShare(Reference("A", at: .file("")))]
        item.notes = text
        item.tags = [text, "x"]
        estate.items = [item]
        let folder = try TemporaryFolder()
        for file in InventoryWriter().files(for: estate) { try folder.write(file.path, file.text) }
        let loaded = try InventoryLoader.load(path: folder.path)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        #expect(loaded.estate.items.first?.notes == text)
        #expect(loaded.estate.items.first?.tags == [text, "x"])
        #expect(loaded.estate.parties.first?.name == (text.isEmpty ? "A" : text))
    }
}
