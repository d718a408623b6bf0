import CleaveCore
import Testing

@testable import CleaveInventory

/// SPEC 1.2's keys for the business case (§2.1 `appraisal`, §2.6 `transition`): what is read,
/// the defaults, bad values reported where they were written, and the writer keeping them.
struct AppraisalKeysLoaderTests {
    static let yaml = """
        estate:
          name: E
          appraisal: {years: 15, discountRate: 1.5, optimismBias: 44}
        options:
          - {id: o, name: O, transition: {strandedShare: 75, strandedMonths: 18}}
          - {id: p, name: P}
        """

    @Test func readsTheNewKeys() {
        let loaded = InventoryLoader.load(text: Self.yaml)
        #expect(loaded.findings.map(\.message) == [])
        let estate = loaded.estate
        #expect(estate.appraisal == Appraisal(years: 15, discountRate: 1.5, optimismBias: 44))
        #expect(estate.locations["appraisal.discountRate"] == SourceLocation(file: "inventory.yaml", line: 3, column: 40))
        #expect(estate.options.map(\.transition) == [Transition(strandedShare: 75, strandedMonths: 18), Transition()])
        #expect(
            estate.options[0].locations["transition.strandedMonths"]
                == SourceLocation(file: "inventory.yaml", line: 5, column: 70))
    }

    @Test func defaults() {
        let estate = InventoryLoader.load(text: "estate: {name: E, appraisal: {years: 4}}\noptions: [{id: o, name: O}]\n")
            .estate
        #expect(estate.appraisal == Appraisal(years: 4, discountRate: 3.5, optimismBias: 0))
        #expect(InventoryLoader.load(text: "estate: {name: E}\n").estate.appraisal == Appraisal())
        #expect(estate.options[0].transition == Transition(strandedShare: 0, strandedMonths: 0))
    }

    /// Each out-of-range value: the YAML, and the finding's `line:column: message`.
    @Test(arguments: [
        ("estate: {name: E, appraisal: {years: 0}}", "1:38: years: expected a whole number from 1 to 60, found '0'"),
        ("estate: {name: E, appraisal: {years: 61}}", "1:38: years: expected a whole number from 1 to 60, found '61'"),
        (
            "estate: {name: E, appraisal: {years: 2.5}}",
            "1:38: years: expected a whole number from 1 to 60, found '2.5'"
        ),
        (
            "estate: {name: E, appraisal: {discountRate: 101}}",
            "1:45: discountRate: expected a number from 0 to 100, found '101'"
        ),
        (
            "estate: {name: E, appraisal: {discountRate: -1}}",
            "1:45: discountRate: expected a number from 0 to 100, found '-1'"
        ),
        (
            "estate: {name: E, appraisal: {optimismBias: -5}}",
            "1:45: optimismBias: expected a number ≥ 0, found '-5'"
        ),
        (
            "estate: {name: E, appraisal: {rate: 3}}",
            "1:31: unknown key 'rate' in estate appraisal"
        ),
        (
            "estate: {name: E}\noptions: [{id: o, name: O, transition: {strandedShare: 100.5}}]",
            "2:56: strandedShare: expected a number from 0 to 100, found '100.5'"
        ),
        (
            "estate: {name: E}\noptions: [{id: o, name: O, transition: {strandedShare: -1}}]",
            "2:56: strandedShare: expected a number from 0 to 100, found '-1'"
        ),
        (
            "estate: {name: E}\noptions: [{id: o, name: O, transition: {strandedMonths: -3}}]",
            "2:57: strandedMonths: expected a whole number ≥ 0, found '-3'"
        ),
    ])
    func outOfRangeValuesAreLocated(_ yaml: String, _ expected: String) {
        let findings = InventoryLoader.load(text: yaml).findings
        #expect(findings.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [expected])
        #expect(findings.map(\.rule) == ["schema"])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func theWriterKeepsThemAndLeavesDefaultsOut() {
        let estate = InventoryLoader.load(text: Self.yaml).estate
        let writer = InventoryWriter()
        let estateText = writer.estateText(estate), optionsText = writer.optionsText(estate.options)
        #expect(estateText.contains("  appraisal: {years: 15, discountRate: 1.5, optimismBias: 44}\n"))
        #expect(optionsText.contains("  - {id: o, name: O, transition: {strandedShare: 75, strandedMonths: 18}}\n"))
        #expect(optionsText.contains("  - {id: p, name: P}\n"))
        let again = InventoryLoader.load(text: estateText + "\n" + optionsText)
        #expect(again.findings.map(\.message) == [])
        #expect(again.estate.appraisal == estate.appraisal)
        #expect(again.estate.options.map(\.transition) == estate.options.map(\.transition))

        let plain = InventoryLoader.load(text: "estate: {name: E}\noptions: [{id: o, name: O}]\n").estate
        #expect(!writer.estateText(plain).contains("appraisal"))
        #expect(!writer.optionsText(plain.options).contains("transition"))
    }
}
