extension SeparationPlan {
    /// The plan separating the parties `parties` (a nonempty set of party indices) from
    /// every other party, named `name` (by default the party ids joined by `+`).
    ///
    /// Costs are converted to whole units (`CostUnits`) so the cut is exact.
    ///
    /// With `sharingUnsplittable`, an item whose strategy is `none` may stay shared — both
    /// sides keep using the one instance — at no cost, instead of making the plan
    /// infeasible; such a plan is always feasible. To keep as few items shared as the
    /// cheapest plans allow, each shared item costs one unit of a finer scale: every other
    /// cost is multiplied by (number of unsplittable items + 1), so the tie-break can never
    /// outweigh a real cost, and the real cost is the quotient.
    /// - Complexity: O(items + edges) to build and shrink the network, plus Dinic's
    ///   algorithm on what remains (see `MaxFlow.minimumCut`).
    public init(
        separating parties: PartySet, in graph: EstateGraph, name: String? = nil,
        sharingUnsplittable: Bool = false
    ) {
        self.init(
            separating: parties, in: graph, name: name, sharingUnsplittable: sharingUnsplittable,
            takingPart: nil, option: nil)
    }

    /// The plan over the items in `takingPart` (every item when nil): the others, and every
    /// edge to or from them, are left out, and x = y = 0 for them.
    init(
        separating parties: PartySet, in graph: EstateGraph, name: String?, sharingUnsplittable: Bool,
        takingPart: [Bool]?, option: String?
    ) {
        let n = graph.itemCount
        let source = 2 * n, sink = 2 * n + 1
        let takesPart = takingPart ?? [Bool](repeating: true, count: n)
        let edgeTakesPart = graph.edges.map { takesPart[$0.from] && takesPart[$0.to] }
        // Indexed by the edges' raw ids, as the network's dependency edges are.
        let severCosts = graph.edges.indices.map { edgeTakesPart[$0.rawValue] ? graph.severCost(ofEdge: $0) : 0 }
        let duplicateCosts = (0..<n).map { takesPart[$0] ? graph.duplicateCost(of: $0) : 0 }
        let unsplittable = (0..<n).filter { duplicateCosts[$0] == nil }
        let weight = sharingUnsplittable ? Int64(unsplittable.count + 1) : 1
        // Each dependency is an edge on both sides of the network, so counts twice.
        let finiteSeverCosts = severCosts.compactMap { $0 }
        let units = CostUnits(
            amounts: finiteSeverCosts + finiteSeverCosts + duplicateCosts.compactMap { $0 },
            multiplier: Double(weight))
        func capacity(_ cost: Double?) -> FlowNetwork.Capacity {
            cost.map { .finite(units.units($0) * weight) } ?? .infinite
        }
        func duplication(_ i: Int) -> FlowNetwork.Capacity {
            duplicateCosts[i] == nil && sharingUnsplittable ? .finite(1) : capacity(duplicateCosts[i])
        }

        // Node X(i) is i, Z(i) = n + i, where z = 1 − y.
        var network = FlowNetwork(nodeCount: 2 * n + 2, edgeCapacity: 3 * n + 2 * graph.edges.count)
        for i in 0..<n where takesPart[i] {
            if graph.directTable.intersects(i, parties.bits) {
                network.addEdge(from: source, to: i, capacity: .infinite)
            }
            if graph.directTable.hasMember(i, outside: parties.bits) {
                network.addEdge(from: n + i, to: sink, capacity: .infinite)
            }
        }
        let firstDependencyEdge = network.edgeCount
        // Edges left out are still added, at no capacity, so edge ids keep their arithmetic.
        for (e, edge) in graph.edges.storage.enumerated() {
            guard edgeTakesPart[e] else {
                network.addEdge(from: edge.from, to: edge.to, capacity: .finite(0))
                network.addEdge(from: n + edge.to, to: n + edge.from, capacity: .finite(0))
                continue
            }
            network.addEdge(from: edge.from, to: edge.to, capacity: capacity(severCosts[e]))
            network.addEdge(from: n + edge.to, to: n + edge.from, capacity: capacity(severCosts[e]))
        }
        let firstDuplicationEdge = network.edgeCount
        for i in 0..<n { network.addEdge(from: i, to: n + i, capacity: takesPart[i] ? duplication(i) : .finite(0)) }

        let cut = MaxFlow.minimumCut(network, source: source, sink: sink)
        self.bloc = name ?? graph.partyIDs(parties).joined(separator: "+")
        self.parties = parties
        self.sharesUnsplittable = sharingUnsplittable
        self.option = option
        let byID: (Int, Int) -> Bool = { (graph.itemID($0), $0) < (graph.itemID($1), $1) }

        guard let value = cut.value else {
            var unsplittable = Set<Int>(), unseverable = Set<EdgeID>()
            for e in cut.blockingEdges(in: network) {
                if e >= firstDuplicationEdge {
                    unsplittable.insert(e - firstDuplicationEdge)
                } else if e >= firstDependencyEdge {
                    unseverable.insert(EdgeID((e - firstDependencyEdge) / 2))
                }
            }
            let edgeOrder: (EdgeID, EdgeID) -> Bool = {
                let x = graph.edges[$0], y = graph.edges[$1]
                return (graph.itemID(x.from), graph.itemID(x.to), $0) < (graph.itemID(y.from), graph.itemID(y.to), $1)
            }
            feasible = false
            cost = nil
            blocNeeds = [Bool](repeating: false, count: n)
            othersNeed = blocNeeds
            duplicate = []
            shared = []
            moveToBloc = []
            sever = []
            obstacles =
                unsplittable.sorted(by: byID).map { .unsplittable(item: $0) }
                + unseverable.sorted(by: edgeOrder).map { .unseverable(edge: $0) }
            return
        }
        feasible = true
        cost = units.amount(value / weight)
        obstacles = []
        let x = (0..<n).map { takesPart[$0] && cut.sourceSide[$0] }
        let y = (0..<n).map { takesPart[$0] && !cut.sourceSide[n + $0] }
        blocNeeds = x
        othersNeed = y
        duplicate = (0..<n).filter { x[$0] && y[$0] && duplicateCosts[$0] != nil }.sorted(by: byID)
        shared = (0..<n).filter { x[$0] && y[$0] && duplicateCosts[$0] == nil }.sorted(by: byID)
        moveToBloc = (0..<n).filter { x[$0] && !y[$0] }.sorted(by: byID)
        var sever: [Severance] = []
        for (e, edge) in zip(graph.edges.indices, graph.edges) where edgeTakesPart[e.rawValue] {
            if x[edge.from] && !x[edge.to] {
                sever.append(Severance(edge: e, side: .bloc, cost: severCosts[e.rawValue] ?? .infinity))
            }
            if y[edge.from] && !y[edge.to] {
                sever.append(Severance(edge: e, side: .others, cost: severCosts[e.rawValue] ?? .infinity))
            }
        }
        self.sever = sever.sorted {
            let a = graph.edges[$0.edge], b = graph.edges[$1.edge]
            return (graph.itemID(a.from), graph.itemID(a.to), $0.side.rawValue, $0.edge)
                < (graph.itemID(b.from), graph.itemID(b.to), $1.side.rawValue, $1.edge)
        }
    }

    /// The plan for one separated bloc of an option (a party that separates), against all
    /// other parties.
    public init(separatingParty party: PartyIndex, in graph: EstateGraph, sharingUnsplittable: Bool = false) {
        self.init(
            separating: PartySet([party], capacity: graph.partyCount), in: graph,
            sharingUnsplittable: sharingUnsplittable)
    }
}
