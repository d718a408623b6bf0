import ArgumentParser
import CleaveCore
import CleaveReport

extension ItemKind: ExpressibleByArgument {}
extension EntanglementSelection.SortKey: ExpressibleByArgument {}

struct EntanglementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entanglement",
        abstract: "Show who needs each item, what is entangled, and what drags the most along.",
        discussion: """
            For every item: needs (the parties that use it, or use something that
            depends on it), direct (the parties that use it themselves), whether it
            is entangled (two or more parties need it), and drag (the number of
            entangled items among it and everything it depends on: what comes along
            if you try to move it). Then a summary, and how many items each pair of
            parties shares.

            Filters combine: an item is listed when it passes every one given.

            Examples:
              cleave entanglement                        # the Inventory folder
              cleave entanglement --top 10               # the ten biggest hubs (by hold)
              cleave entanglement --top 10 --sort drag   # the ten heaviest drags
              cleave entanglement --party NNC --entangled-only
              cleave entanglement --area digital --kind system
              cleave entanglement --matrix --format csv  # party-pair counts only
              cleave entanglement --format json > entanglement.json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only items this party needs (repeat for any of several).", valueName: "party"))
    var party: [String] = []

    @Option(help: ArgumentHelp("Only items in this area (repeat for any of several).", valueName: "area"))
    var area: [String] = []

    @Option(
        help: ArgumentHelp(
            "Only items of this kind: \(ItemKind.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable).",
            valueName: "kind"))
    var kind: [ItemKind] = []

    @Flag(help: "Only entangled items.")
    var entangledOnly = false

    @Option(help: ArgumentHelp("Only the N items with the greatest drag, heaviest first.", valueName: "N"))
    var top: Int?

    @Option(help: "What --top ranks by: hold (the hubs that tie the parties together) or drag.")
    var sort: EntanglementSelection.SortKey = .hold

    @Flag(help: "Print only the party-pair matrix (in any format).")
    var matrix = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let graph = analysis.graph
        let selection = EntanglementSelection(
            analysis.entanglement, parties: try party.map(graph.lookupParty), areas: try area.map(graph.lookupArea),
            kinds: kind, entangledOnly: entangledOnly, top: top, sortBy: sort)
        let reporter = EntanglementReporter(selection)
        (matrix ? reporter.matrixReport : reporter.report).print(output.format)
    }
}
