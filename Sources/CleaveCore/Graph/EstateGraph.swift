/// The estate as a compact, index-based dependency graph, built once from the model.
///
/// Items, parties and areas are numbered by their position in the `Estate` arrays; edges
/// are numbered by their position in `edges`, which is also their arc id in `dependencies`.
/// The model may come from a flawed inventory: a reference that does not resolve (or names
/// the wrong kind of thing) is left out, a self-dependency is left out, and where an id is
/// defined twice references go to the first definition.
public struct EstateGraph: Sendable {
    public let estate: Estate
    /// `a → b` for each edge (SPEC §4.1); arc `k` is `edges[k]`.
    public let dependencies: Adjacency
    /// Every edge turned round: `b → a`. See `edge(ofDependentArc:)`.
    public let dependents: Adjacency
    let dependentArcEdge: [Int]
    public let edges: [EstateEdge]

    /// Party ids, by party index.
    public let partyIDs: [String]
    /// The area index of each item, where its area resolves.
    public let itemArea: [Int?]
    /// The party index of each item's lead (its own, else its area's), where it resolves.
    public let itemLead: [Int?]
    let directTable: BitSetTable
    /// Item indices sorted by id (ties by position), the order of every report.
    public let itemsByID: [Int]
    /// Party indices sorted by id.
    public let partiesByID: [Int]

    let itemIndexByID: [String: Int]
    let partyIndexByID: [String: Int]
    let areaIndexByID: [String: Int]
    let optionIndexByID: [String: Int]

    public var itemCount: Int { estate.items.count }
    public var partyCount: Int { partyIDs.count }

    public func itemIndex(_ id: String) -> Int? { itemIndexByID[id] }
    public func partyIndex(_ id: String) -> Int? { partyIndexByID[id] }
    public func areaIndex(_ id: String) -> Int? { areaIndexByID[id] }
    public func optionIndex(_ id: String) -> Int? { optionIndexByID[id] }

    /// The item at `index` (a copy: in loops over many items, read `estate.items[i]` in place).
    public func item(_ index: Int) -> Item { estate.items[index] }
    public func itemID(_ index: Int) -> String { estate.items[index].id }

    /// `direct(i)` (SPEC §4.2): the parties that use item `i` directly — its users, plus a
    /// contract's signatories.
    public func direct(_ item: Int) -> FixedBitSet { directTable[item] }

    /// The edge behind arc `arc` of `dependents`.
    public func edge(ofDependentArc arc: Int) -> Int { dependentArcEdge[arc] }

    /// What it costs to re-engineer edge `e` away: its own `severCost`, else the estate's
    /// default; nil when it cannot be severed. Contract edges have no own cost.
    public func severCost(ofEdge e: Int) -> Double? {
        edges[e].severCost ?? estate.defaultSeverCost
    }

    /// What it costs to give one more bloc its own instance of `item`: `split.oneOffCost`,
    /// else the estate's default; nil when its strategy is `none`.
    public func duplicateCost(of item: Int) -> Double? {
        estate.items[item].split.strategy == .none ? nil : oneOffCost(of: item)
    }

    /// `split.oneOffCost` of `item`, else the estate's default (SPEC §2.4), whatever its
    /// strategy: the price an option is charged for each extra instance it asks for.
    public func oneOffCost(of item: Int) -> Double {
        estate.items[item].split.oneOffCost ?? estate.defaultDuplicateCost
    }

    /// The id of who runs item `i` today: its lead party where it resolves, else the lead it
    /// names, else its area's lead; nil when none is given. The one answer every report and
    /// map gives.
    public func leadID(of item: Int) -> String? {
        if let lead = itemLead[item] { return partyIDs[lead] }
        if let named = estate.items[item].lead { return named.id }
        return itemArea[item].map { estate.areas[$0].lead.id }
    }

    /// The party ids of `set`, sorted.
    public func partyIDs(_ set: FixedBitSet) -> [String] {
        set.map { partyIDs[$0] }.sorted()
    }
}
