import ArgumentParser
import CleaveCore
import CleaveReport

struct CostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costs",
        abstract: "Who pays what: each party's annual cost today, and after an option.",
        discussion: """
            Each item's annualCost is shared among the parties that need it: by the
            shares of its users map where given, else equally (SPEC §4.5). Under an
            option, a duplicated item's original stays with the bloc of its lead (else
            the bloc that pays most for it) and every other bloc pays
            split.annualCostPerInstance for its own; the change summed over parties is
            the option's extra recurring cost. A bloc's stranded cost is what the
            leaving blocs used to pay for what it keeps. Items nobody needs are
            reported as unallocated.

            --years N adds each party's cost over N years: the one-off cost of the new
            instances its bloc buys, plus N times its change.

            Examples:
              cleave costs                                # today, per party
              cleave costs --option nnc-leaves
              cleave costs --option nnc-leaves --years 5 --format markdown
              cleave costs --option nnc-leaves --format json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("The option (default: today's costs).", valueName: "id"))
    var optionID: String?

    @Option(help: ArgumentHelp("Add the cost over this many years.", valueName: "N"))
    var years: Int?

    func validate() throws {
        if let years, years < 1 { throw ValidationError("--years must be at least 1.") }
    }

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let graph = analysis.graph
        guard let optionID else {
            CostsReporter(graph: graph, costs: analysis.costsToday).report.print(output.format)
            return
        }
        let option = try analysis.option(optionID)
        CostsReporter(graph: graph, costs: option.costs, years: years, staffing: option.staffing).report.print(
            output.format)
    }
}
