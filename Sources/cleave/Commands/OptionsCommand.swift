import ArgumentParser
import CleaveCore
import CleaveReport

struct OptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options",
        abstract: "Compare the disaggregation options side by side.",
        discussion: """
            For each option: what is duplicated and transferred, the one-off and
            extra recurring cost, the FTE affected, the ties and conflicts it leaves,
            its blockers, how much entanglement it removes (separation), how cleanly
            it cuts (cleanliness), and when it can be complete (the end of the last
            contract that locks it, or "never" and why).

            As a yardstick, each option's cheapest separation is computed too: the
            provably cheapest way to separate each bloc it separates, keeping shared
            what it keeps shared (see `cleave plan --option`). "vs cheapest" divides
            the option's one-off cost by it. Where an item the option splits cannot
            be split, the yardstick is infeasible and the table names the item; it
            then also shows the cheapest separation that lets such items stay shared,
            and "vs cheapest" compares with that, marked "(sharing)".

            Every figure is compared with a baseline, its difference in brackets: the
            option named by --compare-with, else the first that splits nothing (a
            status quo). --compare-with none turns this off.

            Figures priced by estate.defaults rather than by the inventory are
            counted under "Assumptions".

            Options appear in the order given with --option, else the inventory's;
            JSON lists them by id.

            Examples:
              cleave options                          # every option in Inventory
              cleave options --option nnc-leaves --option status-quo
              cleave options --compare-with hosted-split
              cleave options --target-date 2028-03-31 # what if every target moved?
              cleave options --format markdown >> decision-paper.md
              cleave options --format csv > options.csv
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("Only this option (repeatable).", valueName: "id"))
    var only: [String] = []

    @Option(
        help: ArgumentHelp(
            "What if every option's target date were this? (instead of its targetDate)",
            valueName: "YYYY-MM-DD"))
    var targetDate: Day?

    @Option(
        help: ArgumentHelp(
            "Give each figure's difference from this option; 'none' for no comparison. (default: the first option that splits nothing)",
            valueName: "id"))
    var compareWith: String?

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        // Tables follow the order given with --option, else the inventory's; JSON sorts by id.
        let selection = try OptionSelection(analysis, ids: only, targetDate: targetDate, compareWith: compareWith)
        OptionsReporter(
            graph: analysis.graph, options: selection.options, yardsticks: analysis.yardsticks(of: selection.options),
            baseline: selection.baselineOption, businessCases: analysis.businessCases(of: selection.options)
        ).report.print(output.format)
    }
}
