import Testing

@testable import CleaveCore

@Suite("Option evaluation on the council estate")
struct OptionEvaluationTests {
    func evaluate(_ option: Option, ledgerStrategy: SplitStrategy = .clone) -> (OptionEvaluation, EstateGraph) {
        let graph = EstateGraph(councilEstate(ledgerStrategy: ledgerStrategy, options: [option]))
        return (OptionEvaluation(option: option, entanglement: Entanglement(graph)), graph)
    }

    @Test("Status quo: every party its own bloc, nothing split")
    func statusQuo() {
        let (ev, _) = evaluate(Option(id: "status-quo"))
        let f = ev.figures
        #expect(f.duplicated == 0 && f.transferred == 0 && f.oneOffCost == 0 && f.recurringDelta == 0)
        #expect(f.ties == 0 && f.conflicts == 0 && f.blockers == 0 && f.internalEdges == 0)
        // ledger, hosting and lic each have blocs {A, B}; all stay shared.
        #expect(f.entangledBefore == 3 && f.entangledAfter == 3)
        #expect(f.separation == 0)
        #expect(f.cleanliness == 1)  // no internal edges, ties or conflicts: 0/0 counts as clean
        #expect(f.completionDate == nil)
        #expect(ev.partition.blocs.map(ev.partition.name) == ["A", "B"])
    }

    @Test("Full split, contract released before the target date")
    func fullSplit() {
        let (ev, graph) = evaluate(Option(id: "full", defaultDisposition: .split, targetDate: day("2027-07-01")))
        func outcome(_ id: String) -> ItemOutcome { ev.outcomes[graph.index(id)] }
        // ledger, hosting, lic are needed by A and B: duplicated. payroll and the team are
        // needed by B only but led by A (area fin): transferred to B. portal stays with A.
        #expect(outcome("ledger") == .duplicated && outcome("hosting") == .duplicated && outcome("lic") == .duplicated)
        #expect(outcome("payroll") == .transferred(toBloc: ev.partition.bloc(ofParty: graph.partyIndex("B")!)))
        #expect(outcome("payroll-team") == .transferred(toBloc: ev.partition.bloc(ofParty: graph.partyIndex("B")!)))
        #expect(outcome("portal") == .unchanged)
        let f = ev.figures
        #expect(f.duplicated == 3 && f.transferred == 2)
        #expect(f.oneOffCost == 160)  // (2 − 1) × (ledger 100 + hosting 50 + lic default 10)
        #expect(f.recurringDelta == 50)  // ledger's annual cost 30 + hosting's per-instance 20 + lic 0
        #expect(f.fteAffected == 2.5)  // the transferred team
        #expect(f.internalEdges == 5 && f.ties == 0 && f.conflicts == 0 && f.cleanliness == 1)
        #expect(f.entangledBefore == 3 && f.entangledAfter == 0 && f.separation == 1)
        // lic: released at its end, 2027-06-30, before the target 2027-07-01.
        #expect(ev.blockers.isEmpty && f.completionDate == nil && !f.neverCompletes)
    }

