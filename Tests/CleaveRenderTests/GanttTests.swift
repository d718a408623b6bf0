import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// The roadmap chart (`roadmap:OPTION`): its SVG and Mermaid against golden files (the SVG
/// is Cleave's own, not Graphviz's, so it is stable), what it must show, and escaping.
struct GanttTests {
    func drawn(_ option: String, estate: Estate = Fixtures.roadmap) throws -> DrawnChart {
        try DrawnChart(view: RoadmapView(option: option), context: Fixtures.context(estate))
    }

    /// The chart model behind `drawn(option)`.
    func chart(_ option: String, estate: Estate = Fixtures.roadmap) throws -> GanttChart {
        try RoadmapView(option: option).chart(Fixtures.context(estate))
    }

    @Test(arguments: ["north-out", "split-all"])
    func svgAndMermaidMatchGolden(option: String) throws {
        let chart = try drawn(option)
        try GoldenTests().check(try #require(try chart.text(.svg)), as: "roadmap-\(option).svg")
        try GoldenTests().check(try #require(try chart.text(.mermaid)), as: "roadmap-\(option).mmd")
    }

    @Test func sameEstateGivesSameBytes() throws {
        for format in [RenderFormat.svg, .mermaid, .dot] {
            #expect(try drawn("split-all").text(format) == drawn("split-all").text(format))
        }
    }

    @Test func barsAreGroupedByWaveWithTheCriticalPathMarked() throws {
        let chart = try self.chart("north-out")
        #expect(chart.waves.map(\.number) == [1, 2, 3, 4])
        #expect(chart.waves[0].bars.map(\.id) == ["crm-licence", "dc", "print"])
        #expect(chart.criticalPath == ["dc", "idp", "crm", "web"])
        #expect(chart.bars.filter(\.critical).map(\.id).sorted() == ["crm", "dc", "idp", "web"])
        #expect(chart.bars.filter(\.late).map(\.id).sorted() == ["crm", "web"])
        let svg = try #require(try drawn("north-out").text(.svg))
        #expect(svg.contains(">Wave 1 · 3 work items</text>"))
        #expect(svg.contains(">Wave 4 · 1 work item</text>"))
        // Four critical bars in the critical colour, and its legend entry.
        #expect(svg.components(separatedBy: "fill=\"\(GanttStyle.critical)\" stroke=").count - 1 == 4 + 1)
        #expect(svg.contains(">on the critical path</text>"))
    }

    @Test func targetLineAndNoticeMarkersAreDrawn() throws {
        let chart = try drawn("north-out")
        let layout = GanttLayout(try self.chart("north-out"))
        let targetX = layout.x(Day("2027-06-30")!)
        let lines = chart.scene.shapes.filter {
            if case let .line(x1, _, x2, _, color, _, true) = $0 {
                return x1 == targetX && x2 == targetX && color == GanttStyle.late
            }
            return false
        }
        #expect(lines.count == 1)
        let notices = chart.scene.shapes.compactMap { shape -> (Double, Color)? in
            if case let .marker(.notice, x, _, _, fill, _, _) = shape { return (x, fill) }
            return nil
        }
        // crm-licence: notice by 2026-10-31, ahead; print: 2025-12-30, already passed.
        #expect(notices.contains { $0.0 == layout.x(Day("2026-10-31")!) && $0.1 == GanttStyle.notice })
        #expect(notices.contains { $0.0 == layout.x(Day("2025-12-30")!) && $0.1 == .white })
        let svg = try #require(try chart.text(.svg))
        #expect(svg.contains(">target 2027-06-30</text>"))
        #expect(svg.contains("crm-licence: serve notice by 2026-10-31"))
        #expect(svg.contains(">notice date before start</text>"))
    }

    @Test func workThatNeverFinishesRunsToTheEdgeHatched() throws {
        let chart = try drawn("split-all")
        #expect(try self.chart("split-all").completion == nil && self.chart("split-all").criticalPath.isEmpty)
        let svg = try #require(try chart.text(.svg))
        #expect(svg.contains("fill=\"url(#never)\""))
        #expect(svg.contains("never: an open-ended contract"))
        #expect(svg.contains("never: waits for pbx, which never finishes"))
        let mermaid = try #require(try chart.text(.mermaid))
        #expect(mermaid.contains("%% Phones (phones) - never꞉ waits for pbx, which never finishes"))
    }

    @Test func hostileNamesAreEscaped() throws {
        let chart = try drawn("north-out")
        let svg = try #require(try chart.text(.svg))
        #expect(svg.contains("Identity &lt;provider&gt; &amp; &quot;SSO&quot; (idp)"))
        #expect(!svg.contains("<provider>"))
        let mermaid = try #require(try chart.text(.mermaid))
        // `:`, `#` and `;` would end the task's name or line: look-alikes keep it whole.
        #expect(
            mermaid.contains(
                "    CRM꞉ case ＃1; main (crm) - late꞉ its work runs past the target :crit, w5, 2027-02-01, 2027-08-01\n"
            ))
        for line in mermaid.split(separator: "\n") where line.hasPrefix("    ") {
            #expect(line.split(separator: ":", omittingEmptySubsequences: false).count == 2, "\(line)")
        }
        let dot = try #require(try chart.text(.dot))
        #expect(dot.contains("Identity &lt;provider&gt; &amp; &quot;SSO&quot; (idp)"))
        try GraphvizRenderer.shared.parse(dot: dot)
    }

    @Test func mermaidIsAGanttBlock() throws {
        let mermaid = try #require(try drawn("north-out").text(.mermaid))
        #expect(
            mermaid.hasPrefix(
                "---\ntitle: \"Roadmap: North leaves (north-out)\"\n---\n%% Cleave map: roadmap-north-out."))
        #expect(mermaid.contains("\ngantt\n  dateFormat YYYY-MM-DD\n"))
        #expect(mermaid.contains("  section Wave 1\n"))
        #expect(mermaid.contains("    Data centre (dc) :crit, w1, 2026-04-01, 2026-10-01\n"))
        #expect(mermaid.contains("    Target :crit, milestone, m0, 2027-06-30, 0d\n"))
    }

