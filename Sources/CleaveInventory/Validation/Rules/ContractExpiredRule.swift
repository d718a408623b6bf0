import CleaveCore

/// A contract that ended before the date the inventory describes.
struct ContractExpiredRule: ValidationRule {
    static let id = "contract-expired"
    static let summary = "A contract ended before estate.asOf."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], contracts: [c1]}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S, end: 2025-12-31}\n",
            expect: [
                "7:52: contract 'c1' ended on 2025-12-31, before the inventory's date (2026-01-01); renew it or record its successor"
            ])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], contracts: [c1]}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S, end: 2026-01-01}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        guard let asOf = context.estate.asOf else { return [] }
        let items = context.estate.items  // read in place: binding an item would copy every field
        return items.indices.compactMap { i in
            guard items[i].kind == .contract, let end = items[i].end, end < asOf else { return nil }
            return finding(
                "contract '\(items[i].id)' ended on \(end), before the inventory's date (\(asOf)); renew it or record its successor",
                at: items[i].locations["end"] ?? items[i].location)
        }
    }
}
