/// The options a comparison shows and the one it is compared with: evaluated once each, on
/// every core, in the order asked for.
public struct OptionSelection: Sendable {
    /// The options shown, in the order given (else the inventory's), each once.
    public let options: [OptionAnalysis]
    /// The option each figure is compared with; nil for no comparison.
    public let baselineOption: OptionAnalysis?

    /// The evaluations of `options`.
    public var evaluations: [OptionEvaluation] { options.map(\.evaluation) }
    /// The evaluation of `baselineOption`.
    public var baseline: OptionEvaluation? { baselineOption?.evaluation }

    /// - Parameters:
    ///   - ids: the options to show (repeats are shown once); empty for every option.
    ///   - targetDate: replaces every option's `targetDate` when given.
    ///   - compareWith: the baseline's id, `"none"` for no comparison, nil for the default:
    ///     the first option that splits nothing, among those shown, then among the rest in
    ///     inventory order (`OptionComparison.defaultBaseline`).
    /// - Throws: `UserError` for an id the inventory does not have, with "did you mean".
    /// - Complexity: one `OptionEvaluation` per option shown, spread over the cores (none
    ///   for an option `analysis` has evaluated before).
    public init(
        _ analysis: EstateAnalysis, ids: [String] = [], targetDate: Day? = nil, compareWith: String? = nil
    ) throws(UserError) {
        let graph = analysis.graph
        var indices: [Int] = []
        for index in try ids.isEmpty ? Array(graph.estate.options.indices) : ids.map(graph.lookupOption)
        where !indices.contains(index) { indices.append(index) }
        let options = analysis.options(at: indices, targetDate: targetDate)
        self.options = options

        if compareWith == "none" {
            baselineOption = nil
        } else if let compareWith {
            baselineOption = analysis.option(at: try graph.lookupOption(compareWith), targetDate: targetDate)
        } else if let found = OptionComparison.defaultBaseline(options.map(\.evaluation)) {
            baselineOption = options.first { $0.id == found.option.id }
        } else {
            let rest = graph.estate.options.indices.filter { !indices.contains($0) }
            baselineOption = rest.lazy.map { analysis.option(at: $0, targetDate: targetDate) }
                .first { OptionComparison.defaultBaseline([$0.evaluation]) != nil }
        }
    }

    /// The selection from a fresh analysis of `entanglement`'s graph.
    public init(
        _ entanglement: Entanglement, ids: [String] = [], targetDate: Day? = nil, compareWith: String? = nil
    ) throws(UserError) {
        try self.init(
            EstateAnalysis(entanglement: entanglement), ids: ids, targetDate: targetDate, compareWith: compareWith)
    }
}

extension OptionEvaluation {
    /// The option with id `id`, evaluated; `targetDate`, when given, replaces its own (a
    /// what-if). Commands ask `EstateAnalysis.option(_:targetDate:)`, which keeps it.
    /// - Throws: `UserError` naming the closest id when the inventory has no such option.
    public init(optionID id: String, entanglement: Entanglement, targetDate: Day? = nil) throws(UserError) {
        self = try EstateAnalysis(entanglement: entanglement).option(id, targetDate: targetDate).evaluation
    }
}
