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
        let takesPart = takingPart ?? [Bool](repeating: true, count: n)
        // The network holds only what takes part: member k is item members[k], and keptEdges
        // are the edges between members. Left out, the others would be isolated nodes.
        let members = takingPart == nil ? Array(0..<n) : (0..<n).filter { takesPart[$0] }
        let keptEdges = graph.edges.indices.filter {
            takesPart[graph.edges[$0].from] && takesPart[graph.edges[$0].to]
        }
        var local = [Int](repeating: -1, count: n)
        for (k, i) in members.enumerated() { local[i] = k }
        let m = members.count
        let source = 2 * m, sink = 2 * m + 1
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

        // Node X(k) is k, Z(k) = m + k, where z = 1 − y.
        var network = FlowNetwork(nodeCount: 2 * m + 2, edgeCapacity: 3 * m + 2 * keptEdges.count)
        for (k, i) in members.enumerated() {
            if graph.directTable.intersects(i, parties.bits) {
                network.addEdge(from: source, to: k, capacity: .infinite)
            }
            if graph.directTable.hasMember(i, outside: parties.bits) {
                network.addEdge(from: m + k, to: sink, capacity: .infinite)
            }
        }
        let firstDependencyEdge = network.edgeCount
        for (j, e) in keptEdges.enumerated() {
            let a = local[graph.edges[e].from], b = local[graph.edges[e].to]
            network.addEdge(from: a, to: b, capacity: capacity(severCosts[j]))
            network.addEdge(from: m + b, to: m + a, capacity: capacity(severCosts[j]))
        }
        let firstDuplicationEdge = network.edgeCount
        for k in 0..<m {
            let unsplittable = duplicateCosts[k] == nil
            network.addEdge(
                from: k, to: m + k,
                capacity: unsplittable && sharingUnsplittable ? .finite(1) : capacity(duplicateCosts[k]))
        }

        let cut = MaxFlow.minimumCut(network, source: source, sink: sink)
        self.bloc = name ?? graph.partyIDs(parties).joined(separator: "+")
        self.parties = parties
        self.sharesUnsplittable = sharingUnsplittable
        self.option = option

        guard let value = cut.value else {
            var unsplittable = Set<Int>(), unseverable = Set<EdgeID>()
            for e in cut.blockingEdges(in: network) {
                if e >= firstDuplicationEdge {
                    unsplittable.insert(members[e - firstDuplicationEdge])
                } else if e >= firstDependencyEdge {
                    unseverable.insert(keptEdges[(e - firstDependencyEdge) / 2])
                }
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
                graph.sortedByID(Array(unsplittable)).map { .unsplittable(item: $0) }
                + unseverable.sorted(by: graph.precedesByEnds).map { .unseverable(edge: $0) }
            return
        }
        feasible = true
        cost = units.amount(value / weight)
        obstacles = []
        let x = (0..<n).map { local[$0] >= 0 && cut.sourceSide[local[$0]] }
        let y = (0..<n).map { local[$0] >= 0 && !cut.sourceSide[m + local[$0]] }
        blocNeeds = x
        othersNeed = y
        duplicate = graph.sortedByID(
            members.indices.filter { x[members[$0]] && y[members[$0]] && duplicateCosts[$0] != nil }.map { members[$0] }
        )
        shared = graph.sortedByID(
            members.indices.filter { x[members[$0]] && y[members[$0]] && duplicateCosts[$0] == nil }.map { members[$0] }
        )
        moveToBloc = graph.sortedByID((0..<n).filter { x[$0] && !y[$0] })
        var sever: [Severance] = []
        for (j, e) in keptEdges.enumerated() {
            let edge = graph.edges[e]
            if x[edge.from] && !x[edge.to] {
                sever.append(Severance(edge: e, side: .bloc, cost: severCosts[j] ?? .infinity))
            }
            if y[edge.from] && !y[edge.to] {
                sever.append(Severance(edge: e, side: .others, cost: severCosts[j] ?? .infinity))
            }
        }
        self.sever = sever.sorted {
            let a = graph.edges[$0.edge], b = graph.edges[$1.edge]
            return (graph.rankByID(a.from), graph.rankByID(a.to), $0.side.rawValue, $0.edge)
                < (graph.rankByID(b.from), graph.rankByID(b.to), $1.side.rawValue, $1.edge)
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
