import Testing

@testable import CleaveCore

/// Teams an option duplicates or moves, and who employs their staff afterwards.
///
/// Parties A, B, C; one area led by A; the option separates C (blocs C and rest = {A, B})
/// and splits everything.
///
/// | team | users | employer | FTE | outcome | afterwards |
/// |---|---|---|---|---|---|
/// | t1 | C | A (the lead) | 4 | to C | staff transfer to C |
/// | t2 (lead C) | B | C | 2 | to rest | staff transfer to an employer rest chooses |
/// | t3 | A, C | B | 3 | duplicated | stays with rest (B); C recruits 3 |
/// | t4 | B, C | C | 1.5 | duplicated | stays with C; rest recruits 1.5, employer to choose |
/// | t5 (lead B) | B | B | 9 | unchanged | not listed |
/// | t6 | C | C | 1 | to C | stays with C, its employer |
@Suite("Staffing")
struct StaffingTests {
    static func team(_ id: String, users: [String], lead: String? = nil, employer: String?, fte: Double) -> Item {
        var item = makeItem(id, .team, area: "ar", lead: lead, users: users, fte: fte)
        item.employer = employer.map { Reference($0, at: here) }
        return item
    }

    static func staffing() -> (Staffing, OptionEvaluation) {
        let option = Option(id: "c-leaves", separate: ["C"], defaultDisposition: .split)
        let estate = Estate(
            parties: ["A", "B", "C"], areas: [("ar", "A")],
            items: [
                team("t1", users: ["C"], employer: nil, fte: 4),
                team("t2", users: ["B"], lead: "C", employer: "C", fte: 2),
                team("t3", users: ["A", "C"], employer: "B", fte: 3),
                team("t4", users: ["B", "C"], employer: "C", fte: 1.5),
                team("t5", users: ["B"], lead: "B", employer: "B", fte: 9),
                team("t6", users: ["C"], employer: "C", fte: 1),
            ], options: [option])
        let ev = OptionEvaluation(option: option, entanglement: Entanglement(EstateGraph(estate)))
        return (Staffing(evaluation: ev), ev)
    }

    typealias P = Staffing.Placement

    @Test("Each team's employer before and after")
    func teams() {
        let (s, ev) = Self.staffing()
        #expect(s.optionID == "c-leaves")
        #expect(s.teams.map(\.id) == ["t1", "t2", "t3", "t4", "t6"])
        #expect(s.teams.map(\.employer) == ["A", "C", "B", "C", "C"])
        #expect(
            s.teams.map(\.placements) == [
                [P(bloc: "C", kind: .transfers, employer: "C", fte: 4)],
                [P(bloc: "rest", kind: .transfers, employer: nil, fte: 2)],
                [
                    P(bloc: "C", kind: .recruits, employer: "C", fte: 3),
                    P(bloc: "rest", kind: .stays, employer: "B", fte: 3),
                ],
                [
                    P(bloc: "C", kind: .stays, employer: "C", fte: 1.5),
                    P(bloc: "rest", kind: .recruits, employer: nil, fte: 1.5),
                ],
                [P(bloc: "C", kind: .stays, employer: "C", fte: 1)],
            ])
        #expect(s.fteAffected == ev.figures.fteAffected && s.fteAffected == 11.5)
    }

    @Test("FTE by party and by bloc")
    func totals() {
        let (s, _) = Self.staffing()
        #expect(s.parties.map(\.id) == ["A", "B", "C"] && s.parties.map(\.bloc) == ["rest", "rest", "C"])
        #expect(s.parties.map(\.affected) == [4, 3, 4.5])
        #expect(s.parties.map(\.transfersIn) == [0, 0, 4])
        #expect(s.parties.map(\.transfersOut) == [4, 0, 2])
        #expect(s.parties.map(\.recruits) == [0, 0, 3])
        #expect(s.unattributed == 0)
        #expect(s.blocs.map(\.bloc) == ["C", "rest"])
        #expect(s.blocs.map(\.affected) == [4.5, 7])
        #expect(s.blocs.map(\.receives) == [5, 2])
        #expect(s.blocs.map(\.recruits) == [3, 1.5])
    }
}
