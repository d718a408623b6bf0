import CleaveCore

/// What every view needs to look up about an estate, computed once per render run.
///
/// Items, areas and parties are referred to by their index in the `Estate` arrays. The
/// estate has been validated before a render, but lookups still tolerate dangling
/// references: a map of a flawed estate should show what it can.
public struct MapFacts: Sendable {
    public let estate: Estate
    public let palette: PartyPalette
    /// Item indices sorted by id.
    public let itemsByID: [Int]
    /// Area indices sorted by id.
    public let areasByID: [Int]
    /// The area index of each item, where its area resolves.
    public let itemArea: [Int?]
    /// The lead party id of each item (its own, else its area's), where it resolves.
    public let itemLead: [String?]
    /// One entry per ordered pair of items that depend on each other, sorted.
    public let links: [Link]

    private let itemIndexByID: [String: Int]
    private let partyNameByID: [String: String]

    /// `from` depends on `to`, through each `via` listed (sorted, no repeats).
    public struct Link: Sendable, Equatable {
        public let from: Int
        public let to: Int
        public let vias: [Via]
    }

    public init(estate: Estate) {
        self.estate = estate
        palette = PartyPalette(parties: estate.parties)
        var itemIndex: [String: Int] = [:]
        for (index, item) in estate.items.enumerated() where itemIndex[item.id] == nil { itemIndex[item.id] = index }
        itemIndexByID = itemIndex
        var areaIndex: [String: Int] = [:]
        for (index, area) in estate.areas.enumerated() where areaIndex[area.id] == nil { areaIndex[area.id] = index }
        var names: [String: String] = [:]
        for party in estate.parties where names[party.id] == nil { names[party.id] = party.name }
        partyNameByID = names

        itemsByID = estate.items.indices.sorted { (estate.items[$0].id, $0) < (estate.items[$1].id, $1) }
        areasByID = estate.areas.indices.sorted { (estate.areas[$0].id, $0) < (estate.areas[$1].id, $1) }
        itemArea = estate.items.map { areaIndex[$0.area.id] }
        itemLead = estate.items.indices.map { index in
            let item = estate.items[index]
            let lead = item.lead?.id ?? areaIndex[item.area.id].map { estate.areas[$0].lead.id }
            return lead.flatMap { names[$0] != nil ? $0 : nil }
        }

        var vias: [Int: [Int: Set<Via>]] = [:]
        for (from, item) in estate.items.enumerated() {
            for dependency in item.dependsOn {
                if let to = itemIndex[dependency.target.id], to != from { vias[from, default: [:]][to, default: []].insert(dependency.via) }
            }
            for contract in item.contracts {
                if let to = itemIndex[contract.id], to != from, estate.items[to].kind == .contract {
                    vias[from, default: [:]][to, default: []].insert(.licence)
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: Via.allCases.enumerated().map { ($1, $0) })
        links = vias.flatMap { from, targets in
            targets.map { to, set in Link(from: from, to: to, vias: set.sorted { order[$0]! < order[$1]! }) }
        }.sorted { (estate.items[$0.from].id, estate.items[$0.to].id, $0.from, $0.to)
            < (estate.items[$1.from].id, estate.items[$1.to].id, $1.from, $1.to) }
    }

    public func itemIndex(_ id: String) -> Int? { itemIndexByID[id] }
    public func partyName(_ id: String) -> String? { partyNameByID[id] }

    /// `direct(i)`: users, plus a contract's signatories, as sorted known party ids.
    public func direct(_ item: Int) -> [String] {
        let it = estate.items[item]
        let ids = it.users.map(\.party.id) + (it.kind == .contract ? it.parties.map(\.id) : [])
        return Array(Set(ids.filter { partyNameByID[$0] != nil })).sorted()
    }
}
