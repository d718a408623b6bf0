import CleaveCore

/// What rules look things up in: the estate and an index of every id.
public struct ValidationContext: Sendable {
    /// What an id names.
    public enum Entity: Sendable, Equatable {
        case party, area, item(ItemKind), option

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

    public let estate: Estate
    /// The first definition of each id.
    public let entities: [String: Entity]
    public let items: [String: Item]
    public let areas: [String: Area]

    public init(estate: Estate) {
        self.estate = estate
        var entities: [String: Entity] = [:]
        for p in estate.parties where entities[p.id] == nil { entities[p.id] = .party }
        for a in estate.areas where entities[a.id] == nil { entities[a.id] = .area }
        for i in estate.items where entities[i.id] == nil { entities[i.id] = .item(i.kind) }
        for o in estate.options where entities[o.id] == nil { entities[o.id] = .option }
        self.entities = entities
        var items: [String: Item] = [:]
        for i in estate.items where items[i.id] == nil { items[i.id] = i }
        self.items = items
        var areas: [String: Area] = [:]
        for a in estate.areas where areas[a.id] == nil { areas[a.id] = a }
        self.areas = areas
    }

    /// Every id of the given sort, for "did you mean" suggestions.
    func ids(where accepts: (Entity) -> Bool) -> [String] {
        entities.filter { accepts($0.value) }.keys.sorted()
    }
}