    @Test("Full split, contract released after the target date: a contract lock")
    func contractLock() {
        let (ev, graph) = evaluate(Option(id: "early", defaultDisposition: .split, targetDate: day("2026-06-30")))
        #expect(ev.blockers.count == 1)
        let lock = ev.blockers[0]
        #expect(lock.kind == .contractLock && graph.itemID(lock.item) == "lic")
        #expect(graph.ids(lock.related) == ["ledger"])
        // Released at its end, 2027-06-30; notice (6 months) by 2026-12-30, after Start
        // (the inventory date 2025-01-01), so not missed.
        #expect(lock.releaseDate == day("2027-06-30") && lock.noticeDate == day("2026-12-30") && !lock.noticeMissed)
        #expect(
            lock.reason == "not assignable, and blocs A and B each need it; serve notice by 2026-12-30 "
                + "to leave at 2027-06-30 (6 months' notice), after the target date 2026-06-30")
        #expect(ev.figures.contractLocks == 1 && ev.figures.completionDate == day("2027-06-30"))
        #expect(!ev.figures.neverCompletes && ev.figures.neverCompletesReason == nil && ev.figures.noticesMissed == 0)
    }

    @Test("A single month of notice reads as one month's notice")
    func singularNotice() {
        var estate = councilEstate(ledgerStrategy: .clone, options: [])
        let lic = estate.items.firstIndex { $0.id == "lic" }!
        estate.items[lic].noticeMonths = 1
        let option = Option(id: "early", defaultDisposition: .split, targetDate: day("2026-06-30"))
        let ev = OptionEvaluation(option: option, entanglement: Entanglement(EstateGraph(estate)))
        #expect(
            ev.blockers.map(\.reason) == [
                "not assignable, and blocs A and B each need it; serve notice by "
                    + "2027-05-30 to leave at 2027-06-30 (1 month's notice), after the target date 2026-06-30"
            ])
    }

    @Test("A party leaving: B separates and finance splits")
    func partyLeaving() {
        let (ev, graph) = evaluate(Option(id: "b-leaves", separate: ["B"], areas: ["fin": .split]))
        #expect(ev.partition.blocs.map(ev.partition.name) == ["B", "rest"])
        #expect(ev.blocNames(of: graph.index("ledger")) == ["B", "rest"])
        let f = ev.figures
        // ledger and lic duplicated; payroll and the team move from A's bloc (rest) to B.
        #expect(f.duplicated == 2 && f.transferred == 2)
        #expect(f.oneOffCost == 110 && f.recurringDelta == 30 && f.fteAffected == 2.5)
        // One tie: B's own ledger still depends on hosting, shared and run by A (bloc rest).
        // rest's ledger also depends on it, but rest runs hosting, so that is no tie.
        #expect(
            ev.ties.map {
                "\(ev.partition.name($0.bloc)):\(graph.itemID(graph.edges[$0.edge].from))>\(graph.itemID(graph.edges[$0.edge].to))"
            }
                == ["B:ledger>hosting"])
        // Internal: ledger→lic, payroll→ledger, team→payroll. Cleanliness 3 / (3 + 1 tie).
        #expect(f.internalEdges == 3 && f.cleanliness == 0.75)
        // Of ledger, hosting, lic (two blocs each), hosting stays shared: separation 1 − 1/3.
        #expect(f.entangledBefore == 3 && f.entangledAfter == 1 && f.separation == 1 - 1.0 / 3)
        // No target date: the lock is measured against the inventory date 2025-01-01.
        #expect(ev.blockers.map(\.kind) == [.contractLock] && f.completionDate == day("2027-06-30"))
    }

    @Test("A shared item on top of a split one is a conflict")
    func conflict() {
        let (ev, graph) = evaluate(Option(id: "split-hosting", items: ["hosting": .split]))
        // ledger is shared and needed by A and B, but hosting beneath it is split. portal
        // also depends on hosting but only A needs it, so that is no conflict.
        #expect(ev.conflicts.map { graph.itemID(graph.edges[$0].from) } == ["ledger"])
        #expect(ev.blockers.count == 1)
        let blocker = ev.blockers[0]
        #expect(
            blocker.kind == .conflict && graph.itemID(blocker.item) == "ledger"
                && graph.ids(blocker.related) == ["hosting"])
        #expect(blocker.reason == "run jointly for blocs A and B, but depends on hosting, which the option splits")
        let f = ev.figures
        #expect(f.duplicated == 1 && f.oneOffCost == 50 && f.recurringDelta == 20)
        #expect(f.cleanliness == 0 && f.separation == 1 - 2.0 / 3)
    }

    @Test("An unsplittable shared item blocks a full split")
    func unsplittable() {
        let (ev, graph) = evaluate(
            Option(id: "full", defaultDisposition: .split, targetDate: day("2027-07-01")),
            ledgerStrategy: .none)
        #expect(ev.blockers.count == 1)
        let blocker = ev.blockers[0]
        #expect(blocker.kind == .unsplittable && graph.itemID(blocker.item) == "ledger")
        #expect(graph.ids(blocker.related) == ["payroll"])
        #expect(blocker.reason == "cannot be split (split.strategy: none), yet blocs A and B each need it")
        #expect(ev.figures.oneOffCost == 160)  // counted as written; the blocker says it cannot happen
        #expect(
            ev.figures.neverCompletes && ev.figures.neverCompletesReason == "an unsplittable item must be duplicated")
    }

    @Test("Out-of-scope areas stay shared; item overrides win over areas")
    func dispositions() {
        var estate = councilEstate()
        estate.areas[1].inScope = false  // dig
        let option = Option(
            id: "o", defaultDisposition: .split, areas: ["fin": .shared], items: ["payroll": .split, "ghost": .split])
        let graph = EstateGraph(estate)
        let d = OptionEvaluation.dispositions(of: option, in: graph)
        #expect(
            graph.estate.items.indices.map { "\(graph.itemID($0))=\(d[$0].rawValue)" }
                == [
                    "ledger=shared", "hosting=shared", "lic=shared", "payroll=split", "portal=shared",
                    "payroll-team=shared",
                ])
    }

    @Test("Blockers sort by kind, then item id, then related ids")
    func blockerOrder() {
        let estate = Estate(
            parties: ["A", "B"], areas: [("core", "A")],
            items: [
                makeItem("z-shared", area: "core", users: ["A", "B"], dependsOn: [dep("b-split"), dep("a-split")]),
                makeItem("b-split", area: "core", users: ["A", "B"], strategy: .none),
                makeItem("a-split", area: "core", users: ["A", "B"]),
                makeItem("c", .contract, area: "core", parties: ["A", "B"]),
            ])
        let option = Option(id: "o", items: ["b-split": .split, "a-split": .split, "c": .split])
        let graph = EstateGraph(estate)
        let ev = OptionEvaluation(option: option, entanglement: Entanglement(graph))
        #expect(
            ev.blockers.map { "\($0.kind.rawValue):\(graph.itemID($0.item)):\(graph.ids($0.related))" } == [
                "conflict:z-shared:[\"a-split\"]", "conflict:z-shared:[\"b-split\"]",
                "contract-lock:c:[]", "unsplittable:b-split:[\"z-shared\"]",
            ])
    }
}
