import Testing

@testable import CleaveCore

/// Costs by party, roadmaps and staffing on many random estates: checked against the naive
/// readings of the SPEC in `Support/`, and for the invariants that must hold whatever the
/// estate.
@Suite("Costs, roadmaps and staffing on random estates")
struct RandomCostsAndRoadmapTests {
    static func evaluations(seed: UInt64, count: Int, items: Int) -> [(Estate, EstateGraph, [OptionEvaluation])] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let estate = randomCostedEstate(&rng, items: items, density: Double.random(in: 0.05...0.3, using: &rng))
            let graph = EstateGraph(estate)
            let entanglement = Entanglement(graph)
            return (estate, graph, estate.options.map { OptionEvaluation(option: $0, entanglement: entanglement) })
        }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test("Costs match the naive reading of §4.5")
    func costsMatchNaive() {
        for (estate, _, evaluations) in Self.evaluations(seed: 45, count: 300, items: 10) {
            let today = PartyCosts(entanglement: evaluations[0].entanglement),
                naiveToday = NaiveCosts(estate, option: nil)
            #expect(
                today.parties.allSatisfy { Self.close($0.before, naiveToday.before[$0.id]!) && $0.after == $0.before })
            #expect(Self.close(today.unallocated, naiveToday.unallocated))
            for ev in evaluations {
                let costs = PartyCosts(evaluation: ev), naive = NaiveCosts(estate, option: ev.option)
                for p in costs.parties {
                    #expect(p.bloc == naive.bloc[p.id])
                    #expect(
                        Self.close(p.before, naive.before[p.id]!) && Self.close(p.after, naive.after[p.id]!)
                            && Self.close(p.oneOff, naive.oneOff[p.id]!), "\(p) \(naive)")
                }
                #expect(costs.blocs.map(\.name) == naive.stranded.keys.sorted())
                #expect(
                    costs.blocs.allSatisfy { Self.close($0.stranded, naive.stranded[$0.name]!) },
                    "\(costs.blocs) \(naive)")
                #expect(Self.close(costs.unallocated, naive.unallocated))
            }
        }
    }

    @Test("Roadmaps match the naive reading of §4.6")
    func roadmapsMatchNaive() {
        var computed = 0
        for (estate, graph, evaluations) in Self.evaluations(seed: 46, count: 300, items: 10) {
            for ev in evaluations {
                let naive = NaiveRoadmap(estate, option: ev.option)
                guard let roadmap = try? Roadmap(evaluation: ev) else {
                    #expect(naive == nil)
                    continue
                }
                computed += 1
                #expect(NaiveRoadmap(roadmap, graph) == naive)
            }
        }
        #expect(computed > 500)
    }

    @Test("Invariants: costs balance, prerequisites finish first, completion is the latest finish, FTE adds up")
    func invariants() throws {
        var late = 0, never = 0, paths = 0
        for (estate, _, evaluations) in Self.evaluations(seed: 47, count: 400, items: 40) {
            let total = estate.items.reduce(0) { $0 + ($1.annualCost ?? 0) }
            for ev in evaluations {
                let costs = PartyCosts(evaluation: ev)
                #expect(Self.close(costs.totalChange, ev.figures.recurringDelta))
                #expect(Self.close(costs.totalOneOff, ev.figures.oneOffCost))
                #expect(Self.close(costs.parties.reduce(0) { $0 + $1.before } + costs.unallocated, total))
                #expect(Self.close(costs.blocs.reduce(0) { $0 + $1.change }, ev.figures.recurringDelta))

                let staffing = Staffing(evaluation: ev)
                #expect(Self.close(staffing.fteAffected, ev.figures.fteAffected))
                #expect(
                    Self.close(
                        staffing.parties.reduce(0) { $0 + $1.affected } + staffing.unattributed, ev.figures.fteAffected)
                )

                guard let roadmap = try? Roadmap(evaluation: ev) else { continue }
                let byItem = Dictionary(uniqueKeysWithValues: roadmap.steps.map { ($0.item, $0) })
                #expect(byItem.count == ev.figures.duplicated + ev.figures.transferred)
                for step in roadmap.steps {
                    let mates = Set(step.group)
                    for j in step.waitsFor where !mates.contains(j) {
                        let prior = try #require(byItem[j])
                        if let finish = prior.finish {
                            #expect(step.start.map { $0 >= finish } ?? true)
                            #expect(step.wave > prior.wave)
                        } else {
                            #expect(step.start == nil && step.finish == nil)
                        }
                    }
                    if let start = step.start { #expect(start >= roadmap.start) }
                    if let start = step.start, let finish = step.finish {
                        #expect(finish >= start.adding(months: step.months))
                    }
                    if step.late { late += 1 }
                    if step.finish == nil { never += 1 }
                }
                let finishes = roadmap.steps.map(\.finish)
                if finishes.contains(nil) {
                    #expect(roadmap.completion == nil && roadmap.criticalPath.isEmpty)
                } else {
                    #expect(roadmap.completion == finishes.compactMap { $0 }.reduce(roadmap.start, max))
                    if let last = roadmap.criticalPath.last { #expect(byItem[last]?.finish == roadmap.completion) }
                    for (a, b) in zip(roadmap.criticalPath, roadmap.criticalPath.dropFirst()) {
                        #expect(byItem[a]?.finish == byItem[b]?.start)
                    }
                    if roadmap.criticalPath.count > 1 { paths += 1 }
                }
            }
        }
        // The random estates reach every case.
        #expect(late > 100 && never > 100 && paths > 50)
    }
}
