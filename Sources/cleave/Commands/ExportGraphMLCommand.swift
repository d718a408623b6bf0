import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ExportGraphMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write the estate graph as GraphML, with the items' fields as attributes.",
        discussion: """
            A node per item (name, kind, area, lead, users, criticality, annualCost, …) and a
            directed edge per dependency (via, severCost) and per covering contract (via licence),
            as SPEC §4.1 builds the graph. For yEd, Gephi, Cytoscape or NetworkX.

            Examples:
              cleave export graphml --output estate.graphml
              cleave export graphml Inventory > estate.graphml
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var file: OutputOptions<ExportedFile>

    func run() throws {
        let estate = try inventory.loadEstate()
        // The XML declaration, the graphml element and the first key, the same in every export.
        try file.write(
            GraphMLWriter.graphML(estate), what: "\(Wording.count(estate.items.count, "item")) as GraphML",
            sharedLines: 3)
    }
}
