import ArgumentParser
import CleaveCore
import CleaveReport

struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Show what depends on an item, what it depends on, and whom each side touches.",
        discussion: """
            Dependents are everything that needs the item, directly or through
            other items; dependencies are everything it needs. Depth counts the
            links in between. The parties listed for each side are those that use
            one of its items directly.

            With a single argument, it is the item and the inventory is the
            Inventory folder.

            Examples:
              cleave impact erp-gold
              cleave impact Inventory biztalk-hub
              cleave impact erp-gold --format json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The item's id (required).", valueName: "item"))
    var item: String?

    mutating func validate() throws {
        // Positional arguments fill in order, so `cleave impact ledger` lands in the path.
        let defaultPath = "Inventory"  // InventoryOptions' default
        if item == nil {
            guard inventory.path != defaultPath else { throw ValidationError("Missing the item's id.") }
            item = inventory.path
            inventory.path = defaultPath
        }
    }

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let graph = analysis.graph
        let impact = analysis.impact(of: try graph.lookupItem(item ?? ""))
        ImpactReporter(graph: graph, impact: impact, entanglement: analysis.entanglement).report.print(output.format)
    }
}
