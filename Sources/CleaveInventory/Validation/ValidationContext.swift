import CleaveCore

/// What rules look things up in: the estate's graph (references resolved, first
/// definitions winning), which also tells what each id names.
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

    public var estate: Estate { graph.estate }

    public init(estate: Estate) {
        graph = EstateGraph(estate)
    }

    /// What the first definition of `id` names, whatever it is: parties are looked at
    /// first, then areas, items and options.
    public func entity(_ id: String) -> Entity? {
        if graph.partyIndex(id) != nil { return .party }
        if graph.areaIndex(id) != nil { return .area }
        if let i = graph.itemIndex(id) { return .item(estate.items[i].kind) }
        if graph.optionIndex(id) != nil { return .option }
        return nil
    }

    /// The first item with this id.
    public func item(_ id: String) -> Item? { graph.itemIndex(id).map { estate.items[$0] } }

    /// The first area with this id.
    public func area(_ id: String) -> Area? { graph.areaIndex(id).map { estate.areas[$0] } }

    /// Every id of the given sort, for "did you mean" suggestions.
    func ids(where accepts: (Entity) -> Bool) -> [String] {
        let ids = estate.parties.map(\.id) + estate.areas.map(\.id) + estate.items.map(\.id) + estate.options.map(\.id)
        return Set(ids).filter { entity($0).map(accepts) ?? false }.sorted()
    }
}
