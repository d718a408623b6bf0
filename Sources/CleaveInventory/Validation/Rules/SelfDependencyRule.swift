import CleaveCore

/// An item cannot depend on itself.
struct SelfDependencyRule: ValidationRule {
    static let id = "self-dependency"
    static let summary = "An item depends on itself."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], dependsOn: [crm]}\n",
            expect: ["5:60: 'crm' depends on itself; remove it from its own dependsOn"])
    ]
    static let nonTriggering = [
        RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A], dependsOn: []}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        context.estate.items.flatMap { item in
            item.dependsOn.filter { $0.target.id == item.id }.map {
                finding("'\(item.id)' depends on itself; remove it from its own dependsOn", at: $0.target.location)
            }
                + item.contracts.filter { $0.id == item.id }.map {
                    finding("'\(item.id)' lists itself under contracts; remove it", at: $0.location)
                }
        }
    }
}
