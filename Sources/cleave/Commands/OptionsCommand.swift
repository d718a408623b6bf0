import ArgumentParser
import CleaveCore
import CleaveReport

struct OptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options",
        abstract: "Compare the disaggregation options side by side.",
        discussion: """
        For each option: what is duplicated and transferred, the one-off and recurring
        cost, the FTE affected, the ties and conflicts it leaves, its blockers, how much
        entanglement it removes (separation) and how cleanly it cuts (cleanliness), and when
        it can be complete (the last contract lock's release date).

        As a yardstick, each separated party's cheapest full separation (`cleave plan`) is
        computed too. "Cheapest separation" is the largest of them: no way of separating
        every bloc costs less, and with two blocs it is exact. "vs cheapest" divides the
        option's one-off cost by it. Where an unsplittable item that both sides need makes
        the full separation infeasible, the table also shows the cheapest separation that
        lets such items stay shared (`cleave plan --share-unsplittable`), and "vs cheapest"
        compares with that, marked "(sharing)". JSON holds SPEC §5's strict figures only.

        Examples:
          cleave options                          # every option in Inventory
          cleave options --option full-split      # one option (repeatable)
          cleave options --format markdown >> decision-paper.md
          cleave options --format csv > options.csv
        """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("Only this option (repeatable).", valueName: "id"))
    var only: [String] = []

    func run() throws {
        let graph = EstateGraph(try inventory.loadEstate())
        let indices = try only.isEmpty ? Array(graph.estate.options.indices)
            : only.map { try EstateLookup.option($0, in: graph) }
        let entanglement = Entanglement(graph)
        let evaluations = indices
            .sorted { (graph.estate.options[$0].id, $0) < (graph.estate.options[$1].id, $1) }
            .map { OptionEvaluation(option: graph.estate.options[$0], entanglement: entanglement) }
        // A party's plan does not depend on the option, so each is solved once.
        var plans: [Int: SeparationPlan] = [:]
        for evaluation in evaluations {
            for party in evaluation.partition.separated where plans[party] == nil {
                plans[party] = SeparationPlan(separatingParty: party, in: graph)
            }
        }
        // Where some party cannot separate at all, price the separation that shares what
        // cannot be split, for every party, so options stay comparable.
        var sharing: [Int: SeparationPlan] = [:]
        if plans.values.contains(where: { !$0.feasible }) {
            for party in plans.keys {
                sharing[party] = SeparationPlan(separatingParty: party, in: graph, sharingUnsplittable: true)
            }
        }
        OptionsReport(graph: graph, evaluations: evaluations, plans: plans, sharingPlans: sharing)
            .report.print(output.format)
    }
}
