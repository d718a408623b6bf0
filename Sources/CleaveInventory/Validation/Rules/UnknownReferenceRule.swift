import CleaveCore

/// A reference must name an id that exists.
struct UnknownReferenceRule: ValidationRule {
    static let id = "unknown-reference"
    static let summary = "A reference to an id that does not exist."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\n  - {id: web, name: Web, area: ar, users: [A], dependsOn: [cmr]}\n",
            expect: ["6:60: dependsOn: no item has the id 'cmr'; did you mean 'crm'?"]),
        RuleExample(
            RuleExample.header + "systems:\n  - {id: crm, name: CRM, area: digital, users: [A, NNC]}\n",
            expect: [
                "5:32: area: no area has the id 'digital'",
                "5:52: users: no party has the id 'NNC'",
            ]),
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: crm, name: CRM, area: area, users: [alpha]}\n  - {id: web, name: Web, area: ar, users: [A], dependsOn: [crm]}\n",
            expect: [
                "5:32: area: 'area' is the name of area 'ar'; write ar",
                "5:46: users: 'alpha' is the name of party 'A'; write A",
            ]),
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: crm, name: CRM, area: ar, users: [A]}\n  - {id: web, name: Web, area: ar, users: [A], dependsOn: [crm]}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        var unknown: [ReferenceSite] = []
        ReferenceSite.forEach(in: context.estate) { site in
            if context.entity(site.reference.id) == nil { unknown.append(site) }
        }
        guard !unknown.isEmpty else { return [] }
        // Names and candidates are gathered only when some reference needs them.
        let names = NameIndex(context.estate)
        return unknown.map { site in
            if let named = names.entity(named: site.reference.id, accepts: site.expected.accepts) {
                return finding(
                    "\(site.key): '\(site.reference.id)' is the name of \(site.expected.noun) '\(named)'; write \(named)",
                    at: site.reference.location, suggestion: named)
            }
            let suggestion = Suggestion.closest(to: site.reference.id, among: context.ids(where: site.expected.accepts))
            return finding(
                "\(site.key): no \(site.expected.noun) has the id '\(site.reference.id)'\(Suggestion.phrase(suggestion))",
                at: site.reference.location, suggestion: suggestion)
        }
    }
}

/// The ids of the parties, areas and items by name, ignoring case, for references that give
/// a name where an id belongs. A name that several entities share names none of them.
private struct NameIndex {
    private var ids: [String: [(id: String, entity: ValidationContext.Entity)]] = [:]

    init(_ estate: Estate) {
        for p in estate.parties { ids[p.name.lowercased(), default: []].append((p.id, .party)) }
        for a in estate.areas { ids[a.name.lowercased(), default: []].append((a.id, .area)) }
        for i in estate.items { ids[i.name.lowercased(), default: []].append((i.id, .item(i.kind))) }
    }

    func entity(named name: String, accepts: (ValidationContext.Entity) -> Bool) -> String? {
        let matches = Set((ids[name.lowercased()] ?? []).filter { accepts($0.entity) }.map(\.id))
        return matches.count == 1 ? matches.first : nil
    }
}
