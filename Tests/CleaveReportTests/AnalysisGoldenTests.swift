import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// Every analysis report of the small fixture estate under Fixtures/AnalysisGolden, in
/// every format, compared byte for byte with files under Golden/. Re-record on purpose
/// with `CLEAVE_RECORD_GOLDEN=1 swift test`, and read the diff before committing it.
struct AnalysisGoldenTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let golden = here.appendingPathComponent("Golden")

    static func graph() throws -> EstateGraph {
        let loaded = try InventoryLoader.load(path: here.appendingPathComponent("Fixtures/AnalysisGolden").path)
        #expect(loaded.findings.isEmpty)
        return EstateGraph(loaded.estate)
    }

    /// The reports by name, built through the library alone, as the CLI builds them.
    static func reports() throws -> [(String, Report)] {
        let analysis = EstateAnalysis(try graph())
        let graph = analysis.graph, entanglement = analysis.entanglement
        let options = analysis.optionsByID, evaluations = options.map(\.evaluation)
        let yardsticks = analysis.yardsticks(of: options)
        let full = try analysis.option("full-split").evaluation
        let bLeaves = graph.estate.options.first { $0.id == "b-leaves" }!
        let b = try graph.lookupParty("B")
        let bloc = PartySet([b], capacity: graph.partyCount)
        let selection = EntanglementReporter(EntanglementSelection(entanglement))
        return [
            ("entanglement", selection.report),
            ("entanglement-top", EntanglementReporter(EntanglementSelection(entanglement, top: 2)).report),
            ("entanglement-matrix", selection.matrixReport),
            (
                "options",
                OptionsReporter(
                    graph: graph, options: options, yardsticks: yardsticks,
                    businessCases: analysis.businessCases(of: options)
                ).report
            ),
            (
                "options-compared",
                OptionsReporter(
                    graph: graph, options: options, yardsticks: yardsticks,
                    baseline: options.first { $0.id == OptionComparison.defaultBaseline(evaluations)?.option.id }
                ).report
            ),
            ("blockers", BlockersReporter(evaluation: full).report),
            ("blockers-by-lead", BlockersReporter(evaluation: full, grouping: .lead).report),
            ("plan", PlanReporter(graph: graph, plans: [SeparationPlan(separating: bloc, in: graph)]).report),
            (
                "plan-option",
                PlanReporter(
                    graph: graph,
                    plans: SeparationPlan.plans(
                        of: OptionEvaluation(
                            option: bLeaves, entanglement: entanglement)), option: bLeaves
                ).report
            ),
            ("costs", CostsReporter(graph: graph, costs: PartyCosts(entanglement: entanglement)).report),
            (
                "costs-option",
                CostsReporter(
                    graph: graph, costs: PartyCosts(evaluation: full), years: 5, staffing: Staffing(evaluation: full)
                ).report
            ),
            (
                "roadmap",
                RoadmapReporter(
                    graph: graph, roadmap: try Roadmap(evaluation: full), staffing: Staffing(evaluation: full)
                ).report
            ),
            (
                "case",
                BusinessCaseReporter(
                    graph: graph, businessCase: try analysis.businessCase(of: analysis.option("full-split")).get()
                ).report
            ),
            (
                "case-compared",
                BusinessCaseReporter(
                    graph: graph,
                    businessCase: try analysis.businessCase(
                        analysis.option("full-split"), comparedWith: analysis.option("b-leaves"),
                        appraisal: Appraisal(years: 3, discountRate: 0, optimismBias: 0))
                ).report
            ),
            (
                "roadmap-summary",
                RoadmapReporter(graph: graph, roadmap: try Roadmap(evaluation: full), summaryOnly: true).report
            ),
            (
                "impact",
                ImpactReporter(
                    graph: graph, impact: Impact(of: try graph.lookupItem("hosting"), in: graph),
                    entanglement: entanglement
                ).report
            ),
        ]
    }

    static let cases: [String] = [
        "entanglement", "entanglement-top", "entanglement-matrix", "options", "options-compared", "blockers",
        "blockers-by-lead", "plan", "plan-option", "costs", "costs-option", "roadmap", "roadmap-summary", "case", "case-compared", "impact",
    ]

    @Test(arguments: cases, ReportFormat.allCases)
    func reportMatchesGolden(name: String, format: ReportFormat) throws {
        let report = try #require(try Self.reports().first { $0.0 == name }?.1)
        let ext = ["table": "txt", "markdown": "md", "csv": "csv", "json": "json"][format.rawValue]!
        let text = report.rendered(format, width: format == .table ? 100 : nil)
        try Golden.check(text, as: "\(name).\(ext)", in: Self.golden)
    }

    @Test func theSameEstateGivesTheSameBytes() throws {
        let first = try Self.reports(), second = try Self.reports()
        for ((name, a), (_, b)) in zip(first, second) {
            for format in ReportFormat.allCases {
                #expect(a.rendered(format) == b.rendered(format), "\(name) \(format)")
            }
        }
    }
}
