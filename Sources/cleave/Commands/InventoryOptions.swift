import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport

/// The inventory argument every command shares.
struct InventoryOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The inventory: a folder read recursively, or one YAML file.",
            valueName: "path"))
    var path: String = "Inventory"

    /// Reads the inventory.
    /// - Throws: `UserError` when it cannot be read at all.
    func load() throws -> LoadedInventory {
        try InventoryLoader.load(path: path)
    }

    /// Reads and validates the inventory for an analysis. Errors are printed compiler-style
    /// and stop the command with status 2: an analysis of a broken inventory would mislead.
    func loadEstate() throws -> Estate { try loadGraph().estate }

    /// The inventory's graph, once it has loaded without errors.
    func loadGraph() throws -> EstateGraph { try loadGraphKeepingWarnings().graph }

    /// The analyses of the inventory, once it has loaded without errors: the one value a
    /// command asks for what it reports.
    func loadAnalysis() throws -> EstateAnalysis { EstateAnalysis(try loadGraph()) }

    /// The inventory's graph, once it has loaded without errors, and its warnings.
    func loadGraphKeepingWarnings() throws -> (graph: EstateGraph, warnings: [Finding]) {
        try Self.checkedGraph(
            at: path, failure: "the inventory has errors; fix them first",
            hint: "see `cleave validate \(Wording.shellWord(path))`")
    }

    /// Reads and validates the inventory at `path`. Errors are printed compiler-style and
    /// thrown as a `UserError` saying `failure`, so the command stops with status 2.
    static func checkedGraph(
        at path: String, failure: String, place: String? = nil, hint: String
    ) throws -> (graph: EstateGraph, warnings: [Finding]) {
        let loaded = try InventoryLoader.load(path: path)
        let (findings, graph) = Validator.check(loaded)
        let errors = findings.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let text = TextFindingsReporter.limited(colour: Console.colourOnStandardError, inventory: path)
                .report(errors, rules: [])
            throw UserError(failure, place: place, hint: hint, preamble: text)
        }
        return (graph, findings.filter { $0.severity == .warning })
    }
}
