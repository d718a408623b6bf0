import CleaveCore

/// An option's target date comes no earlier than the day its work starts: its `startDate`,
/// else the inventory's `asOf` (SPEC 1.1 §2.6). A target before the start cannot be met by
/// any roadmap, so it is almost certainly a typo; a target on the start day is allowed
/// (an option with nothing to do is complete at once).
struct OptionDatesRule: ValidationRule {
    static let id = "option-dates"
    static let summary = "An option's targetDate is before it starts (its startDate, else estate.asOf)."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(
            RuleExample.header + "options:\n  - {id: o1, name: O1, startDate: 2027-04-01, targetDate: 2027-03-31}\n",
            expect: ["5:59: option 'o1' has targetDate 2027-03-31, before its startDate 2027-04-01; move one of them"]),
        RuleExample(
            RuleExample.header + "options:\n  - {id: o1, name: O1, targetDate: 2025-12-31}\n",
            expect: [
                "5:36: option 'o1' has targetDate 2025-12-31, before the inventory's asOf 2026-01-01, "
                    + "when its work starts; move the target, or set a later startDate on the option"
            ]),
    ]
    static let nonTriggering = [
        RuleExample.header + "options:\n  - {id: o1, name: O1, startDate: 2027-04-01, targetDate: 2027-04-01}\n",
        RuleExample.header + "options:\n  - {id: o1, name: O1, startDate: 2025-06-01, targetDate: 2025-12-31}\n",
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        let estate = context.estate
        return estate.options.compactMap { option in
            guard let target = option.targetDate, let start = option.startDate ?? estate.asOf, target < start else {
                return nil
            }
            let at = option.locations["targetDate"] ?? option.location
            if option.startDate != nil {
                let startAt = option.locations["startDate"] ?? option.location
                return finding(
                    "option '\(option.id)' has targetDate \(target), before its startDate \(start); move one of them",
                    at: at, related: [.init(startAt, "startDate given here")])
            }
            let asOfAt = estate.locations["asOf"] ?? estate.location ?? option.location
            return finding(
                "option '\(option.id)' has targetDate \(target), before the inventory's asOf \(start), "
                    + "when its work starts; move the target, or set a later startDate on the option",
                at: at, related: [.init(asOfAt, "asOf given here")])
        }
    }
}
