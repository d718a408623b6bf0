import Testing

@testable import CleaveCore

/// Contract locks as SPEC 1.1 §4.3 has them: released at `end`, notice due `noticeMonths`
/// before, missed when that falls before Start. Worked by hand on the council estate, where
/// lic (signed by A, needed by A and B through ledger) ends 2027-06-30 with 6 months' notice:
/// notice date 2026-12-30. Every option here splits everything, so lic is duplicated.
@Suite("Contract locks: release at end, notice before it")
struct ContractLockTests {
    func evaluate(_ option: Option, _ change: (inout Estate) -> Void = { _ in }) -> OptionEvaluation {
        var estate = councilEstate()
        change(&estate)
        return OptionEvaluation(option: option, entanglement: Entanglement(EstateGraph(estate)))
    }

    func setLic(_ estate: inout Estate, _ change: (inout Item) -> Void) {
        change(&estate.items[estate.items.firstIndex { $0.id == "lic" }!])
    }

    @Test("Work that starts after the notice date: the notice is missed")
    func noticeMissed() {
        let ev = evaluate(
            Option(
                id: "late", defaultDisposition: .split, targetDate: day("2026-06-30"),
                startDate: day("2027-01-01")))
        // 2026-12-30 is before Start 2027-01-01.
        let lock = ev.blockers[0]
        #expect(lock.kind == .contractLock && lock.noticeDate == day("2026-12-30") && lock.noticeMissed)
        #expect(
            lock.reason == "not assignable, and blocs A and B each need it; serve notice by 2026-12-30 to leave at "
                + "2027-06-30 (6 months' notice), after the target date 2026-06-30; the notice date is already missed "
                + "(work starts 2027-01-01), so it cannot be left at 2027-06-30")
        #expect(ev.figures.noticesMissed == 1 && ev.figures.completionDate == day("2027-06-30"))
    }

    @Test("Start defaults to the inventory date: notice on 2026-12-30 is missed when asOf is 2027-01-01")
    func startFromAsOf() {
        let ev = evaluate(Option(id: "o", defaultDisposition: .split, targetDate: day("2027-01-31"))) {
            $0.asOf = day("2027-01-01")
        }
        #expect(ev.blockers.map(\.noticeMissed) == [true])
    }

    @Test("No notice period: the reason says when it runs until")
    func noNotice() {
        let ev = evaluate(Option(id: "o", defaultDisposition: .split, targetDate: day("2026-06-30"))) { estate in
            setLic(&estate) { $0.noticeMonths = 0 }
        }
        #expect(
            ev.blockers.map(\.reason) == [
                "not assignable, and blocs A and B each need it; it runs until 2027-06-30 "
                    + "(no notice period), after the target date 2026-06-30"
            ])
        #expect(ev.blockers[0].noticeDate == day("2027-06-30"))
    }

    @Test("No target date: measured against asOf; released by then, no lock")
    func asOfAfterEnd() {
        let ev = evaluate(Option(id: "o", defaultDisposition: .split)) { $0.asOf = day("2027-06-30") }
        // Released on 2027-06-30, which is not after 2027-06-30.
        #expect(ev.blockers.isEmpty && ev.figures.completionDate == nil)
    }

    @Test("Neither target nor asOf: a dated contract does not lock; an open-ended one does, for ever")
    func neitherDate() {
        let dated = evaluate(Option(id: "o", defaultDisposition: .split)) { $0.asOf = nil }
        #expect(dated.blockers.isEmpty)
        let open = evaluate(Option(id: "o", defaultDisposition: .split)) { estate in
            estate.asOf = nil
            setLic(&estate) { $0.end = nil }
        }
        let lock = open.blockers[0]
        #expect(lock.kind == .contractLock && lock.releaseDate == nil && lock.noticeDate == nil && !lock.noticeMissed)
        #expect(
            lock.reason
                == "not assignable, and blocs A and B each need it; it is open-ended (no end date), so it cannot be released"
        )
        #expect(lock.isPermanent && open.figures.openEndedLocks == 1 && open.figures.completionDate == nil)
        #expect(open.figures.neverCompletes && open.figures.neverCompletesReason == "an open-ended contract locks it")
    }

    @Test("An assignable contract never locks")
    func assignable() {
        let ev = evaluate(Option(id: "o", defaultDisposition: .split, targetDate: day("2026-06-30"))) { estate in
            setLic(&estate) { $0.assignable = true }
        }
        #expect(ev.blockers.isEmpty)
    }

    @Test("For a table, blockers within a kind run by release date, open-ended last")
    func tableOrder() {
        let blockers = [
            Blocker(kind: .contractLock, item: 0, related: [], reason: "", releaseDate: nil),
            Blocker(kind: .contractLock, item: 1, related: [], reason: "", releaseDate: day("2028-01-01")),
            Blocker(kind: .conflict, item: 2, related: [3], reason: "", releaseDate: nil),
            Blocker(kind: .contractLock, item: 4, related: [], reason: "", releaseDate: day("2027-01-01")),
            Blocker(kind: .contractLock, item: 5, related: [], reason: "", releaseDate: day("2028-01-01")),
        ]
        #expect(blockers.sortedByReleaseDate().map(\.item) == [2, 4, 1, 5, 0])
    }
}