    @Test func pngIsRenderedFromThePinnedDOT() throws {
        let chart = try drawn("north-out")
        let png = try GraphvizRenderer.shared.render(dot: chart.dot, layout: chart.layout, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func badOptionAndNoStartAreUserErrors() throws {
        #expect {
            try drawn("north-ot")
        } throws: { ($0 as? UserError)?.message.contains("did you mean 'north-out'") == true }
        #expect {
            try drawn("no-start")
        } throws: { ($0 as? UserError)?.message == Roadmap.Failure.noStart(option: "no-start").description }
    }

    @Test func theCatalogKnowsTheChart() throws {
        #expect((ViewCatalog.chart(named: "roadmap:north-out") as? RoadmapView)?.option == "north-out")
        #expect(ViewCatalog.chart(named: "option:north-out") == nil)
        #expect(ViewCatalog.syntax.contains("roadmap:OPTION"))
        #expect(ViewCatalog.listing(for: Fixtures.roadmap).contains("  roadmap:split-all"))
        #expect(throws: UserError.self) { try ViewCatalog.view(named: "roadmp:x") }
    }
}

extension GanttTests {
    @Test func aScheduleOfCenturiesStillFitsAPage() throws {
        var estate = Fixtures.roadmap
        let dc = try #require(estate.items.firstIndex { $0.id == "dc" })
        estate.items[dc].split = SplitSpec(strategy: .clone, months: 1_000_000)
        let chart = try drawn("north-out", estate: estate)
        #expect(try self.chart("north-out", estate: estate).completion == .latest)
        #expect(chart.scene.width < 2400)
        let svg = try #require(try chart.text(.svg))
        #expect(svg.utf8.count < 200_000)
        #expect(svg.contains(">9999-12-31 · late: its work runs past the target</text>"))
    }

    @Test func anOptionWithNothingToDoSaysSo() throws {
        var estate = Fixtures.roadmap
        estate.options[0].defaultDisposition = .shared
        estate.options[0].areas = []
        let chart = try drawn("north-out", estate: estate)
        let model = try self.chart("north-out", estate: estate)
        #expect(model.waves.isEmpty && model.completion == Day("2026-04-01"))
        let svg = try #require(try chart.text(.svg))
        #expect(svg.contains("Nothing to schedule: the option duplicates and moves nothing."))
        #expect(!svg.contains(">duplicated</text>"))
    }
}
