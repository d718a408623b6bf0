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

    /// Calls `body` with every reference site, in inventory order, building no list.
    static func forEach(in estate: Estate, _ body: (ReferenceSite) -> Void) {
        for area in estate.areas {
            body(.init(reference: area.lead, key: "lead", expected: .party))
        }
        // Items are read in place: binding a whole item would copy every field.
        for i in estate.items.indices {
            body(.init(reference: estate.items[i].area, key: "area", expected: .area))
            if let lead = estate.items[i].lead { body(.init(reference: lead, key: "lead", expected: .party)) }
            for user in estate.items[i].users { body(.init(reference: user.party, key: "users", expected: .party)) }
            for dependency in estate.items[i].dependsOn {
                body(.init(reference: dependency.target, key: "dependsOn", expected: .item))
            }
            for contract in estate.items[i].contracts {
                body(.init(reference: contract, key: "contracts", expected: .contract))
            }
            for party in estate.items[i].parties { body(.init(reference: party, key: "parties", expected: .party)) }
            if let employer = estate.items[i].employer {
                body(.init(reference: employer, key: "employer", expected: .party))
            }
        }
        for option in estate.options {
            for party in option.separate ?? [] { body(.init(reference: party, key: "separate", expected: .party)) }
            for area in option.areas { body(.init(reference: area.area, key: "areas", expected: .area)) }
            for item in option.items { body(.init(reference: item.item, key: "items", expected: .item)) }
        }
    }
}
