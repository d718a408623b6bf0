import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// The Markdown report: the fixture estate's report byte for byte against Golden/report.md
/// (re-record on purpose with `CLEAVE_RECORD_GOLDEN=1`), and inventory text kept from
/// becoming markup.
struct MarkdownReportTests {
    static func input() throws -> ReportInput {
        ReportInput(analysis: EstateAnalysis(try AnalysisGoldenTests.graph()), findings: [])
    }

    @Test func markdownMatchesGolden() throws {
        let text = MarkdownReport(try Self.input()).markdown
        try Golden.check(text, as: "report.md", in: AnalysisGoldenTests.golden)
    }

    @Test func hostileNamesDoNotBecomeMarkup() {
        let text = MarkdownReport(HTMLReportTests.input()).markdown
        #expect(text.hasPrefix(MarkdownReport.marker))
        #expect(!text.contains("<script>") && !text.contains("<img") && !text.contains("<u>"))
        #expect(text.contains("North &lt;u&gt;leaves&lt;/u&gt;"))
    }

    @Test func everyPartIsThere() throws {
        let text = MarkdownReport(try Self.input()).markdown
        for heading in [
            "## Summary", "## Options", "## What each option does", "## Annual cost by party", "## Completion",
            "## Top blockers", "## Glossary",
        ] {
            #expect(text.contains("\n\(heading)\n"), "no \(heading)")
        }
    }

    /// The figures `cleave costs` and `cleave roadmap` give for the fixture.
    @Test func costsCompletionAndNoticeDatesMatchTheirCommands() throws {
        let text = MarkdownReport(try Self.input()).markdown
        #expect(text.contains("| B | £15 | £30 (+£15) | £50 (+£35) |"))
        #expect(text.contains("| b-leaves | 2025-01-01 | — | 2028-03-30 (roadmap) | 2027-06-30 | 1 | 0 | 1 |"))
        #expect(text.contains("- `b-leaves`: `lic` → `ledger` → `payroll` → `payroll-team`"))
        #expect(text.contains("| contract-lock | lic | 2026-12-30 | 2027-06-30 |"))
    }

    @Test func descriptionsAreTextNotMarkup() {
        let text = MarkdownReport(HTMLReportTests.input()).markdown
        #expect(text.contains("Ends &lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
    }
}
