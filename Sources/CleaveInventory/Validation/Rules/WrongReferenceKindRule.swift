import CleaveCore

/// A reference must name the right kind of thing: `contracts:` a contract, `lead:` a party.
struct WrongReferenceKindRule: ValidationRule {
    static let id = "wrong-reference-kind"
    static let summary = "A reference names the wrong kind of thing (e.g. `contracts:` names a system)."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: ar, lead: ar, users: [A], contracts: [crm]}\n",
            expect: [
                "5:42: lead: 'ar' is an area, not a party",
                "5:70: contracts: 'crm' is a system, not a contract",
            ])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, lead: B, users: [A], contracts: [c1]}\ncontracts:\n  - {id: c1, name: C1, area: ar, supplier: S}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        ReferenceSite.forEach(in: context.estate) { site in
            guard let entity = context.entity(site.reference.id), !site.expected.accepts(entity) else { return }
            let article = site.expected == .area || site.expected == .item ? "an" : "a"
            findings.append(
                finding(
                    "\(site.key): '\(site.reference.id)' is \(entity.noun), not \(article) \(site.expected.noun)",
                    at: site.reference.location))
        }
        return findings
    }
}
