/// The options a comparison shows and the one it is compared with: evaluated once each, on
/// every core, in the order asked for.
public struct OptionSelection: Sendable {
    /// The options shown, in the order given (else the inventory's), each once.
    public let evaluations: [OptionEvaluation]
    /// The option each figure is compared with; nil for no comparison.
    public let baseline: OptionEvaluation?

    /// - Parameters:
    ///   - ids: the options to show (repeats are shown once); empty for every option.
    ///   - targetDate: replaces every option's `targetDate` when given.
    ///   - compareWith: the baseline's id, `"none"` for no comparison, nil for the default:
    ///     the first option that splits nothing, among those shown, then among the rest in
    ///     inventory order (`OptionComparison.defaultBaseline`).
    /// - Throws: `UserError` for an id the inventory does not have, with "did you mean".
    /// - Complexity: one `OptionEvaluation` per option shown, spread over the cores.
    public init(
        _ entanglement: Entanglement, ids: [String] = [], targetDate: Day? = nil, compareWith: String? = nil
    ) throws(UserError) {
        let graph = entanglement.graph
        var indices: [Int] = []
        for index in try ids.isEmpty ? Array(graph.estate.options.indices) : ids.map(graph.lookupOption)
        where !indices.contains(index) { indices.append(index) }
        @Sendable func evaluate(_ index: Int) -> OptionEvaluation {
            var option = graph.estate.options[index]
            if let targetDate { option.targetDate = targetDate }
            return OptionEvaluation(option: option, entanglement: entanglement)
        }
        let chosen = indices
        let evaluations = parallelMap(chosen.count) { evaluate(chosen[$0]) }
        self.evaluations = evaluations

        if compareWith == "none" {
            baseline = nil
        } else if let compareWith {
            let index = try graph.lookupOption(compareWith)
            baseline = evaluations.first { $0.option.id == graph.estate.options[index].id } ?? evaluate(index)
        } else if let found = OptionComparison.defaultBaseline(evaluations) {
            baseline = found
        } else {
            let rest = graph.estate.options.indices.filter { i in
                !evaluations.contains { $0.option.id == graph.estate.options[i].id }
            }
            baseline = rest.lazy.map(evaluate).first { OptionComparison.defaultBaseline([$0]) != nil }
        }
    }
}

extension OptionEvaluation {
    /// The option with id `id`, evaluated; `targetDate`, when given, replaces its own (a
    /// what-if). The one way a command turns an option id into an evaluation.
    /// - Throws: `UserError` naming the closest id when the inventory has no such option.
    public init(optionID id: String, entanglement: Entanglement, targetDate: Day? = nil) throws(UserError) {
        let graph = entanglement.graph
        var option = graph.estate.options[try graph.lookupOption(id)]
        if let targetDate { option.targetDate = targetDate }
        self.init(option: option, entanglement: entanglement)
    }
}
