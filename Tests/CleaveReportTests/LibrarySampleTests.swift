import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// The README's "Using the library" sample, as written there, on the example estate.
struct LibrarySampleTests {
    static let inventory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Inventory").path

    @Test func theReadmeSampleGivesTheBlockersJSON() throws {
        let (findings, graph) = Validator.check(try InventoryLoader.load(path: Self.inventory))
        try #require(!findings.contains(where: { $0.severity == .error }))
        let evaluation = try OptionEvaluation(optionID: "nnc-leaves", entanglement: Entanglement(graph))
        let json = BlockersReporter(evaluation: evaluation).report.rendered(.json)
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"option\": \"nnc-leaves\""))
    }
}
