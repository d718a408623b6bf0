import Testing

@testable import CleaveCore

/// `OptionEvaluation` against `NaiveOptionEvaluation`, SPEC §4.3 read literally, on small
/// random estates with random options: random separating parties, dispositions, areas out
/// of scope, target and start dates, and contracts with random ends, notice and
/// assignability.
@Suite("Option evaluation agrees with the specification read literally")
struct OptionEvaluationReferenceTests {
    @Test("Every list and figure on 400 random estates and options")
    func againstNaive() {
        var rng = SeededGenerator(seed: 4303)
        var seen = (locks: 0, openEnded: 0, missed: 0, ties: 0, conflicts: 0, unsplittable: 0, transferred: 0)
        for _ in 0..<400 {
            var estate = randomEstate(&rng, items: 10, density: Double.random(in: 0.1...0.4, using: &rng))
            randomizeTerms(&estate, &rng)
            let option = randomOption(&rng, for: estate)
            let graph = EstateGraph(estate)
            let ev = OptionEvaluation(option: option, entanglement: Entanglement(graph))
            let naive = NaiveOptionEvaluation(estate, option: option)
            let id = graph.itemID

            #expect(ev.dispositions == naive.dispositions)
            for i in 0..<graph.itemCount {
                #expect(Set(ev.blocNames(of: i)) == naive.blocs[i])
                let outcome: String =
                    switch ev.outcomes[i] {
                    case .duplicated: "duplicated"
                    case .transferred(let bloc): "transferred:\(ev.partition.name(bloc))"
                    case .unchanged: "unchanged"
                    }
                #expect(outcome == naive.outcomes[i], "item \(id(i))")
            }
            #expect(
                ev.ties.map {
                    [id(graph.edges[$0.edge].from), id(graph.edges[$0.edge].to), ev.partition.name($0.bloc)]
                } == naive.ties)
            #expect(ev.conflicts.map { [id(graph.edges[$0].from), id(graph.edges[$0].to)] } == naive.conflicts)

            let blockers = ev.blockers.map {
                NaiveOptionEvaluation.Blocker(
                    kind: $0.kind.rawValue, item: id($0.item), related: $0.related.map(id),
                    releaseDate: $0.releaseDate, noticeDate: $0.noticeDate,
                    noticeMissed: $0.noticeMissed)
            }
            #expect(blockers == naive.blockers)
            for blocker in ev.blockers where blocker.kind == .contractLock {
                #expect(blocker.reason.contains("already missed") == blocker.noticeMissed)
                #expect(blocker.reason.contains("open-ended") == (blocker.releaseDate == nil))
            }

            let f = ev.figures
            #expect(f.duplicated == naive.duplicated && f.transferred == naive.transferred)
            #expect(f.oneOffCost == naive.oneOffCost && f.recurringDelta == naive.recurringDelta)
            #expect(f.fteAffected == naive.fteAffected)
            #expect(
                f.ties == naive.ties.count && f.conflicts == naive.conflicts.count
                    && f.internalEdges == naive.internalEdges)
            #expect(f.unsplittable == naive.blockers.filter { $0.kind == "unsplittable" }.count)
            #expect(f.contractLocks == naive.blockers.filter { $0.kind == "contract-lock" }.count)
            #expect(f.conflictBlockers == naive.conflicts.count)
            #expect(f.entangledBefore == naive.entangledBefore && f.entangledAfter == naive.entangledAfter)
            #expect(f.separation == naive.separation && f.cleanliness == naive.cleanliness)
            #expect(f.completionDate == naive.completionDate && f.neverCompletes == naive.neverCompletes)
            #expect(f.noticesMissed == naive.blockers.filter(\.noticeMissed).count)
            #expect(PricingAssumptions(ev).defaultDuplicateCostCount == naive.defaultPricedDuplicates)

            seen.locks += f.contractLocks
            seen.openEnded += f.openEndedLocks
            seen.missed += f.noticesMissed
            seen.ties += f.ties
            seen.conflicts += f.conflicts
            seen.unsplittable += f.unsplittable
            seen.transferred += f.transferred
        }
        // The random options reach every rule, not just the easy ones.
        #expect(seen.locks > 20 && seen.openEnded > 5 && seen.missed > 5, "\(seen)")
        #expect(seen.ties > 20 && seen.conflicts > 20 && seen.unsplittable > 10 && seen.transferred > 20, "\(seen)")
    }

    @Test("Notice dates: calendar months back, the day clamped, as the naive count gives them")
    func noticeDates() {
        var rng = SeededGenerator(seed: 31)
        for _ in 0..<500 {
            let year = 2000 + rng.below(40), month = 1 + rng.below(12)
            let end = Day(year: year, month: month, day: 1 + rng.below(Day.daysIn(month: month, year: year)))!
            let months = rng.below(40)
            var item = Item(kind: .contract, id: "c", area: "a")
            item.end = end
            item.noticeMonths = months
            #expect(item.noticeDate == NaiveOptionEvaluation.monthsBefore(end, months) && item.releaseDate == end)
        }
    }
}
