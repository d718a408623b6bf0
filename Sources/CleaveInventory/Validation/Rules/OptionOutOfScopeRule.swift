import CleaveCore

/// An option may not split an area that is out of scope, or an item in one.
struct OptionOutOfScopeRule: ValidationRule {
    static let id = "option-out-of-scope"
    static let summary = "An option splits an item or area whose area is `inScope: false`."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: erp, name: ERP, area: bs, users: [A, B]}\noptions:\n  - {id: o1, name: O1, areas: {bs: split}, items: {erp: split}}\n",
            expect: [
                "7:32: option 'o1' splits area 'bs', which is out of scope (inScope: false)",
                "7:52: option 'o1' splits 'erp', whose area 'bs' is out of scope (inScope: false)",
            ])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: erp, name: ERP, area: bs, users: [A, B]}\noptions:\n  - {id: o1, name: O1, default: split, areas: {ar: split}}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        context.estate.options.flatMap { option in
            let areas: [Finding] = option.areas.compactMap { ref, disposition in
                guard disposition == .split, context.area(ref.id)?.inScope == false else { return nil }
                return finding(
                    "option '\(option.id)' splits area '\(ref.id)', which is out of scope (inScope: false)",
                    at: ref.location)
            }
            let items: [Finding] = option.items.compactMap { ref, disposition in
                guard disposition == .split, let item = context.item(ref.id),
                    context.area(item.area.id)?.inScope == false
                else { return nil }
                return finding(
                    "option '\(option.id)' splits '\(ref.id)', whose area '\(item.area.id)' is out of scope (inScope: false)",
                    at: ref.location)
            }
            return areas + items
        }
    }
}
