/// The part of a separation plan's flow network that does not depend on the bloc separated
/// (SPEC §4.4): the items taking part, their dependency and duplication edges, and the
/// capacities in whole cost units. Plans of different blocs over the same items and the same
/// sharing rule add only their source and sink edges to it, so a comparison of options that
/// solves one plan per party builds this once per scope instead of once per plan.
///
/// Node X(k) is member k, Z(k) is m + k (z = 1 − y), the source is 2m and the sink 2m + 1.
/// Edge 2j is X(a) → X(b) and edge 2j + 1 is Z(b) → Z(a) for kept dependency j (a → b);
/// edge 2·keptEdges + k is X(k) → Z(k), the duplication of member k. Source and sink edges
/// come after them, added by each plan.
struct SeparationNetwork: Sendable {
    let graph: EstateGraph
    /// Whether unsplittable items may stay shared at one unit of the finer scale.
    let sharingUnsplittable: Bool
    /// The items taking part, in index order: member k is item members[k].
    let members: [Int]
    /// Item index → member number, or -1 for an item that does not take part.
    let local: [Int32]
    /// The dependencies between members, in edge order.
    let keptEdges: [EdgeID]
    /// By kept dependency; nil where it cannot be severed.
    let severCosts: [Double?]
    /// By member; nil where the item is unsplittable.
    let duplicateCosts: [Double?]
    let units: CostUnits
    /// What every real cost is multiplied by, so that shared unsplittable items only break ties.
    let weight: Int64
    /// Dependency and duplication edges, without the bloc's source and sink edges.
    let template: FlowNetwork

    /// - Parameter takingPart: by item; nil when every item takes part.
    /// - Complexity: O(items + edges).
    init(graph: EstateGraph, takingPart: [Bool]?, sharingUnsplittable: Bool) {
        let n = graph.itemCount
        let members = takingPart.map { t in (0..<n).filter { t[$0] } } ?? Array(0..<n)
        var local = [Int32](repeating: -1, count: n)
        for (k, i) in members.enumerated() { local[i] = Int32(k) }
        let keptEdges =
            takingPart == nil
            ? Array(graph.edges.indices)
            : graph.edges.indices.filter { local[graph.edges[$0].from] >= 0 && local[graph.edges[$0].to] >= 0 }
        let severCosts = keptEdges.map(graph.severCost(ofEdge:))
        let duplicateCosts = members.map(graph.duplicateCost(of:))
        let unsplittableCount = duplicateCosts.count { $0 == nil }
        let weight = sharingUnsplittable ? Int64(unsplittableCount + 1) : 1
        // Each dependency is an edge on both sides of the network, so counts twice.
        let finiteSeverCosts = severCosts.compactMap { $0 }
        let units = CostUnits(
            amounts: finiteSeverCosts + finiteSeverCosts + duplicateCosts.compactMap { $0 },
            multiplier: Double(weight))
        func capacity(_ cost: Double?) -> FlowNetwork.Capacity {
            cost.map { .finite(units.units($0) * weight) } ?? .infinite
        }

        let m = members.count
        var network = FlowNetwork(nodeCount: 2 * m + 2, edgeCapacity: 3 * m + 2 * keptEdges.count)
        for (j, e) in keptEdges.enumerated() {
            let a = Int(local[graph.edges[e].from]), b = Int(local[graph.edges[e].to])
            let c = capacity(severCosts[j])
            network.addEdge(from: a, to: b, capacity: c)
            network.addEdge(from: m + b, to: m + a, capacity: c)
        }
        for k in 0..<m {
            let unsplittable = duplicateCosts[k] == nil
            network.addEdge(
                from: k, to: m + k,
                capacity: unsplittable && sharingUnsplittable ? .finite(1) : capacity(duplicateCosts[k]))
        }

        self.graph = graph
        self.sharingUnsplittable = sharingUnsplittable
        self.members = members
        self.local = local
        self.keptEdges = keptEdges
        self.severCosts = severCosts
        self.duplicateCosts = duplicateCosts
        self.units = units
        self.weight = weight
        self.template = network
    }

    var memberCount: Int { members.count }

    /// The first duplication edge's id.
    var firstDuplicationEdge: Int { 2 * keptEdges.count }

    /// The template with the source and sink edges of the bloc `parties`: source → X(k) where
    /// a party of the bloc uses member k directly, Z(k) → sink where a party outside it does.
    func network(separating parties: PartySet) -> FlowNetwork {
        let m = memberCount
        let source = 2 * m, sink = 2 * m + 1
        var terminals: [(from: Int, to: Int)] = []
        for (k, i) in members.enumerated() {
            if graph.directTable.intersects(i, parties.bits) { terminals.append((source, k)) }
            if graph.directTable.hasMember(i, outside: parties.bits) { terminals.append((m + k, sink)) }
        }
        var network = template
        network.reserveCapacity(forMoreEdges: terminals.count)
        for t in terminals { network.addEdge(from: t.from, to: t.to, capacity: .infinite) }
        return network
    }
}
