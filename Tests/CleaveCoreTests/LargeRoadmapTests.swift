import Testing

@testable import CleaveCore

/// Roadmaps and costs of estates 100,000 items deep: the work is linear, so a chain of
/// work items 100,000 waves long, or one cycle through all of them, is no trouble.
@Suite("Roadmaps 100,000 items deep")
struct LargeRoadmapTests {
    static let n = 100_000

    /// Item i depends on item i + 1 (and the last on the first when `cycle`); A and B use the
    /// first, so every item is needed by both and the split duplicates each. One month each.
    static func evaluation(cycle: Bool) -> OptionEvaluation {
        let items = (0..<n).map { i in
            var item = makeItem(
                "i\(i)", area: "core", users: i == 0 ? ["A", "B"] : [],
                dependsOn: i + 1 < n ? [dep("i\(i + 1)")] : cycle ? [dep("i0")] : [], annualCost: 2)
            item.split.months = 1
            return item
        }
        let option = Option(id: "split", defaultDisposition: .split, startDate: day("2027-01-31"))
        let estate = Estate(parties: ["A", "B"], areas: [("core", "A")], items: items, options: [option])
        return OptionEvaluation(option: option, entanglement: Entanglement(EstateGraph(estate)))
    }

    @Test("A chain: one wave per item; dates past 9999-12-31 are held at it")
    func chain() throws {
        let ev = Self.evaluation(cycle: false)
        let roadmap = try Roadmap(evaluation: ev)
        let graph = ev.graph
        let last = try #require(roadmap.steps.first { graph.itemID($0.item) == "i\(Self.n - 1)" })
        let first = try #require(roadmap.steps.first { graph.itemID($0.item) == "i0" })
        #expect(last.wave == 1 && last.finish == day("2027-02-28"))
        #expect(first.wave == Self.n && first.finish == Day.latest)
        #expect(roadmap.completion == Day.latest)
        let costs = PartyCosts(evaluation: ev)
        #expect(costs.totalChange == ev.figures.recurringDelta && costs.totalChange == Double(2 * Self.n))
    }

    @Test("A cycle through every item: one group, started together")
    func cycle() throws {
        let roadmap = try Roadmap(evaluation: Self.evaluation(cycle: true))
        #expect(roadmap.steps.allSatisfy { $0.wave == 1 && $0.finish == day("2027-02-28") && $0.group.count == Self.n })
        #expect(roadmap.criticalPath.count == 1)
    }
}
