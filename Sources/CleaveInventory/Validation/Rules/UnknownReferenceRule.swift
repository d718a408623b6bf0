import CleaveCore

/// A reference must name an id that exists.
struct UnknownReferenceRule: ValidationRule {
    static let id = "unknown-reference"
    static let summary = "A reference to an id that does not exist."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\n  - {id: web, name: Web, area: ar, users: [A], dependsOn: [cmr]}\n",
                    expect: ["6:60: dependsOn: no item has the id 'cmr'; did you mean 'crm'?"]),
        RuleExample(RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: digital, users: [A, NNC]}\n",
                    expect: ["5:32: area: no area has the id 'digital'",
                             "5:52: users: no party has the id 'NNC'"]),
    ]
    static let nonTriggering = [RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\n  - {id: web, name: Web, area: ar, users: [A], dependsOn: [crm]}\n"]

    static func check(_ context: ValidationContext) -> [Finding] {
        ReferenceSite.all(in: context.estate).compactMap { site in
            guard context.entities[site.reference.id] == nil else { return nil }
            let suggestion = Suggestion.closest(to: site.reference.id, among: context.ids(where: site.expected.accepts))
            return finding("\(site.key): no \(site.expected.noun) has the id '\(site.reference.id)'\(Suggestion.phrase(suggestion))",
                           at: site.reference.location, suggestion: suggestion)
        }
    }
}
