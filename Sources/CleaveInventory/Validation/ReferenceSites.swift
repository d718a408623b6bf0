import CleaveCore

/// Every place the inventory refers to another id, with what kind of thing it must name.
struct ReferenceSite {
    enum Expected {
        case party, area, item, contract

        func accepts(_ entity: ValidationContext.Entity) -> Bool {
            switch (self, entity) {
            case (.party, .party), (.area, .area), (.item, .item), (.contract, .item(.contract)): true
            default: false
            }
        }

        var noun: String {
            switch self {
            case .party: "party"
            case .area: "area"
            case .item: "item"
            case .contract: "contract"
            }
        }
    }

    var reference: Reference
    /// The key it was written under, as the user wrote it (`dependsOn`, `lead`).
    var key: String
    var expected: Expected

    static func all(in estate: Estate) -> [ReferenceSite] {
        var sites: [ReferenceSite] = []
        for area in estate.areas {
            sites.append(.init(reference: area.lead, key: "lead", expected: .party))
        }
        // Items are read in place: binding a whole item would copy every field.
        for i in estate.items.indices {
            sites.append(.init(reference: estate.items[i].area, key: "area", expected: .area))
            if let lead = estate.items[i].lead { sites.append(.init(reference: lead, key: "lead", expected: .party)) }
            sites += estate.items[i].users.map { .init(reference: $0.party, key: "users", expected: .party) }
            sites += estate.items[i].dependsOn.map { .init(reference: $0.target, key: "dependsOn", expected: .item) }
            sites += estate.items[i].contracts.map { .init(reference: $0, key: "contracts", expected: .contract) }
            sites += estate.items[i].parties.map { .init(reference: $0, key: "parties", expected: .party) }
            if let employer = estate.items[i].employer {
                sites.append(.init(reference: employer, key: "employer", expected: .party))
            }
        }
        for option in estate.options {
            sites += (option.separate ?? []).map { .init(reference: $0, key: "separate", expected: .party) }
            sites += option.areas.map { .init(reference: $0.area, key: "areas", expected: .area) }
            sites += option.items.map { .init(reference: $0.item, key: "items", expected: .item) }
        }
        return sites
    }
}
