import CleaveCore

/// Everything the estate report is built from: the estate's analyses and the maps, already
/// drawn. The command fills it; the HTML and Markdown builders only read it, and every
/// analysis they show comes from `analysis`, computed once however many sections show it.
public struct ReportInput: Sendable {
    public let analysis: EstateAnalysis
    /// Every option, sorted by id.
    public let options: [OptionAnalysis]
    /// The yardsticks of every party and option (SPEC §4.4, 1.1 §4.4), solved together.
    public let solvedYardsticks: Yardsticks
    /// Validation warnings (an inventory with errors is refused before a report is made).
    public let findings: [Finding]
    /// Maps by view name (`areas`, `entanglement`, `option:ID`): drawn, or why not.
    public let maps: [String: Result<ReportMap, MapUnavailable>]
    /// How many rows a long table lists before counting the rest.
    public var listLimit: Int

    public init(
        analysis: EstateAnalysis, findings: [Finding],
        maps: [String: Result<ReportMap, MapUnavailable>] = [:], listLimit: Int = 200
    ) {
        self.analysis = analysis
        options = analysis.optionsByID
        solvedYardsticks = analysis.yardsticks(parties: analysis.graph.parties, options: options)
        self.findings = findings
        self.maps = maps
        self.listLimit = listLimit
    }

    public var graph: EstateGraph { analysis.graph }
    public var entanglement: Entanglement { analysis.entanglement }
    /// Every option's evaluation, sorted by id.
    public var evaluations: [OptionEvaluation] { options.map(\.evaluation) }
    /// Each party's cheapest full separation (SPEC §4.4), by party index.
    public var yardsticks: [PartyIndex: YardstickPlan] { solvedYardsticks.parties }
    /// Each option's option-scoped plans (SPEC 1.1 §4.4), by option id.
    public var optionYardsticks: [String: OptionYardstick] { solvedYardsticks.options }

    /// The analyses of option `id`.
    public func option(_ id: String) -> OptionAnalysis? { options.first { $0.id == id } }

    /// The roadmap of option `id`, or why it has none; nil for an id the report lacks.
    public func roadmapResult(_ id: String) -> Result<Roadmap, Roadmap.Failure>? { option(id)?.roadmapResult }

    /// The roadmap of option `id`, nil where it has none.
    public func roadmap(_ id: String) -> Roadmap? { option(id)?.roadmap }

    public var money: Money { Money(currency: graph.estate.currency) }

    /// The reporter of the options command, whose table the report repeats figure for figure.
    public var optionsReporter: OptionsReporter {
        OptionsReporter(
            graph: graph, options: options, yardsticks: solvedYardsticks,
            businessCases: analysis.businessCases(of: options))
    }
}
