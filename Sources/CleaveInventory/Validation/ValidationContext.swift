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
    /// The index in `estate.items` of the first item with each id.
    public let itemIndex: [String: Int]
    /// The index in `estate.areas` of the first area with each id.
    public let areaIndex: [String: Int]

    public init(estate: Estate) {
        self.estate = estate
        var entities: [String: Entity] = [:]
        for p in estate.parties where entities[p.id] == nil { entities[p.id] = .party }
        for a in estate.areas where entities[a.id] == nil { entities[a.id] = .area }
        for i in estate.items where entities[i.id] == nil { entities[i.id] = .item(i.kind) }
        for o in estate.options where entities[o.id] == nil { entities[o.id] = .option }
        self.entities = entities
        var itemIndex: [String: Int] = [:]
        for (n, i) in estate.items.enumerated() where itemIndex[i.id] == nil { itemIndex[i.id] = n }
        self.itemIndex = itemIndex
        var areaIndex: [String: Int] = [:]
        for (n, a) in estate.areas.enumerated() where areaIndex[a.id] == nil { areaIndex[a.id] = n }
        self.areaIndex = areaIndex
    }

    /// The first item with this id.
    public func item(_ id: String) -> Item? { itemIndex[id].map { estate.items[$0] } }

    /// The first area with this id.
    public func area(_ id: String) -> Area? { areaIndex[id].map { estate.areas[$0] } }

    /// Every id of the given sort, for "did you mean" suggestions.
    func ids(where accepts: (Entity) -> Bool) -> [String] {
        entities.filter { accepts($0.value) }.keys.sorted()
    }
}
