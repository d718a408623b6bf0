import CleaveCore

/// Everything the estate report is built from: the analyses, already run, and the maps,
/// already drawn. The command fills it; the HTML and Markdown builders only read it.
public struct ReportInput: Sendable {
    public let graph: EstateGraph
    public let entanglement: Entanglement
    /// Every option, sorted by id.
    public let evaluations: [OptionEvaluation]
    /// Each party's cheapest full separation (SPEC §4.4), by party index.
    public let yardsticks: [PartyIndex: YardstickPlan]
    /// Each option's option-scoped plans (SPEC 1.1 §4.4), by option id. Both kinds are solved
    /// together (`Yardsticks`): an option splitting everything shares its parties' plans.
    public let optionYardsticks: [String: OptionYardstick]
    /// Each option's roadmap (SPEC 1.1 §4.6), or why it has none, by option id, computed once
    /// for every section that shows it.
    public let roadmaps: [String: Result<Roadmap, Roadmap.Failure>]
    /// Validation warnings (an inventory with errors is refused before a report is made).
    public let findings: [Finding]
    /// Maps by view name (`areas`, `entanglement`, `option:ID`): drawn, or why not.
    public let maps: [String: Result<ReportMap, MapUnavailable>]
    /// How many rows a long table lists before counting the rest.
    public var listLimit: Int

    public init(
        graph: EstateGraph, entanglement: Entanglement, evaluations: [OptionEvaluation],
        findings: [Finding],
        maps: [String: Result<ReportMap, MapUnavailable>] = [:], listLimit: Int = 200
    ) {
        self.graph = graph
        self.entanglement = entanglement
        self.evaluations = evaluations
        let solved = Yardsticks(parties: graph.parties, options: evaluations, in: graph)
        yardsticks = solved.parties
        optionYardsticks = solved.options
        roadmaps = Dictionary(
            evaluations.map { e in (e.option.id, Result { () throws(Roadmap.Failure) in try Roadmap(evaluation: e) }) },
            uniquingKeysWith: { first, _ in first })
        self.findings = findings
        self.maps = maps
        self.listLimit = listLimit
    }

    /// The roadmap of option `id`, nil where it has none.
    public func roadmap(_ id: String) -> Roadmap? { try? roadmaps[id]?.get() }

    public var money: Money { Money(currency: graph.estate.currency) }

    /// The reporter of the options command, whose table the report repeats figure for figure.
    public var optionsReporter: OptionsReporter {
        OptionsReporter(
            graph: graph, evaluations: evaluations,
            yardsticks: yardsticks.filter { party, _ in
                evaluations.contains { $0.partition.separated.contains(party) }
            }, optionYardsticks: optionYardsticks, roadmaps: roadmaps.mapValues { try? $0.get() })
    }
}
