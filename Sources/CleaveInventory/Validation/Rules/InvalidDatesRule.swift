import CleaveCore

/// Dates are real dates, and a contract does not end before it starts. (The loader reports
/// a value that is not a date; this rule checks the order.)
struct InvalidDatesRule: ValidationRule {
    static let id = "invalid-dates"
    static let summary = "A contract ends before it starts, or a date is not a real date."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "contracts:\n  - {id: c1, name: C1, area: ar, supplier: S, parties: [A], start: 2026-04-01, end: 2025-03-31}\n",
            expect: ["5:85: contract 'c1' ends (2025-03-31) before it starts (2026-04-01)"]),
        RuleExample(
            RuleExample.header
                + "contracts:\n  - {id: c1, name: C1, area: ar, supplier: S, parties: [A], end: 2027-02-30}\n",
            expect: ["5:66: end: '2027-02-30' is not a date; write a real calendar date as YYYY-MM-DD"]),
    ]
    static let nonTriggering = [
        RuleExample.header
            + "contracts:\n  - {id: c1, name: C1, area: ar, supplier: S, parties: [A], start: 2024-02-29, end: 2028-02-29}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        context.estate.items.compactMap { item in
            guard let start = item.start, let end = item.end, end < start else { return nil }
            return finding(
                "contract '\(item.id)' ends (\(end)) before it starts (\(start))",
                at: item.locations["end"] ?? item.location)
        }
    }
}

extension InvalidDatesRule {
    /// The message the loader reports under this rule.
    enum Message {
        static func notADate(_ key: String, _ text: String) -> String {
            "\(key): '\(text)' is not a date; write a real calendar date as YYYY-MM-DD"
        }
    }
}
