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
        let items = context.estate.items  // read in place: binding an item would copy every field
        var findings: [Finding] = []
        for i in items.indices {
            let id = items[i].id
            for dependency in items[i].dependsOn where dependency.target.id == id {
                findings.append(
                    finding(
                        "'\(id)' depends on itself; remove it from its own dependsOn", at: dependency.target.location))
            }
            for contract in items[i].contracts where contract.id == id {
                findings.append(finding("'\(id)' lists itself under contracts; remove it", at: contract.location))
            }
        }
        return findings
    }
}
