import Testing

@testable import CleaveCore

/// `Yardsticks` solves each distinct cut once and hands the same plan to every option and
/// party that needs it; what it gives must be what each plan solved on its own gives.
@Suite("Party and option yardsticks solved together")
struct YardsticksTests {
    /// What a plan shows a reader, labels included.
    func summary(_ p: SeparationPlan, _ graph: EstateGraph) -> String {
        let severed = p.sever.map { "\($0.edge)\($0.side.rawValue)" }.joined(separator: ",")
        return [
            p.bloc, p.option ?? "-", "\(p.feasible)", p.cost.map { "\($0)" } ?? "∞",
            graph.ids(p.duplicate).joined(separator: ","), graph.ids(p.shared).joined(separator: ","),
            graph.ids(p.moveToBloc).joined(separator: ","), severed, "\(p.obstacles)", "\(p.sharesUnsplittable)",
        ].joined(separator: " | ")
    }

    /// The reference: every plan solved by itself, as the policy of SPEC 1.1 §4.4 reads.
    func separately(_ evaluation: OptionEvaluation) -> (strict: [SeparationPlan], sharing: [SeparationPlan]?) {
        let strict = SeparationPlan.plans(of: evaluation).sorted { $0.bloc < $1.bloc }
        let sharing =
            strict.allSatisfy(\.feasible)
            ? nil : SeparationPlan.plans(of: evaluation, sharingUnsplittable: true).sorted { $0.bloc < $1.bloc }
        return (strict, sharing)
    }

