import CleaveCore
import CleaveInventory
import Testing

/// SPEC 1.1's keys for the roadmap (§2.1 `defaults.splitMonths`, §2.4 `split.months`, §2.6
/// `startDate`): what is read, the defaults, and bad values reported where they were written.
struct ScheduleKeysLoaderTests {
    static let yaml = """
        estate:
          name: E
          defaults: {splitMonths: 5}
        systems:
          - {id: s, name: S, area: a, split: {strategy: clone, months: 7}}
          - {id: t, name: T, area: a, split: {months: 0}}
          - {id: u, name: U, area: a}
        options:
          - {id: o, name: O, startDate: 2027-01-31, targetDate: 2028-02-29}
          - {id: p, name: P}
        """

    @Test func readsTheNewKeys() {
        let loaded = InventoryLoader.load(text: Self.yaml)
        #expect(loaded.findings.map(\.message) == [])
        let estate = loaded.estate
        #expect(estate.defaultSplitMonths == 5)
        #expect(estate.items.map(\.split.months) == [7, 0, nil])
        #expect(estate.items[0].split == SplitSpec(strategy: .clone, months: 7))
        #expect(
            estate.items[0].locations["split.months"] == SourceLocation(file: "inventory.yaml", line: 5, column: 64))
        #expect(estate.options.map(\.startDate) == [Day("2027-01-31"), nil])
        #expect(estate.options[0].locations["startDate"] == SourceLocation(file: "inventory.yaml", line: 9, column: 33))
    }

    @Test func defaults() {
        let estate = InventoryLoader.load(
            text: "estate: {name: E}\nsystems: [{id: s, name: S, area: a}]\noptions: [{id: o, name: O}]\n"
        ).estate
        #expect(estate.defaultSplitMonths == 3)
        #expect(estate.items[0].split.months == nil)
        #expect(estate.options[0].startDate == nil)
    }

    /// Each bad value: the YAML after `estate: {name: E}`, the finding's rule and
    /// `line:column: message`.
    @Test(arguments: [
        (
            "systems: [{id: s, name: S, area: a, split: {months: -1}}]",
            "schema", "2:53: months: expected a whole number ≥ 0, found '-1'"
        ),
        (
            "systems: [{id: s, name: S, area: a, split: {months: 1.5}}]",
            "schema", "2:53: months: expected a whole number ≥ 0, found '1.5'"
        ),
        (
            "systems: [{id: s, name: S, area: a, split: {months: \"3\"}}]",
            "schema", "2:53: months: expected a whole number ≥ 0, found the string \"3\""
        ),
        (
            "options: [{id: o, name: O, startDate: 2027-02-30}]",
            "invalid-dates", "2:39: startDate: '2027-02-30' is not a date; write a real calendar date as YYYY-MM-DD"
        ),
        (
            "options: [{id: o, name: O, startDate: [2027]}]",
            "schema", "2:39: startDate: expected a date (YYYY-MM-DD), found a list"
        ),
    ])
    func badValuesAreLocated(_ yaml: String, _ rule: String, _ expected: String) {
        let findings = InventoryLoader.load(text: "estate: {name: E}\n" + yaml).findings
        #expect(findings.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [expected])
        #expect(findings.map(\.rule) == [rule])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func badSplitMonthsDefault() {
        let findings = InventoryLoader.load(text: "estate: {name: E, defaults: {splitMonths: -2}}\n").findings
        #expect(
            findings.map { "\($0.location.line):\($0.location.column): \($0.message)" }
                == ["1:43: splitMonths: expected a whole number ≥ 0, found '-2'"])
    }
}
