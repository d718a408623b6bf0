import CleaveCore

/// An item or dependency whose price is the estate's default rather than its own figure:
/// duplicating an item with no `split.oneOffCost` costs `defaults.duplicateCost`, and
/// severing a `dependsOn` entry with no `severCost` costs `defaults.severCost`. Off by
/// default — most inventories start with defaults — so that a team can turn it on to find
/// the guesses behind an option's costs before a committee quotes them.
///
/// Unsplittable items (never duplicated) and dependencies with no default to fall back on
/// (never severed) are not priced by a default, so give no finding. Links to contracts
/// (`contracts:`) have no `severCost` of their own in the format, so are left out too.
struct DefaultCostRule: ValidationRule {
    static let id = "default-cost"
    static let summary = "An item or dependency priced by the estate's default cost, not its own (off by default)."
    static let defaultSeverity = Severity.off
    static let triggering = [
        RuleExample(
            header + """
                systems:
                  - {id: crm, name: CRM, area: ar, users: [A, B], dependsOn: [db, {id: web, severCost: 10}], split: {oneOffCost: 5}}
                  - {id: db, name: DB, area: ar, users: [B]}
                  - {id: web, name: Web, area: ar, users: [A], split: {strategy: none}}

                """,
            expect: [
                "5:63: 'crm' → 'db' gives no severCost, so severing it is priced at the default sever cost of £500; set its severCost",
                "6:5: 'db' gives no split.oneOffCost, so duplicating it is priced at the default duplication cost of £20,000; set split.oneOffCost",
            ])
    ]
    static let nonTriggering = [
        // Off unless the estate turns it on.
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], dependsOn: [db]}\n  - {id: db, name: DB, area: ar}\n",
        header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], dependsOn: [{id: db, severCost: 0}], split: {oneOffCost: 0}}\n"
            + "  - {id: db, name: DB, area: ar, split: {strategy: none}}\n",
    ]

    /// An estate that turns the rule on and gives both defaults.
    private static let header = """
        estate: {name: Example, defaults: {duplicateCost: 20000, severCost: 500}, rules: {default-cost: warning}}
        parties: [{id: A, name: Alpha}, {id: B, name: Beta}]
        areas: [{id: ar, name: Area, lead: A}]

        """

    static func check(_ context: ValidationContext) -> [Finding] {
        let estate = context.estate
        let money = Money(currency: estate.currency)
        var findings: [Finding] = []
        for item in estate.items {
            if item.split.strategy != .none && item.split.oneOffCost == nil {
                findings.append(
                    finding(
                        duplicateMessage(item.id, money.format(estate.defaultDuplicateCost)),
                        at: item.location))
            }
            guard let severCost = estate.defaultSeverCost else { continue }
            for dependency in item.dependsOn
            where dependency.severCost == nil && dependency.target.id != item.id
                && context.item(dependency.target.id) != nil
            {
                findings.append(
                    finding(
                        severMessage(item.id, dependency.target.id, money.format(severCost)),
                        at: dependency.target.location))
            }
        }
        return findings
    }
}

extension DefaultCostRule {
    private static func duplicateMessage(_ item: String, _ cost: String) -> String {
        "'\(item)' gives no split.oneOffCost, so duplicating it is priced at the default duplication cost of \(cost); set split.oneOffCost"
    }

    private static func severMessage(_ from: String, _ to: String, _ cost: String) -> String {
        "'\(from)' → '\(to)' gives no severCost, so severing it is priced at the default sever cost of \(cost); set its severCost"
    }
}
