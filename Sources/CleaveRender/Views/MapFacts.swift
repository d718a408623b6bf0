import CleaveCore

/// What every view draws from: the estate graph and its entanglement, computed once per
/// render run, plus the lookups the drawing needs.
///
/// Items, areas and parties are referred to by their index in the `Estate` arrays, as in
/// `EstateGraph`. The estate has been validated before a render, but lookups still
/// tolerate dangling references: a map of a flawed estate shows what it can.
public struct MapFacts: Sendable {
    /// The analyses the views read (options, plans, roadmaps), each computed once however
    /// many views ask.
    public let analysis: EstateAnalysis
    public let graph: EstateGraph
    public let entanglement: Entanglement
    public let palette: PartyPalette
    /// Area indices sorted by id.
    public let areasByID: [Int]
    /// The lead party id of each item (its own, else its area's), where it resolves.
    public let itemLead: [String?]
    /// One entry per ordered pair of items with edges between them, sorted by ids.
    public let links: [Link]

    private let partyNameByID: [String: String]

    /// `from` depends on `to` through `edges` (ids into `graph.edges`), whose vias are `vias`.
    ///
    /// Parallel edges are drawn as one: Graphviz 2.42 aborts on some graphs with parallel
    /// edges between clusters, and one line per pair reads better anyway.
    public struct Link: Sendable, Equatable {
        public let from: Int
        public let to: Int
        public let edges: [EdgeID]
        /// Sorted in `Via.allCases` order, no repeats.
        public let vias: [Via]
    }

    public init(estate: Estate) {
        self.init(analysis: EstateAnalysis(EstateGraph(estate)))
    }

    /// The facts of an estate whose graph and entanglement are already computed.
    public init(entanglement: Entanglement) {
        self.init(analysis: EstateAnalysis(entanglement: entanglement))
    }

    /// The facts of the estate `analysis` analyses.
    public init(analysis: EstateAnalysis) {
        let entanglement = analysis.entanglement
        let graph = entanglement.graph, estate = graph.estate
        self.analysis = analysis
        self.graph = graph
        self.entanglement = entanglement
        palette = PartyPalette(parties: estate.parties)
        var names: [String: String] = [:]
        for party in estate.parties where names[party.id] == nil { names[party.id] = party.name }
        partyNameByID = names
        areasByID = estate.areas.indices.sorted { (estate.areas[$0].id, $0) < (estate.areas[$1].id, $1) }
        itemLead = graph.itemLead.map { $0.map(graph.partyID) }

        // Edges in the order of their ends' ids (ranks, integers: a mesh of millions of
        // edges is not sorted by strings), then grouped into one link per ordered pair.
        let order = Dictionary(uniqueKeysWithValues: Via.allCases.enumerated().map { ($1, $0) })
        let edges = graph.edges
        let sorted = edges.indices.sorted(by: graph.precedesByEnds)
        var links: [Link] = []
        var start = 0
        while start < sorted.count {
            let first = edges[sorted[start]]
            var end = start + 1
            while end < sorted.count, edges[sorted[end]].from == first.from, edges[sorted[end]].to == first.to {
                end += 1
            }
            let run = Array(sorted[start..<end])
            links.append(
                Link(
                    from: first.from, to: first.to, edges: run,
                    vias: Set(run.map { edges[$0].via }).sorted { order[$0]! < order[$1]! }))
            start = end
        }
        self.links = links
    }

    public var estate: Estate { graph.estate }
    /// Item indices sorted by id.
    public var itemsByID: [Int] { graph.itemsByID }
    /// The area index of each item, where its area resolves.
    public var itemArea: [Int?] { graph.itemArea }

    public func itemIndex(_ id: String) -> Int? { graph.itemIndex(id) }
    public func partyName(_ id: String) -> String? { partyNameByID[id] }

    /// `direct(i)`: users, plus a contract's signatories, as sorted party ids.
    public func direct(_ item: Int) -> [String] { graph.partyIDs(graph.direct(item)) }
}
