import CleaveCore

/// An item nobody uses directly and nothing depends on. (A contract that covers nothing is
/// `unused-contract`'s finding instead.)
struct OrphanRule: ValidationRule {
    static let id = "orphan"
    static let summary = "An item nobody needs (no users, nothing depends on it)."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\n  - {id: old, name: Old CRM, area: ar}\n",
            expect: ["6:5: 'old' has no users and nothing depends on it; add users, or retire it from the inventory"])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], dependsOn: [db], contracts: [c1]}\n  - {id: db, name: DB, area: ar}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        let graph = context.graph
        let items = graph.estate.items  // read in place: binding an item would copy every field
        return items.indices.compactMap { i in
            guard items[i].kind != .contract, items[i].users.isEmpty, graph.dependents.neighbours(of: i).isEmpty
            else { return nil }
            return finding(
                "'\(items[i].id)' has no users and nothing depends on it; add users, or retire it from the inventory",
                at: items[i].location)
        }
    }
}
