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
        for item in estate.items {
            sites.append(.init(reference: item.area, key: "area", expected: .area))
            if let lead = item.lead { sites.append(.init(reference: lead, key: "lead", expected: .party)) }
            sites += item.users.map { .init(reference: $0.party, key: "users", expected: .party) }
            sites += item.dependsOn.map { .init(reference: $0.target, key: "dependsOn", expected: .item) }
            sites += item.contracts.map { .init(reference: $0, key: "contracts", expected: .contract) }
            sites += item.parties.map { .init(reference: $0, key: "parties", expected: .party) }
            if let employer = item.employer {
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
