import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// Importing an export of the example inventory keeps every id, kind and edge.
struct ExportRoundTripTests {
    static func original() throws -> Estate {
        try InventoryLoader.load(path: InventoryWriterTests.exampleInventory).estate
    }

    static func ids(_ estate: Estate) -> [String] {
        estate.items.map { "\($0.kind.rawValue) \($0.id)" }.sorted()
    }

    static func edges(_ estate: Estate) -> [String] {
        estate.items.flatMap { item in
            item.dependsOn.map { "\(item.id) -> \($0.target.id)" }
                + item.contracts.map { "\(item.id) -> \($0.id) (contract)" }
        }.sorted()
    }

    /// Everything the model says of each item, dependencies' via, severCost and note included.
    static func fields(_ estate: Estate) -> [String] {
        estate.items.map(InventoryWriterTests.summary).sorted()
    }

    static func options(_ estate: Estate) -> [String] {
        estate.options.map { o in
            "\(o.id) \(o.name) \(o.description ?? "") \(o.separate?.map(\.id) ?? ["*"]) \(o.defaultDisposition) "
                + "\(o.areas.map { "\($0.area.id)=\($0.disposition)" }) \(o.items.map { "\($0.item.id)=\($0.disposition)" }) "
                + "\(o.targetDate?.description ?? "") \(o.startDate?.description ?? "")"
        }
    }

    func check(_ copy: Estate, against original: Estate) {
        #expect(Self.options(copy) == Self.options(original))
        #expect(!copy.options.isEmpty)
        #expect(
            "\(copy.currency) \(copy.asOf!) \(copy.defaultDuplicateCost) \(copy.defaultSeverCost!) \(copy.defaultSplitMonths) \(copy.ruleSeverities)"
                == "\(original.currency) \(original.asOf!) \(original.defaultDuplicateCost) \(original.defaultSeverCost!) \(original.defaultSplitMonths) \(original.ruleSeverities)"
        )
        #expect(Self.ids(copy) == Self.ids(original))
        #expect(Self.edges(copy) == Self.edges(original))
        #expect(Self.fields(copy) == Self.fields(original))
        #expect(
            copy.parties.map { "\($0.id) \($0.name) \($0.kind)" }
                == original.parties.map { "\($0.id) \($0.name) \($0.kind)" })
        #expect(
            copy.areas.map { "\($0.id) \($0.lead.id) \($0.arrangement) \($0.inScope) \($0.notes ?? "")" }
                == original.areas.map { "\($0.id) \($0.lead.id) \($0.arrangement) \($0.inScope) \($0.notes ?? "")" })
    }

    @Test func archiMateExchangeRoundTrip() throws {
        let original = try Self.original()
        let xml = ArchiMateWriter.exchangeXML(ArchiMateExport.model(original))
        #expect(xml == ArchiMateWriter.exchangeXML(ArchiMateExport.model(original)))
        let model = try ArchiMateModel.parse(Data(xml.utf8), place: "estate.xml")
        let (copy, notes, counts) = ArchiMateImporter(model: model, source: "estate.xml").run()
        #expect(notes.problems.isEmpty, "\(notes.problems.prefix(5))")
        #expect(counts.skipped.isEmpty)
        check(copy, against: original)
    }

    @Test func archiCSVRoundTrip() throws {
        let original = try Self.original()
        let folder = try TemporaryFolder()
        let files = ArchiMateWriter.archiCSV(ArchiMateExport.model(original))
        #expect(files.map(\.name) == ["elements.csv", "relations.csv", "properties.csv"])
        #expect(
            files[0].text.hasPrefix(
                "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Specialization\"\r\n\"id-model\",\"ArchimateModel\","))
        #expect(
            files[1].text.hasPrefix(
                "\"ID\",\"Type\",\"Name\",\"Documentation\",\"Source\",\"Target\",\"Specialization\"\r\n"))
        #expect(files[2].text.hasPrefix("\"ID\",\"Key\",\"Value\"\r\n"))
        for file in files { try folder.write(file.name, file.text) }
        let (copy, notes, _) = ArchiMateImporter(
            model: try ArchiCSVReader.read(folder: folder.path), source: "elements.csv"
        ).run()
        #expect(notes.problems.isEmpty, "\(notes.problems.prefix(5))")
        check(copy, against: original)
    }

    @Test func graphMLHasANodePerItemAndAnEdgePerLink() throws {
        let original = try Self.original()
        let text = GraphMLWriter.graphML(original)
        #expect(text.components(separatedBy: "<node ").count - 1 == original.items.count)
        #expect(text.components(separatedBy: "<edge ").count - 1 == Self.edges(original).count)
        let folder = try TemporaryFolder()
        try folder.write("estate.graphml", text)
        final class Counter: NSObject {}
        let events = XMLEvents()
        #expect(events.parse(Data(text.utf8)) == nil)
    }
}
