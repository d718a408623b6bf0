import Testing

@testable import CleaveCore

/// Option-scoped separation plans (SPEC 1.1 §4.4): only the items the option splits take
/// part, and what it keeps shared stays jointly run.
@Suite("Separation plans scoped to an option")
struct OptionPlanTests {
    func evaluate(_ option: Option, _ estate: Estate = councilEstate()) -> (OptionEvaluation, EstateGraph) {
        let graph = EstateGraph(estate)
        return (OptionEvaluation(option: option, entanglement: Entanglement(graph)), graph)
    }

    func severs(_ plan: SeparationPlan, _ graph: EstateGraph) -> [String] {
        plan.sever.map {
            "\(graph.itemID(graph.edges[$0.edge].from))>\(graph.itemID(graph.edges[$0.edge].to)) \($0.side.rawValue)"
        }
    }

    @Test("B leaves with finance split: hosting stays shared, so nothing is severed from it")
    func bLeavesFinance() throws {
        let (ev, graph) = evaluate(Option(id: "b-leaves", separate: ["B"], areas: ["fin": .split]))
        let b = try #require(graph.partyIndex("B"))
        let p = SeparationPlan(separatingBloc: ev.partition.bloc(ofParty: b), of: ev)
        // Taking part: ledger, lic, payroll, payroll-team (fin). hosting and portal (dig) stay
        // shared, with ledger → hosting left out. ledger: used by A and B, duplicated (100).
        // ledger → lic cannot be severed (licence, no estate default), so B's ledger takes
        // lic, which A signs: duplicated (10). payroll and the team are B's alone and move.
        // Cost 110 — the whole-estate plan costs 150, as it must also sever ledger → hosting.
        #expect(p.feasible && p.cost == 110 && p.bloc == "B" && p.option == "b-leaves")
        #expect(graph.ids(p.duplicate) == ["ledger", "lic"])
        #expect(graph.ids(p.moveToBloc) == ["payroll", "payroll-team"])
        #expect(p.sever.isEmpty)
        #expect(!p.blocNeeds[graph.index("hosting")] && !p.othersNeed[graph.index("hosting")])
        #expect(SeparationPlan.plans(of: ev).map(\.bloc) == ["B"])
    }

    @Test("The rest, against B, under the same option")
    func restAgainstB() {
        let (ev, graph) = evaluate(Option(id: "b-leaves", separate: ["B"], areas: ["fin": .split]))
        let p = SeparationPlan(separatingBloc: ev.partition.restBloc, of: ev)
        // rest = {A}: x forced on ledger and lic (A uses both), y on ledger, payroll, team.
        // ledger is duplicated (100); the others' ledger needs lic (unseverable): 10 more.
        #expect(p.bloc == "rest" && p.cost == 110)
        #expect(graph.ids(p.duplicate) == ["ledger", "lic"] && p.moveToBloc.isEmpty)
    }

    @Test("An unsplittable split contract behind an unseverable licence edge: both named")
    func infeasible() {
        var estate = councilEstate()
        estate.items[estate.items.firstIndex { $0.id == "lic" }!].split.strategy = .none
        let (ev, graph) = evaluate(Option(id: "b-leaves", separate: ["B"], areas: ["fin": .split]), estate)
        let p = SeparationPlan(separatingBloc: ev.partition.bloc(ofParty: graph.partyIndex("B")!), of: ev)
        // S → X(ledger) (B uses it) → X(lic) (licence edge, ∞) → Z(lic) (strategy none, ∞) → T
        // (A signs lic): every cut is infinite.
        let licence = graph.edges.indices.first {
            graph.itemID(graph.edges[$0].from) == "ledger" && graph.itemID(graph.edges[$0].to) == "lic"
        }!
        #expect(!p.feasible && p.cost == nil)
        #expect(p.obstacles == [.unsplittable(item: graph.index("lic")), .unseverable(edge: licence)])
        // Sharing the unsplittable contract makes it feasible: ledger alone is duplicated.
        let shared = SeparationPlan(
            separatingBloc: ev.partition.bloc(ofParty: graph.partyIndex("B")!), of: ev, sharingUnsplittable: true)
        #expect(shared.cost == 100 && graph.ids(shared.shared) == ["lic"])
    }

    @Test("Nothing split: nothing to do, at no cost")
    func nothingSplit() {
        let (ev, _) = evaluate(Option(id: "quo", separate: ["B"]))
        let p = SeparationPlan(separatingBloc: ev.partition.bloc(ofParty: ev.graph.partyIndex("B")!), of: ev)
        #expect(p.feasible && p.cost == 0 && p.duplicate.isEmpty && p.moveToBloc.isEmpty && p.sever.isEmpty)
    }

    @Test("Agrees with trying every labeling of the split items on 400 random estates and options")
    func againstBruteForce() {
        var rng = SeededGenerator(seed: 4404)
        var infeasible = 0, checked = 0
        for round in 0..<400 {
            let estate = randomEstate(
                &rng, items: round < 390 ? 8 : 10, density: Double.random(in: 0.1...0.4, using: &rng))
            let option = randomOption(&rng, for: estate)
            let graph = EstateGraph(estate)
            let ev = OptionEvaluation(option: option, entanglement: Entanglement(graph))
            let reference = BruteForce(estate)
            let among = Set((0..<graph.itemCount).filter { ev.dispositions[$0] == .split })
            let sharing = round % 3 == 0
            for bloc in ev.partition.blocs {
                let parties = Set(ev.partition.parties(inBloc: bloc).map(\.rawValue))
                let expected = reference.plan(bloc: parties, sharing: sharing, among: among)
                let p = SeparationPlan(separatingBloc: bloc, of: ev, sharingUnsplittable: sharing)
                checked += 1
                #expect(p.cost == expected.cost)
                #expect(p.feasible == (expected.cost != nil))
                if p.feasible {
                    #expect(Set(p.duplicate) == expected.duplicate)
                    #expect(Set(p.shared) == expected.shared)
                    #expect(Set(p.moveToBloc) == expected.move)
                    let sever = p.sever.map {
                        "\(graph.edges[$0.edge].from)>\(graph.edges[$0.edge].to) \($0.side.rawValue)"
                    }
                    #expect(sever.sorted() == expected.sever)
                    #expect(
                        (0..<graph.itemCount).allSatisfy {
                            among.contains($0) || (!p.blocNeeds[$0] && !p.othersNeed[$0])
                        })
                } else {
                    infeasible += 1
                    // Every obstacle is a split item or an edge between split items.
                    #expect(!p.obstacles.isEmpty)
                    for obstacle in p.obstacles {
                        switch obstacle {
                        case .unsplittable(let item): #expect(among.contains(item))
                        case .unseverable(let e):
                            #expect(among.contains(graph.edges[e].from) && among.contains(graph.edges[e].to))
                        }
                    }
                }
            }
        }
        #expect(checked > 600 && infeasible > 10)
    }
}
