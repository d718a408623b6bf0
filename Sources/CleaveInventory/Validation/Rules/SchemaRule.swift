import CleaveCore

/// The loader reports these: unknown keys or sections, wrong types, bad values, missing keys.
struct SchemaRule: LoaderRule {
    static let id = "schema"
    static let summary = "An unknown key or section, a value of the wrong type, or a missing required key."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(RuleExample.header + "systems:\n  - {id: s1, name: S1, area: ar, users: [A], dependson: [s2]}\n",
                    expect: ["5:46: unknown key 'dependson' in a system; did you mean 'dependsOn'?"]),
        RuleExample(RuleExample.header + "systems:\n  - {id: s1, area: ar, users: [A], annualCost: lots}\n",
                    expect: ["5:5: a system is missing required key 'name'",
                             "5:48: annualCost: expected a number ≥ 0, found 'lots'"]),
        RuleExample(RuleExample.header + "system: []\n",
                    expect: ["4:1: unknown section 'system' in an inventory file; did you mean 'systems'?"]),
    ]
    static let nonTriggering = [RuleExample.header + "systems:\n  - {id: s1, name: S1, area: ar, users: [A], annualCost: 1200}\n"]
}

extension RuleExample {
    /// The first three lines every example starts with: an estate, two parties and an area.
    static let header = """
        estate: {name: Example, asOf: 2026-01-01}
        parties: [{id: A, name: Alpha}, {id: B, name: Beta}]
        areas: [{id: ar, name: Area, lead: A}, {id: bs, name: Business, lead: A, inScope: false}]

        """
}
