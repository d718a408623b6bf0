import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// The SPEC 1.1 analyses in the HTML report, on the small fixture estate whose figures
/// `cleave costs`, `roadmap` and `entanglement` give: hubs by hold, who pays today, and per
/// option the blockers' notice dates, costs by party and bloc, roadmap, staff and the
/// option's own cheapest separation; the explorer's hold and notice dates.
struct HTMLReportAnalysesTests {
    static func html(maps: [String: Result<ReportMap, MapUnavailable>] = [:]) throws -> String {
        let input = try MarkdownReportTests.input()
        return HTMLReport(
            ReportInput(analysis: input.analysis, findings: input.findings, maps: maps)
        ).html
    }

    /// The part of the page from `<section id="anchor"` to the next section.
    static func section(_ anchor: String, of html: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"\(anchor)\""))
        let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    /// The cells of the table row whose first cell holds `first`, as text without tags.
    static func row(_ first: String, after heading: String, in html: String) throws -> [String] {
        let from = try #require(html.range(of: heading)).upperBound
        let rest = html[from...]
        let cells = try #require(
            rest.components(separatedBy: "<tr>").dropFirst().first { row in
                row.components(separatedBy: "</td>").first.map(Self.plain)?.hasPrefix(first) ?? false
            })
        return cells.components(separatedBy: "</td>").dropLast().map(Self.plain)
    }

    static func plain(_ s: String) -> String {
        s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theSharedHubsAreRankedByHoldWithDragBeside() throws {
        let ties = try Self.section("ties", of: try Self.html())
        #expect(ties.contains("<h3>Shared hubs: the items that hold most</h3>"))
        #expect(ties.contains("<h3>Heaviest drags</h3>"))
        // cleave entanglement: hosting hold 2 drag 1; lic hold 2 drag 1; ledger hold 1 drag 3.
        let hosting = try Self.row("hosting", after: "Shared hubs", in: ties)
        #expect(hosting.suffix(2) == ["2", "1"])
        let ledger = try Self.row("ledger", after: "Heaviest drags", in: ties)
        #expect(ledger.suffix(2) == ["3", "1"])
    }

    @Test func theGlanceSaysWhoPaysToday() throws {
        let glance = try Self.section("glance", of: try Self.html())
        #expect(glance.contains("Pays today / year"))
        // cleave costs: A £15 and B £15 before.
        #expect(try Self.row("A", after: "<h3>Parties</h3>", in: glance).last == "£15")
        #expect(try Self.row("B", after: "<h3>Parties</h3>", in: glance).last == "£15")
    }

    @Test func anOptionPageHasItsCostsByPartyAndBloc() throws {
        let page = try Self.section("option-full-split", of: try Self.html())
        // cleave costs --option full-split.
        #expect(
            try Self.row("B", after: "<h3>Annual cost by party</h3>", in: page)
                == ["B", "B", "£15", "£50", "+£35", "+233%"])
        #expect(
            try Self.row("A", after: "Stranded / year", in: page) == ["A", "A", "£15", "£30", "+£15", "£15"])
        #expect(page.contains("Extra recurring cost £50 a year; one-off £160."))
    }

    @Test func anOptionPageHasItsRoadmap() throws {
        let page = try Self.section("option-b-leaves", of: try Self.html())
        // cleave roadmap --option b-leaves: start 2025-01-01, complete 2028-03-30, four waves.
        #expect(page.contains("<div class=\"value\">2028-03-30</div><div class=\"label\">complete</div>"))
        #expect(page.contains("<div class=\"value\">2028-03-30</div><div class=\"label\">complete by (roadmap)</div>"))
        #expect(page.contains("<div class=\"value\">2025-01-01</div><div class=\"label\">start</div>"))
        #expect(page.contains("<strong>Critical path</strong>"))
        let path = ["lic", "ledger", "payroll", "payroll-team"].map(Table.link).joined(separator: " → ")
        #expect(page.contains("delays the whole option): " + path + "</p>"))
        #expect(
            try Self.row("4", after: "<h4>By wave</h4>", in: page) == [
                "4", "1", "2027-12-30", "2028-03-30", "0", "payroll-team",
            ])
        #expect(page.contains("<h4>Notice dates to serve (1)</h4>"))
        #expect(
            try Self.row("lic", after: "Serve notice by", in: page).prefix(4) == [
                "licLedger licence", "2026-12-30", "2027-06-30", "6 months",
            ])
        #expect(page.contains("The option sets no target date, so nothing is late."))
        // No Gantt chart is supplied, so none is drawn.
        #expect(!page.contains("<svg"))
    }

    @Test func aSuppliedGanttChartIsInlinedInTheRoadmap() throws {
        var chart = HTMLReportTests.map
        chart.title = "Gantt <b-leaves>"
        let page = try Self.section("option-b-leaves", of: try Self.html(maps: ["roadmap:b-leaves": .success(chart)]))
        let roadmap = try #require(page.components(separatedBy: "<h3>Roadmap</h3>").last)
        let byWave = try #require(roadmap.range(of: "<h4>By wave</h4>"))
        #expect(roadmap[..<byWave.lowerBound].contains("<figure class=\"chart\">\n<svg class=\"map-svg\""))
        #expect(roadmap[..<byWave.lowerBound].contains("aria-label=\"Gantt &lt;b-leaves&gt;\""))
        let other = try Self.section(
            "option-full-split", of: try Self.html(maps: ["roadmap:b-leaves": .success(chart)]))
        #expect(!other.contains("Gantt"))
        let missing = try Self.section(
            "option-b-leaves", of: try Self.html(maps: ["roadmap:b-leaves": .failure(MapUnavailable("too <long>"))]))
        #expect(missing.contains("No roadmap chart: too &lt;long&gt;"))
    }

    @Test func anOptionPageHasItsMoneyOverTime() throws {
        let analysis = try MarkdownReportTests.input().analysis
        let c = try analysis.businessCase(of: try analysis.option("full-split")).get()
        let page = try Self.section("option-full-split", of: try Self.html())
        let part = try #require(page.components(separatedBy: "<h3>Money over time</h3>").last)
        let money = Money(currency: "GBP")
        // cleave case --option full-split: the cards, and a row per party and the total.
        #expect(part.contains("<div class=\"label\">net present cost</div>"))
        #expect(part.contains("<div class=\"value\">\(money.format(c.totals.oneOff.rounded()))</div>"))
        for ledger in c.parties + [c.totals] {
            let years = try Self.row(ledger.id, after: "<h4>Net cost by year</h4>", in: part)
            #expect(years.count == 1 + c.appraisal.years + 1, "\(ledger.id)")
            let terms = try Self.row(ledger.id, after: "<h4>What each party pays for the transition</h4>", in: part)
            #expect(terms.last == BusinessCaseReporter(graph: analysis.graph, businessCase: c).payback(ledger))
        }
        // The status quo does nothing: its page says so.
        let quo = try Self.section("option-status-quo", of: try Self.html())
        #expect(quo.contains("Nothing changes: the option duplicates and moves nothing."))
        // A supplied chart is inlined, or its absence explained.
        var chart = HTMLReportTests.map
        chart.title = "Cash <flow>"
        let drawn = try Self.section(
            "option-full-split", of: try Self.html(maps: ["case:full-split": .success(chart)]))
        #expect(drawn.contains("<figure class=\"cashflow\">\n<svg class=\"map-svg\""))
        let missing = try Self.section(
            "option-full-split", of: try Self.html(maps: ["case:full-split": .failure(MapUnavailable("too <big>"))]))
        #expect(missing.contains("No cash-flow chart: too &lt;big&gt;"))
    }

    @Test func inBriefNamesTheOptionWithTheLowestNetPresentCostForEachParty() throws {
        let input = try MarkdownReportTests.input()
        let analysis = input.analysis
        let acting = analysis.optionsByID.filter { $0.evaluation.figures.duplicated + $0.evaluation.figures.transferred > 0 }
        let cases = try acting.map { try analysis.businessCase(of: $0).get() }
        let brief = try Self.section("brief", of: try Self.html())
        // The fixture's parties are councils (the default kind): each is named with its cheapest option.
        for p in analysis.graph.partiesByID {
            let npv = { (c: BusinessCase) in c.parties.first { $0.party == p }!.npv }
            let best = cases.min { (npv($0), $0.optionID) < (npv($1), $1.optionID) }!
            let name = analysis.graph.estate.options.first { $0.id == best.optionID }!.name
            #expect(brief.contains("\(analysis.graph.partyID(p)): \(name) ("), "\(p)")
        }
        #expect(brief.contains("lowest net present cost to each council"))
    }

    @Test func blockersCarryTheirNoticeDates() throws {
        let page = try Self.section("option-full-split", of: try Self.html())
        #expect(
            try Self.row("contract-lock", after: "<h3>Blockers", in: page).prefix(4)
                == ["contract-lock", "licLedger licence", "2026-12-30", "2027-06-30"])
    }

    @Test func anOptionPageHasItsStaffAndItsOwnCheapestSeparation() throws {
        let page = try Self.section("option-full-split", of: try Self.html())
        #expect(page.contains("<h3>Staff: 1 team duplicated or moved, 2.5 FTE</h3>"))
        #expect(
            try Self.row("payroll-team", after: "Employer today", in: page).suffix(3) == [
                "2.5", "A", "B: transfers to B",
            ])
        #expect(page.contains("<h3>Cheapest separation of each bloc, keeping shared what the option keeps shared</h3>"))
        #expect(page.contains("<details class=\"plan\"><summary>A: cheapest separation"))
    }

    @Test func theSideBySideSheetKeepsTheYardstickTable() throws {
        let options = try Self.section("options", of: try Self.html())
        #expect(options.contains("<h3>Cheapest full separation of each separated party</h3>"))
        // A figure's breakdown is indented, and before → after never starts a line with the arrow.
        #expect(options.contains("<td>\u{A0}\u{A0}\u{A0}\u{A0}Annual cost B</td>"))
        #expect(options.contains("£15\u{A0}→ £50"))
        #expect(options.contains("2028-03-30 (roadmap)"))
    }

    @Test func theQualitySectionCountsDefaultsPerOptionAndPlan() throws {
        let quality = try Self.section("quality", of: try Self.html())
        #expect(quality.contains("<h3>Figures resting on defaults, option by option</h3>"))
        #expect(quality.contains("cheapest separation of B"))
    }

    @Test func theExplorerCarriesHoldAndNoticeDates() throws {
        let json = try #require(HTMLReportTests.embeddedJSON(try Self.html()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[Any]])
        let lic = try #require(items.first { $0[0] as? String == "lic" })
        #expect(lic[13] as? Int == 2)  // hold
        #expect((lic[12] as? [Any])?[5] as? String == "2026-12-30")  // notice date
        let options = try #require(object["options"] as? [[String: Any]])
        let blocker = try #require((options.first?["blockers"] as? [[Any]])?.first)
        #expect(blocker[5] as? String == "2026-12-30" && blocker[6] as? Int == 0)
    }

    @Test func hostileNamesInTheNewPartsShowAsText() throws {
        let html = HTMLReport(HTMLReportTests.input()).html
        let page = try Self.section("option-north-out", of: html)
        // The contract's name in the notice dates and the blockers, the item's in the hubs.
        #expect(page.components(separatedBy: "Licence &lt;!-- x --&gt;").count - 1 >= 2)
        #expect(try Self.section("ties", of: html).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<!-- x") && !page.contains("<script"))
    }

    @Test func theFixtureGivesTheSameBytes() throws {
        #expect(try Self.html() == Self.html())
        #expect(
            MarkdownReport(try MarkdownReportTests.input()).markdown
                == MarkdownReport(try MarkdownReportTests.input()).markdown)
    }
}
