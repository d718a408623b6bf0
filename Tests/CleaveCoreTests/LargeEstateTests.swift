import Testing

@testable import CleaveCore

/// Deep estates: every algorithm is iterative, and the max-flow network shrinks along
/// infinite edges, so a 200,000-long chain or cycle is no trouble.
@Suite("Estates 200,000 items deep")
struct LargeEstateTests {
    static let n = 200_000

    /// item i depends on item i + 1 (and the last on the first when `cycle`); A uses the
    /// first, B the item halfway (cycle) or the last (chain).
    func estate(cycle: Bool, severCost: Double? = nil, duplicateCost: Double = 1) -> Estate {
        let n = LargeEstateTests.n
        let last = cycle ? n / 2 : n - 1
        let items = (0..<n).map { i in
            makeItem(
                "i\(i)", area: "core", users: i == 0 ? ["A"] : i == last ? ["B"] : [],
                dependsOn: i + 1 < n ? [dep("i\(i + 1)")] : cycle ? [dep("i0")] : [])
        }
        return Estate(
            parties: ["A", "B"], areas: [("core", "A")], items: items,
            defaultDuplicateCost: duplicateCost, defaultSeverCost: severCost)
    }

    @Test("A chain: only its end is entangled, and every item drags it along")
    func chain() {
        let graph = EstateGraph(estate(cycle: false))
        let e = Entanglement(graph)
        #expect(e.summary.entangled == 1 && e.summary.exclusive == LargeEstateTests.n - 1)
        #expect(e.drag.allSatisfy { $0 == 1 })
        // Only the last item is entangled; everything before it reaches it.
        #expect(e.hold.last == 1 && e.hold.dropLast().allSatisfy { $0 == 0 })
        // Nothing can be severed: A takes the whole chain, and only the last item, which B
        // uses too, is duplicated at the default cost 1.
        let plan = SeparationPlan(separating: PartySet([PartyIndex(0)], capacity: 2), in: graph)
        #expect(plan.cost == 1)
        #expect(plan.duplicate == [LargeEstateTests.n - 1])
        #expect(plan.moveToBloc.count == LargeEstateTests.n - 1)
    }

    @Test("A chain with severable links: the bloc cuts its first link")
    func severableChain() {
        let graph = EstateGraph(estate(cycle: false, severCost: 3, duplicateCost: 5))
        let plan = SeparationPlan(separating: PartySet([PartyIndex(0)], capacity: 2), in: graph)
        // Severing any one link (3) beats duplicating the last item (5); of the equally cheap
        // links, the first leaves A the least: A keeps i0 and severs i0 → i1.
        #expect(plan.cost == 3)
        #expect(graph.ids(plan.moveToBloc) == ["i0"] && plan.duplicate.isEmpty)
        #expect(plan.sever.map { graph.edges[$0.edge].from } == [0] && plan.sever[0].side == .bloc)
    }

    @Test("A cycle: everything entangled, every drag the whole cycle, everything duplicated")
    func cycle() {
        let graph = EstateGraph(estate(cycle: true))
        let e = Entanglement(graph)
        #expect(e.summary.entangled == LargeEstateTests.n)
        #expect(e.drag.allSatisfy { $0 == LargeEstateTests.n })
        #expect(e.hold.allSatisfy { $0 == LargeEstateTests.n })
        let plan = SeparationPlan(separating: PartySet([PartyIndex(0)], capacity: 2), in: graph)
        #expect(plan.cost == Double(LargeEstateTests.n))
        #expect(plan.duplicate.count == LargeEstateTests.n)
        let option = Option(id: "split", defaultDisposition: .split)
        let ev = OptionEvaluation(option: option, entanglement: e)
        #expect(ev.figures.duplicated == LargeEstateTests.n && ev.figures.internalEdges == LargeEstateTests.n)
        // Everything is split, so the option-scoped plan is the whole-estate one.
        #expect(
            SeparationPlan(separatingBloc: ev.partition.bloc(ofParty: PartyIndex(0)), of: ev).cost
                == Double(LargeEstateTests.n))
    }

    @Test("A hub 200,000 shared items stand on: it holds them all")
    func hub() {
        let n = LargeEstateTests.n
        let items =
            [makeItem("hub", area: "core")]
            + (0..<n).map { makeItem("s\($0)", area: "core", users: ["A", "B"], dependsOn: [dep("hub")]) }
        let e = Entanglement(EstateGraph(Estate(parties: ["A", "B"], areas: [("core", "A")], items: items)))
        // Every item is entangled; the hub is reached by all n spokes, each spoke by nothing.
        #expect(e.hold[0] == n + 1 && e.hold.dropFirst().allSatisfy { $0 == 1 })
        #expect(e.drag[0] == 1 && e.drag.dropFirst().allSatisfy { $0 == 2 })
    }
}
