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
        self.init(
            separating: parties,
            over: SeparationNetwork(graph: graph, takingPart: takingPart, sharingUnsplittable: sharingUnsplittable),
            name: name, option: option)
    }

    /// The plan of the bloc `parties` over a network built for the items taking part, which
    /// plans of other blocs may share.
    init(separating parties: PartySet, over base: SeparationNetwork, name: String?, option: String?) {
        let graph = base.graph
        let n = graph.itemCount
        let m = base.memberCount
        let members = base.members, local = base.local, keptEdges = base.keptEdges
        let flow = base.network(separating: parties)
        let cut = MaxFlow.minimumCut(flow, source: 2 * m, sink: 2 * m + 1)
        self.bloc = name ?? graph.partyIDs(parties).joined(separator: "+")
        self.parties = parties
        self.sharesUnsplittable = base.sharingUnsplittable
        self.option = option

        guard let value = cut.value else {
            var unsplittable = Set<Int>(), unseverable = Set<EdgeID>()
            for e in cut.blockingEdges(in: flow) {
                if e >= base.firstDuplicationEdge + m {
                    continue  // a source or sink edge
                } else if e >= base.firstDuplicationEdge {
                    unsplittable.insert(members[e - base.firstDuplicationEdge])
                } else {
                    unseverable.insert(keptEdges[e / 2])
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
        cost = base.units.amount(value / base.weight)
        obstacles = []
        let x = (0..<n).map { local[$0] >= 0 && cut.sourceSide[Int(local[$0])] }
        let y = (0..<n).map { local[$0] >= 0 && !cut.sourceSide[m + Int(local[$0])] }
        blocNeeds = x
        othersNeed = y
        let duplicateCosts = base.duplicateCosts
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
                sever.append(Severance(edge: e, side: .bloc, cost: base.severCosts[j] ?? .infinity))
            }
            if y[edge.from] && !y[edge.to] {
                sever.append(Severance(edge: e, side: .others, cost: base.severCosts[j] ?? .infinity))
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
