import CleaveCore

/// User shares, where given, are not negative and add up to 100.
struct InvalidSharesRule: ValidationRule {
    static let id = "invalid-shares"
    static let summary = "User shares do not sum to 100, or are negative."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: {A: 60, B: 30}}\n",
            expect: ["5:43: user shares of 'crm' add up to 90, not 100"]),
        RuleExample(
            RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: {A: 110, B: -10}}\n",
            expect: ["5:43: user share of 'B' in 'crm' is negative (-10)"]),
    ]
    static let nonTriggering = [
        RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: {A: 62.5, B: 37.5}}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        let items = context.estate.items  // read in place: binding an item would copy every field
        return items.indices.compactMap { i in
            guard items[i].users.contains(where: { $0.share != nil }) else { return nil }
            let item = items[i], shares = item.users.compactMap(\.share)
            guard let location = item.locations["users"] else { return nil }
            if let negative = item.users.first(where: { ($0.share ?? 0) < 0 }) {
                return finding(
                    "user share of '\(negative.party.id)' in '\(item.id)' is negative (\(Wording.number(negative.share!)))",
                    at: location)
            }
            let total = shares.reduce(0, +)
            guard abs(total - 100) > 1e-6 else { return nil }
            return finding(
                "user shares of '\(item.id)' add up to \(Wording.number((total * 1e6).rounded() / 1e6)), not 100",
                at: location)
        }
    }
}
