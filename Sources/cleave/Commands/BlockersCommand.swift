import ArgumentParser
import CleaveCore
import CleaveReport

extension BlockersReporter.Grouping: ExpressibleByArgument {}

struct BlockersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blockers",
        abstract: "List what stops an option, and the ties it leaves.",
        discussion: """
            Blockers of an option:
              unsplittable   a duplicated item whose split.strategy is none
              contract-lock  a duplicated contract that is not assignable and is
                             released only after the option's targetDate, or is
                             open-ended. With no targetDate the release is measured
                             against estate.asOf; with neither, every such contract
                             is a lock.
              conflict       a jointly run (shared) item that depends on something
                             the option splits
            Then the ties that still bind: a bloc's own copy of a split item that
            depends on a shared item another bloc runs.

            JSON is SPEC §5's: blockers sorted by kind, then item, then related
            items. The ties and --group-by are for people and are left out of it.

            Exit status: 0; 1 with --fail-on-blockers when there is a blocker; 2 for
            an unknown option.

            Examples:
              cleave blockers --option nnc-leaves
              cleave blockers --option nnc-leaves --group-by lead
              cleave blockers --option nnc-leaves --fail-on-blockers   # a CI gate
              cleave blockers --option nnc-leaves --format json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("The option to check.", valueName: "id"))
    var optionID: String

    @Option(
        help: ArgumentHelp("Group blockers by the item's area or lead party (not in JSON).", valueName: "area|lead"))
    var groupBy: BlockersReporter.Grouping?

    @Option(
        help: ArgumentHelp(
            "What if the target date were this? (instead of the option's targetDate)",
            valueName: "YYYY-MM-DD"))
    var targetDate: Day?

    @Flag(help: "Exit with status 1 when the option has any blocker.")
    var failOnBlockers = false

    func run() throws {
        let evaluation = try inventory.loadAnalysis().option(optionID, targetDate: targetDate).evaluation
        BlockersReporter(evaluation: evaluation, grouping: groupBy).report.print(output.format)
        if failOnBlockers && !evaluation.blockers.isEmpty { throw ExitCode(1) }
    }
}
