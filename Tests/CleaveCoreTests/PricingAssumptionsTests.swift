import Testing

@testable import CleaveCore

/// Which figures rest on the estate's default prices, worked by hand on the council estate:
/// ledger (100) and hosting (50) give their own duplication costs, lic takes the default 10;
/// ledger → hosting has its own sever cost (40), ledger → lic (licence) none.
@Suite("Pricing assumptions made visible")
struct PricingAssumptionsTests {
    @Test("A full split: one of three duplicated items uses the default duplication cost")
    func option() {
        let graph = EstateGraph(councilEstate())
        let ev = OptionEvaluation(
            option: Option(id: "full", defaultDisposition: .split), entanglement: Entanglement(graph))
        let a = PricingAssumptions(ev)
        #expect(a.duplicatedItems == 3 && graph.ids(a.defaultPricedItems) == ["lic"] && a.defaultDuplicateCost == 10)
        #expect(
            a.severedDependencies == 0 && a.defaultSeverCostCount == 0 && a.defaultSeverCost == nil && a.usesDefaults)
    }

    @Test("B leaves: lic duplicated at the default; ledger → hosting severed at its own cost")
    func plan() {
        let graph = EstateGraph(councilEstate())
        let p = SeparationPlan(separatingParty: graph.partyIndex("B")!, in: graph)
        let a = PricingAssumptions(p, in: graph)
        #expect(a.duplicatedItems == 2 && a.defaultDuplicateCostCount == 1)
        #expect(a.severedDependencies == 1 && a.defaultSeverCostCount == 0)
    }

    @Test("With a default sever cost of 7, B severs its ledger's licence at the default instead of duplicating lic")
    func defaultSever() {
        var estate = councilEstate()
        estate.defaultSeverCost = 7
        let graph = EstateGraph(estate)
        let p = SeparationPlan(separatingParty: graph.partyIndex("B")!, in: graph)
        // ledger 100 + sever ledger → hosting 40 + sever ledger → lic 7 (cheaper than lic's 10).
        #expect(p.cost == 147 && graph.ids(p.duplicate) == ["ledger"])
        let a = PricingAssumptions(p, in: graph)
        #expect(a.duplicatedItems == 1 && a.defaultDuplicateCostCount == 0)
        #expect(a.severedDependencies == 2 && a.defaultSeverCostCount == 1 && a.defaultSeverCost == 7)
        #expect(a.defaultPricedDependencies.map { graph.itemID(graph.edges[$0].to) } == ["lic"])
    }

    @Test("An option-scoped plan: B leaves with finance split duplicates ledger and lic, severs nothing")
    func optionPlan() {
        let graph = EstateGraph(councilEstate())
        let ev = OptionEvaluation(
            option: Option(id: "b", separate: ["B"], areas: ["fin": .split]),
            entanglement: Entanglement(graph))
        let a = PricingAssumptions(
            SeparationPlan(separatingBloc: ev.partition.bloc(ofParty: graph.partyIndex("B")!), of: ev), in: graph)
        #expect(a.duplicatedItems == 2 && graph.ids(a.defaultPricedItems) == ["lic"] && a.severedDependencies == 0)
    }

    @Test("Two unsplittable items and two open-ended locks: the option never completes, and says why")
    func neverReason() {
        var f = OptionFigures()
        f.unsplittable = 2
        f.openEndedLocks = 2
        #expect(
            f.neverCompletes
                && f.neverCompletesReason
                    == "2 unsplittable items must be duplicated and 2 open-ended contracts lock it"
        )
    }

    @Test("A dependency with no sever cost and no estate default is priced by nothing")
    func noDefault() {
        let graph = EstateGraph(councilEstate())
        #expect(graph.edges.indices.allSatisfy { !graph.usesDefaultSeverCost(ofEdge: $0) })
        #expect(
            graph.usesDefaultDuplicateCost(graph.index("lic")) && !graph.usesDefaultDuplicateCost(graph.index("ledger"))
        )
    }
}