    @Test("Agree with each plan solved alone on 300 random estates, options splitting all or part")
    func againstSolvingEachAlone() {
        var rng = SeededGenerator(seed: 7707)
        for round in 0..<300 {
            let estate = randomCostedEstate(&rng, items: 9)
            let graph = EstateGraph(estate)
            let entanglement = Entanglement(graph)
            var options = estate.options
            // Some options split everything, so their plans are the parties' own yardsticks.
            for k in options.indices where Bool.random(using: &rng) {
                options[k].defaultDisposition = .split
                options[k].areas = []
                options[k].items = []
            }
            // Some split the same items as another, separating other parties: they share its
            // scope, and must still get plans of their own parties under their own labels.
            if let model = options.randomElement(using: &rng), Bool.random(using: &rng) {
                var twin = model
                twin.id = "twin-\(model.id)"
                let chosen = estate.parties.filter { _ in Bool.random(using: &rng) }
                twin.separate = chosen.isEmpty ? nil : chosen.map { Reference($0.id, at: model.location) }
                options.append(twin)
            }
            let evaluations = options.map { OptionEvaluation(option: $0, entanglement: entanglement) }
            let parties = evaluations.flatMap { Array($0.partition.separated) }
            let joint = Yardsticks(parties: parties, options: evaluations, in: graph)

            for e in evaluations {
                let reference = separately(e)
                let got = joint.options[e.option.id]!
                #expect(
                    got.strict.map { summary($0, graph) } == reference.strict.map { summary($0, graph) },
                    "round \(round), option \(e.option.id)")
                #expect(
                    got.sharing?.map { summary($0, graph) } == reference.sharing?.map { summary($0, graph) },
                    "round \(round), option \(e.option.id) sharing")
            }
            let anyInfeasible = Set(parties).contains { !SeparationPlan(separatingParty: $0, in: graph).feasible }
            for p in Set(parties) {
                let alone = YardstickPlan(separatingParty: p, in: graph, withSharing: anyInfeasible)
                let got = joint.parties[p]!
                #expect(summary(got.strict, graph) == summary(alone.strict, graph), "round \(round), party \(p)")
                #expect(
                    got.sharing.map { summary($0, graph) } == alone.sharing.map { summary($0, graph) },
                    "round \(round), party \(p) sharing")
            }
            #expect(joint.parties.keys.sorted() == Array(Set(parties)).sorted())
        }
    }

    @Test("Plans kept from earlier what-ifs give what solving them again gives, on 200 random estates")
    func keptPlansAgreeWithSolvingAgain() {
        var rng = SeededGenerator(seed: 4417)
        for round in 0..<200 {
            let estate = randomCostedEstate(&rng, items: 8)
            let graph = EstateGraph(estate)
            let entanglement = Entanglement(graph)
            // Room for one to four plans of these small estates, so plans are dropped and
            // solved again along the way.
            let kept = RecentMemo<SolvedPlanKey, SeparationPlan>(budget: Int.random(in: 300...1200, using: &rng)) {
                $0.bytes
            }
            var asked: [Option] = []
            for step in 0..<8 {
                // Ask again for an earlier what-if as often as for a new one: the same items
                // split, under another id and target, separating perhaps other parties.
                var option = estate.options.randomElement(using: &rng)!
                if let earlier = asked.randomElement(using: &rng), Bool.random(using: &rng) {
                    option = earlier
                    option.id = "again-\(step)"
                    let chosen = estate.parties.filter { _ in Bool.random(using: &rng) }
                    option.separate = chosen.isEmpty ? nil : chosen.map { Reference($0.id, at: option.location) }
                } else if Bool.random(using: &rng) {
                    option.defaultDisposition = Bool.random(using: &rng) ? .split : .shared
                }
                asked.append(option)
                let e = OptionEvaluation(option: option, entanglement: entanglement)
                let parties = Array(e.partition.separated)
                let fresh = Yardsticks(parties: parties, options: [e], in: graph)
                let reused = Yardsticks(parties: parties, options: [e], in: graph, kept: kept)
                let label = "round \(round), step \(step)"
                #expect(
                    reused.options[option.id]!.strict.map { summary($0, graph) }
                        == fresh.options[option.id]!.strict.map { summary($0, graph) }, "\(label)")
                #expect(
                    reused.options[option.id]!.sharing?.map { summary($0, graph) }
                        == fresh.options[option.id]!.sharing?.map { summary($0, graph) }, "\(label) sharing")
                #expect(
                    parties.map { summary(reused.parties[$0]!.shown, graph) }
                        == parties.map { summary(fresh.parties[$0]!.shown, graph) }, "\(label) parties")
                #expect(kept.total <= kept.budget || kept.count == 1, "\(label)")
            }
        }
    }

    @Test("A RecentMemo drops the values used longest ago to stay within its budget, as a list in order of use does")
    func recentMemoAgainstAList() {
        var rng = SeededGenerator(seed: 91)
        for round in 0..<300 {
            let budget = Int.random(in: 1...6, using: &rng)
            // A value's cost is its last digit: 1, 2 or 3.
            let memo = RecentMemo<Int, Int>(budget: budget) { $0 % 10 }
            // The reference: keys, used longest ago first.
            var order: [Int] = []
            var values: [Int: Int] = [:]
            for step in 0..<30 {
                let key = Int.random(in: 0..<8, using: &rng)
                if Bool.random(using: &rng) {
                    let got = memo.kept(key)
                    #expect(got == values[key], "round \(round), step \(step): kept(\(key))")
                    if got != nil { order.removeAll { $0 == key }; order.append(key) }
                } else {
                    let value = step * 10 + Int.random(in: 1...3, using: &rng)
                    memo.keep(value, for: key)
                    if values[key] == nil {
                        while !order.isEmpty, values.values.reduce(0, { $0 + $1 % 10 }) + value % 10 > budget {
                            values[order.removeFirst()] = nil
                        }
                        values[key] = value
                    }
                    order.removeAll { $0 == key }
                    order.append(key)
                }
                #expect(memo.count == values.count, "round \(round), step \(step)")
                #expect(memo.total == values.values.reduce(0) { $0 + $1 % 10 }, "round \(round), step \(step)")
            }
        }
    }
}
