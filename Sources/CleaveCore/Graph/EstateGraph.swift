/// The estate as a compact, index-based dependency graph, built once from the model.
///
/// Items, parties and areas are numbered by their position in the `Estate` arrays; edges
/// are numbered by their position in `edges`, which is also their arc id in `dependencies`.
/// The model may come from a flawed inventory: a reference that does not resolve (or names
/// the wrong kind of thing) is left out, a self-dependency is left out, and where an id is
/// defined twice references go to the first definition.
///
/// A class, not a struct: every analysis, reporter and closure holds the graph, and a copy
/// of a reference is one retain where a copy of its fifteen arrays was fifteen.
public final class EstateGraph: Sendable {
    public let estate: Estate
    /// `a → b` for each edge (SPEC §4.1); arc `k` is `edges[k]`.
    public let dependencies: Adjacency
    /// Every edge turned round: `b → a`. Its arc ids are not edge ids: reach the edges into
    /// an item with `incomingEdges(of:)`.
    public let dependents: Adjacency
    let dependentArcEdge: [Int]
    public let edges: EstateEdges

    /// Party ids, by party index (`partyID(_:)`).
    let partyIDs: [String]
    /// The area index of each item, where its area resolves.
    public let itemArea: [Int?]
    /// The party index of each item's lead (its own, else its area's), where it resolves.
    public let itemLead: [PartyIndex?]
    let directTable: BitSetTable
    /// Item indices sorted by id (ties by position), the order of every report.
    public let itemsByID: [Int]
    /// Each item's position in `itemsByID`.
    private let itemRank: [Int32]
    /// Party indices sorted by id.
    public let partiesByID: [PartyIndex]

    let itemIndexByID: [String: Int]
    let partyIndexByID: [String: Int]
    let areaIndexByID: [String: Int]
    let optionIndexByID: [String: Int]

    /// Builds the graph of `estate`.
    /// - Complexity: O(items + edges + references), each id looked up once.
    public init(_ estate: Estate) {
        self.estate = estate
        let itemIndexByID = EstateGraph.firstIndex(estate.items.map(\.id))
        let partyIndexByID = EstateGraph.firstIndex(estate.parties.map(\.id))
        let areaIndexByID = EstateGraph.firstIndex(estate.areas.map(\.id))
        self.itemIndexByID = itemIndexByID
        self.partyIndexByID = partyIndexByID
        self.areaIndexByID = areaIndexByID
        optionIndexByID = EstateGraph.firstIndex(estate.options.map(\.id))
        partyIDs = estate.parties.map(\.id)

        var edges: [EstateEdge] = []
        // Items are read in place (`estate.items[a].field`): binding a whole item copies
        // every field, which at a million items costs more than the work itself.
        for a in estate.items.indices {
            for (n, dependency) in estate.items[a].dependsOn.enumerated() {
                guard let b = itemIndexByID[dependency.target.id], b != a else { continue }
                edges.append(
                    EstateEdge(
                        from: a, to: b, via: dependency.via,
                        severCost: dependency.severCost, origin: .dependsOn(n)))
            }
            for (n, contract) in estate.items[a].contracts.enumerated() {
                guard let c = itemIndexByID[contract.id], c != a, estate.items[c].kind == .contract else { continue }
                edges.append(EstateEdge(from: a, to: c, via: .licence, severCost: nil, origin: .contracts(n)))
            }
        }
        self.edges = EstateEdges(edges)
        dependencies = Adjacency(nodeCount: estate.items.count, arcs: edges.map { ($0.from, $0.to) })
        (dependents, dependentArcEdge) = dependencies.reversed()

        var direct = BitSetTable(rows: estate.items.count, capacity: estate.parties.count)
        var itemArea = [Int?](repeating: nil, count: estate.items.count)
        var itemLead = [PartyIndex?](repeating: nil, count: estate.items.count)
        let areaLead = estate.areas.map { partyIndexByID[$0.lead.id].map(PartyIndex.init) }
        for i in estate.items.indices {
            for user in estate.items[i].users {
                if let p = partyIndexByID[user.party.id] { direct.insert(p, into: i) }
            }
            for party in estate.items[i].parties {
                if let p = partyIndexByID[party.id] { direct.insert(p, into: i) }
            }
            itemArea[i] = areaIndexByID[estate.items[i].area.id]
            if let lead = estate.items[i].lead {
                itemLead[i] = partyIndexByID[lead.id].map(PartyIndex.init)
            } else if let area = itemArea[i] {
                itemLead[i] = areaLead[area]
            }
        }
        directTable = direct
        self.itemArea = itemArea
        self.itemLead = itemLead
        itemsByID = estate.items.indices.sorted {
            (estate.items[$0].id, $0) < (estate.items[$1].id, $1)
        }
        var itemRank = [Int32](repeating: 0, count: estate.items.count)
        for (k, i) in itemsByID.enumerated() { itemRank[i] = Int32(k) }
        self.itemRank = itemRank
        partiesByID = estate.parties.indices.sorted {
            (estate.parties[$0].id, $0) < (estate.parties[$1].id, $1)
        }.map(PartyIndex.init)
    }

    public var itemCount: Int { estate.items.count }
    public var partyCount: Int { partyIDs.count }

