/// How much of a costing rests on the estate's default prices rather than on figures the
/// inventory gives, so a report can say "37 of 120 duplicated items use the default
/// duplication cost of £20,000; 15 of 15 severed dependencies use the default sever cost".
///
/// An item uses the default duplication cost when it gives no `split.oneOffCost`; a
/// dependency uses the default sever cost when it gives no `severCost` and the estate has a
/// `defaults.severCost` (the policy is `EstateGraph.usesDefaultDuplicateCost` and
/// `usesDefaultSeverCost(ofEdge:)`).
public struct PricingAssumptions: Hashable, Sendable {
    /// `defaults.duplicateCost`.
    public let defaultDuplicateCost: Double
    /// `defaults.severCost`; nil when the estate gives none.
    public let defaultSeverCost: Double?
    /// The items duplicated, and of them those priced by the default, sorted by id.
    public let duplicatedItems: Int
    public let defaultPricedItems: [Int]
    /// The dependencies severed (each counted once however many sides sever it), and of
    /// them those priced by the default, sorted by `from` id then `to` id.
    public let severedDependencies: Int
    public let defaultPricedDependencies: [EdgeID]

    /// Duplicated items priced by the default.
    public var defaultDuplicateCostCount: Int { defaultPricedItems.count }
    /// Severed dependencies priced by the default.
    public var defaultSeverCostCount: Int { defaultPricedDependencies.count }
    /// Whether any figure rests on a default price.
    public var usesDefaults: Bool { !defaultPricedItems.isEmpty || !defaultPricedDependencies.isEmpty }

    /// The assumptions behind duplicating `duplicated` and severing `severed` (a repeated
    /// item or edge counts once).
    /// - Complexity: O((duplicated + severed) · log(duplicated + severed)).
    public init<D: Sequence<Int>, S: Sequence<EdgeID>>(duplicated: D, severed: S, in graph: EstateGraph) {
        defaultDuplicateCost = graph.estate.defaultDuplicateCost
        defaultSeverCost = graph.estate.defaultSeverCost
        let items = Set(duplicated), edges = Set(severed)
        duplicatedItems = items.count
        severedDependencies = edges.count
        defaultPricedItems = graph.sortedByID(items.filter(graph.usesDefaultDuplicateCost))
        defaultPricedDependencies = edges.filter(graph.usesDefaultSeverCost(ofEdge:)).sorted(by: graph.precedesByEnds)
    }

    /// For an option: its duplicated items (an option severs nothing; its `oneOffCost` counts
    /// duplication only).
    public init(_ evaluation: OptionEvaluation) {
        self.init(
            duplicated: evaluation.outcomes.indices.filter { evaluation.outcomes[$0] == .duplicated },
            severed: [], in: evaluation.graph)
    }

    /// For a plan: its duplicated items and severed dependencies; empty when infeasible.
    public init(_ plan: SeparationPlan, in graph: EstateGraph) {
        self.init(duplicated: plan.duplicate, severed: plan.sever.map(\.edge), in: graph)
    }
}
