import CleaveCore

/// A contract that no item lists under `contracts:`.
struct UnusedContractRule: ValidationRule {
    static let id = "unused-contract"
    static let summary = "A contract that covers no item."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S, parties: [A]}\n",
            expect: ["7:5: contract 'c1' covers no item; list it under `contracts:` of what it covers"])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], contracts: [c1]}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S, parties: [A]}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        let graph = context.graph
        let items = graph.estate.items  // read in place: binding an item would copy every field
        return items.indices.compactMap { i in
            guard items[i].kind == .contract else { return nil }
            let covered = graph.incomingEdges(of: i).contains {
                if case .contracts = graph.edges[$0].origin { true } else { false }
            }
            guard !covered else { return nil }
            return finding(
                "contract '\(items[i].id)' covers no item; list it under `contracts:` of what it covers",
                at: items[i].location)
        }
    }
}
