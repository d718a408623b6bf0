import CleaveCore

/// What rules look things up in: the estate's graph (references resolved, first
/// definitions winning) and what each id names.
public struct ValidationContext: Sendable {
    /// What an id names.
    public enum Entity: Sendable, Equatable {
        case party, area
        case item(ItemKind)
        case option

        var noun: String {
            switch self {
            case .party: "a party"
            case .area: "an area"
            case .option: "an option"
            case .item(.data): "a data set"
            case .item(let kind): (kind == .infrastructure ? "an " : "a ") + kind.rawValue
            }
        }
    }

    public let graph: EstateGraph
    /// The first definition of each id, whatever it names.
    public let entities: [String: Entity]

    public var estate: Estate { graph.estate }

    public init(estate: Estate) {
        graph = EstateGraph(estate)
        var entities: [String: Entity] = [:]
        for p in estate.parties where entities[p.id] == nil { entities[p.id] = .party }
        for a in estate.areas where entities[a.id] == nil { entities[a.id] = .area }
        entities.reserveCapacity(estate.items.count + estate.parties.count + estate.areas.count)
        // Items are read in place: binding a whole item would copy every field.
        for i in estate.items.indices where entities[estate.items[i].id] == nil {
            entities[estate.items[i].id] = .item(estate.items[i].kind)
        }
        for o in estate.options where entities[o.id] == nil { entities[o.id] = .option }
        self.entities = entities
    }

    /// The first item with this id.
    public func item(_ id: String) -> Item? { graph.itemIndex(id).map { estate.items[$0] } }

    /// The first area with this id.
    public func area(_ id: String) -> Area? { graph.areaIndex(id).map { estate.areas[$0] } }

    /// Every id of the given sort, for "did you mean" suggestions.
    func ids(where accepts: (Entity) -> Bool) -> [String] {
        entities.filter { accepts($0.value) }.keys.sorted()
    }
}
