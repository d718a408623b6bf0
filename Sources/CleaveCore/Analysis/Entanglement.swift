/// Who needs each item, and how much entanglement hangs from it (SPEC §4.2).
///
/// `needs(i)` is `direct(i)` together with the needs of everything that depends on `i`:
/// a party needs an item when it uses it or uses something that (transitively) depends on
/// it. Needs are found per strongly connected component of the graph and passed down the
/// condensation as bit sets over parties, so cycles are fine and the work is linear.
public struct Entanglement: Sendable {
    public let graph: EstateGraph
    public let components: StronglyConnectedComponents
    private let componentNeeds: BitSetTable
    /// `drag(i)`: the number of entangled items among `i` and everything `i` reaches.
    /// Computed when first read (see `BlockedReachSums.Deferred`).
    public var drag: [Int] { reach.value(0) }
    /// `hold(i)` (SPEC 1.1 §4.2): the number of entangled items among `i` and everything that
    /// reaches `i` — how much entanglement hangs on it. Computed when first read, like `drag`.
    public var hold: [Int] { reach.value(1) }
    /// Drag over the condensation (0) and hold over it flipped (1).
    private let reach: BlockedReachSums.Deferred
    /// By item, computed when first asked for (see `weights(of:)`).
    let itemWeights: Once<[ItemWeights]>

    /// `drag` and `hold` together, the blocks of both shared among the cores when neither
    /// has been read.
    public var dragAndHold: (drag: [Int], hold: [Int]) {
        let both = reach.values()
        return (both[0], both[1])
    }

    /// - Complexity: O((items + edges) · parties / 64) for needs, plus `BlockedReachSums`
    ///   for drag and hold (linear unless reach overlaps).
    public init(_ graph: EstateGraph) {
        self.graph = graph
        let scc = StronglyConnectedComponents(graph.dependencies)
        let dag = scc.condensation(of: graph.dependencies)
        var needs = BitSetTable(rows: scc.count, capacity: graph.partyCount)
        for c in 0..<scc.count {
            for item in scc.members.neighbours(of: c) {
                needs.formUnion(row: c, with: graph.directTable, row: item)
            }
        }
        // Every arc goes from a higher component number to a lower one, so by decreasing
        // number each component has all it inherits before it passes its needs on.
        for c in stride(from: scc.count - 1, through: 0, by: -1) {
            for d in dag.neighbours(of: c) { needs.formUnion(row: d, withRow: c) }
        }
        components = scc
        componentNeeds = needs
        itemWeights = Once { [graph, needs, component = scc.component] in
            (0..<graph.itemCount).map {
                ItemWeights(item: $0, needs: PartySet(bits: needs[component[$0]]), graph: graph)
            }
        }

        let weight = (0..<scc.count).map { c in needs.count(of: c) >= 2 ? scc.members.neighbours(of: c).count : 0 }
        let n = scc.count
        reach = BlockedReachSums.Deferred([
            (dag, weight, scc.component),
            (Entanglement.flipped(dag), weight.reversed(), scc.component.map { n - 1 - $0 }),
        ])
    }

    /// The condensation with every arc turned round and component `c` renumbered
    /// `count − 1 − c`, so arcs again go from higher to lower numbers, as `BlockedReachSums`
    /// wants: sums over it are sums over what reaches each component.
    /// - Complexity: O(components + arcs).
    static func flipped(_ dag: Adjacency) -> Adjacency {
        let n = dag.nodeCount
        var arcs: [(from: Int, to: Int)] = []
        arcs.reserveCapacity(dag.arcCount)
        for c in 0..<n {
            for d in dag.neighbours(of: c) { arcs.append((n - 1 - d, n - 1 - c)) }
        }
        return Adjacency(nodeCount: n, arcs: arcs)
    }

    /// `needs(i)`: the parties that need item `i`, directly or through what depends on it.
    public func needs(_ item: Int) -> PartySet { PartySet(bits: componentNeeds[components.component[item]]) }

    /// `|needs(i)|`.
    public func needsCount(_ item: Int) -> Int { componentNeeds.count(of: components.component[item]) }

    public func status(_ item: Int) -> EntanglementStatus {
        switch needsCount(item) {
        case 0: .unused
        case 1: .exclusive
        default: .entangled
        }
    }

    /// Needed by two or more parties.
    public func isEntangled(_ item: Int) -> Bool { needsCount(item) >= 2 }

    /// Whether party `party` needs item `item`.
    public func needs(_ item: Int, party: PartyIndex) -> Bool {
        componentNeeds.contains(party.rawValue, in: components.component[item])
    }
}

/// How many parties need an item: two or more, one, or none.
public enum EntanglementStatus: String, CaseIterable, Sendable {
    case entangled, exclusive, unused
}
