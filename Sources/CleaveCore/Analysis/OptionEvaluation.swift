/// One option applied to the estate (SPEC §4.3): per item its disposition, blocs and
/// outcome; the ties, conflicts and blockers it leaves; and its figures.
public struct OptionEvaluation: Sendable {
    public let option: Option
    public let entanglement: Entanglement
    public let partition: BlocPartition
    /// `d(i)` for each item.
    public let dispositions: [Disposition]
    /// What the option does to each item.
    public let outcomes: [ItemOutcome]
    /// Sorted by the `from` item's id, the `to` item's id, then bloc name.
    public let ties: [Tie]
    /// Conflict edges (ids into `graph.edges`), sorted by `from` id then `to` id.
    public let conflicts: [EdgeID]
    /// Sorted as SPEC §5 asks: by kind, then item id, then related ids.
    public let blockers: [Blocker]
    public let figures: OptionFigures
    private let componentBlocs: [BlocSet]

    public var graph: EstateGraph { entanglement.graph }

    /// - Complexity: O((items + edges) · parties / 64 + ties + blockers · log blockers).
    public init(option: Option, entanglement: Entanglement) {
        self.option = option
        self.entanglement = entanglement
        let graph = entanglement.graph
        let partition = BlocPartition(option: option, graph: graph)
        self.partition = partition
        let components = entanglement.components
        let componentBlocs = (0..<components.count).map { c in
            partition.blocs(of: entanglement.needs(components.members.neighbours(of: c).first!))
        }
        self.componentBlocs = componentBlocs
        let blocs: (Int) -> BlocSet = { componentBlocs[components.component[$0]] }
        let dispositions = OptionEvaluation.dispositions(of: option, in: graph)
        var outcomes = [ItemOutcome](repeating: .unchanged, count: graph.itemCount)
        for i in 0..<graph.itemCount where dispositions[i] == .split {
            let itemBlocs = blocs(i)
            let count = itemBlocs.count
            if count >= 2 {
                outcomes[i] = .duplicated
            } else if count == 1, let only = itemBlocs.first(where: { _ in true }),
                only != graph.itemLead[i].map(partition.bloc(ofParty:))
            {
                outcomes[i] = .transferred(toBloc: only)
            }
        }
        self.outcomes = outcomes
        self.dispositions = dispositions
        let links = OptionEvaluation.links(graph: graph, dispositions: dispositions, partition: partition, blocs: blocs)
        ties = links.ties
        conflicts = links.conflicts
        blockers = OptionEvaluation.blockers(
            option: option, graph: graph, partition: partition,
            outcomes: outcomes, conflicts: links.conflicts, blocs: blocs)
        figures = OptionFigures(
            graph: graph, dispositions: dispositions, outcomes: outcomes,
            blocCounts: { blocs($0).count },
            links: links, blockers: blockers)
    }

    /// `blocs(i)`: the blocs whose parties need item `i`.
    public func blocs(of item: Int) -> BlocSet { componentBlocs[entanglement.components.component[item]] }

    /// The names of `blocs(i)`, sorted.
    public func blocNames(of item: Int) -> [String] { partition.names(blocs(of: item)) }

    /// The bloc of item `i`'s lead, where it has one.
    public func leadBloc(of item: Int) -> BlocIndex? { graph.itemLead[item].map(partition.bloc(ofParty:)) }

    /// `d(i)`: the item's own override; else `shared` when its area is out of scope; else its
    /// area's disposition; else the option's default. Overrides naming unknown items or
    /// areas are ignored.
    static func dispositions(of option: Option, in graph: EstateGraph) -> [Disposition] {
        var areaDisposition = [Disposition?](repeating: nil, count: graph.estate.areas.count)
        for (area, disposition) in option.areas {
            if let a = graph.areaIndex(area.id) { areaDisposition[a] = disposition }
        }
        var result = graph.estate.items.indices.map { i -> Disposition in
            guard let a = graph.itemArea[i] else { return option.defaultDisposition }
            if !graph.estate.areas[a].inScope { return .shared }
            return areaDisposition[a] ?? option.defaultDisposition
        }
        for (item, disposition) in option.items {
            if let i = graph.itemIndex(item.id) { result[i] = disposition }
        }
        return result
    }
}

/// What an option does to an item with disposition `split` (SPEC §4.3).
public enum ItemOutcome: Hashable, Sendable {
    /// Two or more blocs need it: each gets its own instance.
    case duplicated
    /// One bloc needs it, not the bloc of its lead: it moves to that bloc.
    case transferred(toBloc: BlocIndex)
    /// Shared, or split with nothing to do.
    case unchanged
}

/// A tie (SPEC §4.3): bloc `bloc`'s own instance of `edge.from` still depends on the shared
/// item `edge.to`, which another bloc runs.
public struct Tie: Hashable, Sendable {
    public let bloc: BlocIndex
    public let edge: EdgeID
}