    public func itemIndex(_ id: String) -> Int? { itemIndexByID[id] }
    public func partyIndex(_ id: String) -> PartyIndex? { partyIndexByID[id].map(PartyIndex.init) }
    public func areaIndex(_ id: String) -> Int? { areaIndexByID[id] }
    public func optionIndex(_ id: String) -> Int? { optionIndexByID[id] }

    /// Whether item `a` comes before item `b` in report order: by id, ties by position. It
    /// compares each item's place in `itemsByID`, not the ids themselves.
    public func precedesByID(_ a: Int, _ b: Int) -> Bool { itemRank[a] < itemRank[b] }

    /// Item `i`'s place in `itemsByID`: sorting by it sorts by id (ties by position).
    public func rankByID(_ i: Int) -> Int32 { itemRank[i] }

    /// `items` in report order (see `precedesByID`).
    public func sortedByID(_ items: [Int]) -> [Int] { items.sorted(by: precedesByID) }

    /// `items` in report order, each once.
    /// - Complexity: O(n log n), with no set built: for the few neighbours of one item.
    public func sortedUniqueByID<S: Sequence<Int>>(_ items: S) -> [Int] {
        var list = Array(items)
        guard list.count > 1 else { return list }
        list.sort(by: precedesByID)
        var kept = 1
        for n in 1..<list.count where list[n] != list[kept - 1] {
            list[kept] = list[n]
            kept += 1
        }
        list.removeLast(list.count - kept)
        return list
    }

    /// Whether edge `a` comes before edge `b` in report order: by the id of the item it
    /// leaves, then of the item it reaches (each compared by rank, not as strings), then by
    /// position.
    public func precedesByEnds(_ a: EdgeID, _ b: EdgeID) -> Bool {
        let x = edges[a], y = edges[b]
        return (itemRank[x.from], itemRank[x.to], a) < (itemRank[y.from], itemRank[y.to], b)
    }

    /// Whether no two items share an id (parties, areas and options aside).
    public var itemIDsAreUnique: Bool { itemIndexByID.count == estate.items.count }

    /// The item at `index` (a copy: in loops over many items, read `estate.items[i]` in place).
    public func item(_ index: Int) -> Item { estate.items[index] }
    public func itemID(_ index: Int) -> String { estate.items[index].id }

    /// `direct(i)` (SPEC §4.2): the parties that use item `i` directly — its users, plus a
    /// contract's signatories.
    public func direct(_ item: Int) -> PartySet { PartySet(bits: directTable[item]) }

    /// The edges into `item` (those whose `to` it is), as edge ids into `edges`.
    public func incomingEdges(of item: Int) -> [EdgeID] {
        dependents.arcs(from: item).map { EdgeID(dependentArcEdge[$0]) }
    }

    /// What it costs to re-engineer edge `e` away: its own `severCost`, else the estate's
    /// default; nil when it cannot be severed. Contract edges have no own cost.
    public func severCost(ofEdge e: EdgeID) -> Double? {
        edges[e].severCost ?? estate.defaultSeverCost
    }

    /// What it costs to give one more bloc its own instance of `item`: `split.oneOffCost`,
    /// else the estate's default; nil when its strategy is `none`.
    public func duplicateCost(of item: Int) -> Double? {
        guard estate.items[item].split.strategy != .none else { return nil }
        return duplicateCostAsWritten(of: item)
    }

    /// The one-off cost the inventory gives for duplicating `item`, whatever its strategy:
    /// `split.oneOffCost`, else the estate's default. An option's `oneOffCost` counts it even
    /// for an unsplittable item (the blocker says it cannot happen).
    public func duplicateCostAsWritten(of item: Int) -> Double {
        estate.items[item].split.oneOffCost ?? estate.defaultDuplicateCost
    }

    /// Whether duplicating `item` is priced by the estate's default duplication cost
    /// (`defaults.duplicateCost`) because it gives no `split.oneOffCost`.
    public func usesDefaultDuplicateCost(_ item: Int) -> Bool {
        estate.items[item].split.oneOffCost == nil
    }

    /// Whether severing edge `e` is priced by the estate's default sever cost
    /// (`defaults.severCost`): it has no own `severCost` and the estate gives a default.
    /// Without a default such an edge cannot be severed, so it is priced by nothing.
    public func usesDefaultSeverCost(ofEdge e: EdgeID) -> Bool {
        edges[e].severCost == nil && estate.defaultSeverCost != nil
    }

    /// The id of who runs item `i` today: its lead party where it resolves, else the lead it
    /// names, else its area's lead; nil when none is given. The one answer every report and
    /// map gives.
    public func leadID(of item: Int) -> String? {
        if let lead = itemLead[item] { return partyID(lead) }
        if let named = estate.items[item].lead { return named.id }
        return itemArea[item].map { estate.areas[$0].lead.id }
    }

    /// The party ids of `set`, sorted.
    public func partyIDs(_ set: PartySet) -> [String] {
        set.map(partyID).sorted()
    }

    /// The id of party `party`.
    public func partyID(_ party: PartyIndex) -> String { partyIDs[party.rawValue] }

    /// Party `party` as the inventory gives it.
    public func party(_ party: PartyIndex) -> Party { estate.parties[party.rawValue] }

    /// Every party, in inventory order.
    public var parties: [PartyIndex] { (0..<partyCount).map(PartyIndex.init) }
}

extension EstateGraph {
    /// The position of each id's first definition.
    fileprivate static func firstIndex(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }
}
