import ArgumentParser
import CleaveCore
import CleaveReport

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the cheapest full separation of a party (or of each bloc of an option).",
        discussion: """
            The plan gives the bloc its own instance of everything it needs and
            leaves the others theirs, at the least total cost of
              duplicating an item both sides need: its split.oneOffCost, else
                estate.defaults.duplicateCost; impossible when split.strategy is none
              severing a dependency on one side: its severCost, else
                estate.defaults.severCost; impossible when neither is given.
            It is a minimum cut in a flow network: the true optimum, not a guess.
            The plan lists what is duplicated, what moves to the bloc alone, and
            which dependencies each side re-engineers away. Of equally cheap plans,
            the one that gives the bloc the least is shown. When no finite plan
            exists, it names what makes it impossible: the unsplittable items and
            unseverable dependencies that join what the bloc uses to what the others
            use.

            --share-unsplittable lets items that cannot be split stay shared between
            the two sides at no cost, so the plan prices separating everything else;
            such a plan is always feasible. It lists them as shared (in JSON, an
            extra `shared` list).

            --separate names the bloc's parties (repeat it for a bloc of several).
            --option plans each bloc that the option separates, over only the items
            the option splits (SPEC 1.1 §4.4): what it keeps shared stays jointly run. JSON: with --separate, one object as in SPEC §5; with --option,
            {schemaVersion, option, plans: [...]} with one such object per bloc.

            Examples:
              cleave plan --separate NNC
              cleave plan --separate NNC --share-unsplittable
              cleave plan --separate NNC --separate NCT      # the two leave together
              cleave plan --option full-disaggregation --format markdown
              cleave plan Inventory --separate NNC --format json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(
        help: ArgumentHelp("A party to separate from all others (repeat for a bloc of several).", valueName: "party"))
    var separate: [String] = []

    @Option(name: .customLong("option"), help: ArgumentHelp("Plan each party this option separates.", valueName: "id"))
    var optionID: String?

    @Flag(help: "Let unsplittable items stay shared at no cost instead of making the plan infeasible.")
    var shareUnsplittable = false

    func validate() throws {
        if separate.isEmpty == (optionID == nil) {
            throw ValidationError("Give either --separate PARTY or --option ID.")
        }
    }

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let graph = analysis.graph
        if let optionID {
            let evaluation = try analysis.option(optionID).evaluation
            let option = evaluation.option
            let plans = SeparationPlan.plans(of: evaluation, sharingUnsplittable: shareUnsplittable)
                .sorted { $0.bloc < $1.bloc }
            PlanReporter(graph: graph, plans: plans, option: option).report.print(output.format)
        } else {
            let parties = try separate.map(graph.lookupParty)
            let plan = SeparationPlan(
                separating: PartySet(parties, capacity: graph.partyCount), in: graph,
                sharingUnsplittable: shareUnsplittable)
            PlanReporter(graph: graph, plans: [plan]).report.print(output.format)
        }
    }
}
