import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// The cash-flow chart (`case:OPTION`): SVG and Mermaid against golden files, a panel per
/// party whose costs change and one for the total, the cut-over and payback marks, the
/// Mermaid `xychart-beta` of the totals, and escaping.
struct CaseChartTests {
    /// The roadmap estate with costs: the data centre and CRM are dear to share and cheap to
    /// copy, so North's leaving saves it money after the one-off costs, and it pays back;
    /// South keeps the originals and pays their whole cost, with compensation for 12 months.
    static var estate: Estate {
        var estate = Fixtures.roadmap
        estate.parties[0].name = "North <b>Council</b> & \"friends\""
        let costs: [String: (annual: Double, perInstance: Double, oneOff: Double)] = [
            "dc": (120_000, 30_000, 40_000), "crm": (60_000, 12_000, 20_000), "idp": (10_000, 4_000, 5_000),
            "web": (2_000, 2_000, 0), "mail": (8_000, 8_000, 1_000),
        ]
        for (i, item) in estate.items.enumerated() {
            guard let c = costs[item.id] else { continue }
            estate.items[i].annualCost = c.annual
            estate.items[i].split.annualCostPerInstance = c.perInstance
            estate.items[i].split.oneOffCost = c.oneOff
        }
        estate.appraisal = Appraisal(years: 6, discountRate: 3.5, optimismBias: 10)
        for i in estate.options.indices where estate.options[i].id == "north-out" {
            estate.options[i].transition = Transition(strandedShare: 50, strandedMonths: 12)
        }
        return estate
    }

    func drawn(_ option: String, estate: Estate = Self.estate) throws -> DrawnChart {
        try DrawnChart(view: CaseView(option: option), context: Fixtures.context(estate))
    }

    func businessCase(_ option: String, estate: Estate = Self.estate) throws -> BusinessCase {
        let analysis = EstateAnalysis(EstateGraph(estate))
        return try analysis.businessCase(try analysis.option(option), comparedWith: nil, appraisal: nil)
    }

    @Test(arguments: ["north-out", "split-all"])
    func svgAndMermaidMatchGolden(option: String) throws {
        let chart = try drawn(option)
        try GoldenTests().check(try #require(try chart.text(.svg)), as: "case-\(option).svg")
        try GoldenTests().check(try #require(try chart.text(.mermaid)), as: "case-\(option).mmd")
    }

    @Test func sameEstateGivesSameBytes() throws {
        for format in [RenderFormat.svg, .mermaid, .dot] {
            #expect(try drawn("north-out").text(format) == drawn("north-out").text(format))
        }
    }

    @Test func aPanelPerChangedPartyAndTheTotalWithABarPerNonZeroYear() throws {
        let c = try businessCase("north-out")
        let layout = CashFlowLayout(
            businessCase: c, title: "t", subtitle: [], headings: [:], money: Money(currency: "GBP"), viewName: "case:x")
        #expect(layout.ledgers.map(\.id) == c.parties.filter { $0.years.contains { $0.net.rounded() != 0 } }.map(\.id) + ["total"])
        // The bars have tooltips; the legend's samples have none.
        let bars = layout.scene().shapes.filter {
            if case .rect(_, _, _, _, let fill, _, _, _, let tooltip) = $0 {
                return !tooltip.isEmpty && (fill == CashFlowLayout.cost || fill == CashFlowLayout.saving)
            }
            return false
        }
        let nonZero = layout.ledgers.flatMap(\.years).filter { $0.net.rounded() != 0 }.count
        #expect(bars.count == nonZero)
        // Savings are drawn in the saving colour, costs in the cost colour.
        let savings = layout.ledgers.flatMap(\.years).filter { $0.net.rounded() < 0 }.count
        #expect(
            bars.filter {
                if case .rect(_, _, _, _, let fill, _, _, _, _) = $0 { return fill == CashFlowLayout.saving }
                return false
            }.count == savings)
    }

    @Test func theLastCutOverAndThePaybackAreMarked() throws {
        let c = try businessCase("north-out")
        let north = try #require(c.parties.first { $0.id == "north" })
        let payback = try #require(north.payback, "the fixture's North pays back")
        #expect(c.lastCutOverMonth != nil)
        let svg = try #require(try drawn("north-out").text(.svg))
        #expect(svg.contains("pays back \(c.label(ofYear: payback))"))
        let day = c.start.adding(months: c.lastCutOverMonth!)
        #expect(svg.contains("The last item is cut over in \(day.monthAndYear)"))
        let dashedCutOver = try drawn("north-out").scene.shapes.filter {
            if case .line(_, _, _, _, let color, _, true) = $0 { return color == CashFlowLayout.cutOver }
            return false
        }
        // One in each panel, and the legend's sample.
        let panels = CashFlowLayout(
            businessCase: c, title: "", subtitle: [], headings: [:], money: Money(currency: "GBP"), viewName: ""
        ).ledgers.count
        #expect(dashedCutOver.count == panels + 1)
    }

    @Test func mermaidIsAnXYChartOfTheTotals() throws {
        let c = try businessCase("north-out")
        let text = try #require(try drawn("north-out").text(.mermaid))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "xychart-beta")
        let nets = c.totals.years.map { String(Int($0.net.rounded())) }
        #expect(lines.contains("    bar [" + nets.joined(separator: ", ") + "]"))
        #expect(lines.contains { $0.hasPrefix("    x-axis [\"\(c.label(ofYear: 0))\"") })
        #expect(lines.contains { $0.hasPrefix("    line [") })
    }

    @Test func hostileNamesAreEscaped() throws {
        let svg = try #require(try drawn("north-out").text(.svg))
        #expect(!svg.contains("<b>Council</b>"))
        #expect(svg.contains("North &lt;b&gt;Council&lt;/b&gt; &amp; &quot;friends&quot;") || svg.contains("North &lt;b&gt;"))
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
        #expect((ViewCatalog.chart(named: "case:north-out") as? CaseView)?.option == "north-out")
        #expect(ViewCatalog.syntax.contains("case:OPTION"))
        #expect(ViewCatalog.listing(for: Fixtures.roadmap).contains("  case:split-all"))
    }
}
