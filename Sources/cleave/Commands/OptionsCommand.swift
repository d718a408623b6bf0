import ArgumentParser
import CleaveCore
import CleaveReport

struct OptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options",
        abstract: "Compare the disaggregation options side by side.",
        discussion: """
            For each option: what is duplicated and transferred, the one-off and
            recurring cost, the FTE affected, the ties and conflicts it leaves, its
            blockers, how much entanglement it removes (separation), how cleanly it
            cuts (cleanliness), and when it can be complete (the last contract
            lock's release date).

            As a yardstick, each separated party's cheapest full separation (see
            `cleave plan`) is computed too. "Cheapest separation" is the largest of
            them: no way of separating every bloc costs less, and with two blocs it
            is exact. "vs cheapest" divides the option's one-off cost by it.

            Where an unsplittable item that both sides need makes every full
            separation infeasible, the table also shows the cheapest separation that
            lets such items stay shared (`cleave plan --share-unsplittable`), and
            "vs cheapest" compares with that, marked "(sharing)". JSON holds SPEC
            §5's strict figures only.

            Examples:
              cleave options                          # every option in Inventory
              cleave options --option nnc-leaves      # one option (repeatable)
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

    func run() throws {
        let graph = EstateGraph(try inventory.loadEstate())
        // Tables follow the order given with --option, else the inventory's; JSON sorts by id.
        var indices: [Int] = []
        for index in try only.isEmpty ? Array(graph.estate.options.indices) : only.map(graph.lookupOption)
        where !indices.contains(index) { indices.append(index) }
        let entanglement = Entanglement(graph)
        let evaluations = indices.map { index in
            var option = graph.estate.options[index]
            if let targetDate { option.targetDate = targetDate }
            return OptionEvaluation(option: option, entanglement: entanglement)
        }
        let yardsticks = YardstickPlan.forParties(evaluations.flatMap { Array($0.partition.separated) }, in: graph)
        OptionsReporter(
            graph: graph, evaluations: evaluations, yardsticks: yardsticks,
            optionYardsticks: OptionYardstick.forOptions(evaluations)
        ).report.print(output.format)
    }
}
