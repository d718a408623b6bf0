import CleaveCore

/// The teams an option duplicates or moves, with FTE and employer before and after (the TUPE
/// question), as the `costs` and `roadmap` reports and the committee report's option pages
/// show them.
struct StaffingSections {
    let staffing: Staffing
    /// The estate, for the teams' names (shown under their ids in HTML).
    let graph: EstateGraph

    static func fte(_ value: Double) -> String { value == 0 ? "—" : Wording.number(value) }

    /// "NNC: transfers to NNC; rest: stays with WNC".
    static func afterwards(_ team: Staffing.TeamChange) -> String {
        team.placements.map { p in
            let employer = p.employer ?? "an employer the bloc chooses"
            switch p.kind {
            case .stays: return "\(p.bloc): stays with \(employer)"
            case .transfers: return "\(p.bloc): transfers to \(employer)"
            case .recruits:
                return p.fte == 0
                    ? "\(p.bloc): a team of its own for \(employer) (no FTE given)"
                    : "\(p.bloc): \(Wording.number(p.fte)) new posts for \(employer)"
            }
        }.joined(separator: "; ")
    }

    static func outcome(_ outcome: ItemOutcome) -> String {
        if case .transferred = outcome { return "transferred" }
        return "duplicated"
    }

    var sections: [Report.Section] {
        var teams = Table(columns: [
            .init("Team"), .init("Outcome"), .init("FTE", .right), .init("Employer today"), .init("Afterwards"),
        ])
        for t in staffing.teams {
            teams.append([
                .namedItem(t.id, name: graph.estate.items[t.item].name), .text(Self.outcome(t.outcome)),
                .number(Wording.number(t.fte), t.fte), .text(t.employer ?? "—"), .text(Self.afterwards(t)),
            ])
        }
        var parties = Table(columns: [
            .init("Party"), .init("Bloc"), .init("Affected", .right), .init("Transfers in", .right),
            .init("Transfers out", .right), .init("New posts", .right),
        ])
        func fte(_ value: Double) -> Table.Cell { .number(Self.fte(value), value) }
        for p in staffing.parties where p.affected + p.transfersIn + p.transfersOut + p.recruits > 0 {
            parties.append([
                .text(p.id), .text(p.bloc), fte(p.affected), fte(p.transfersIn), fte(p.transfersOut), fte(p.recruits),
            ])
        }
        var sections = [
            Report.Section(
                title: "Staff: \(Wording.count(staffing.teams.count, "team")) duplicated or moved, "
                    + "\(Wording.number(staffing.fteAffected)) FTE",
                table: teams, empty: "No team is duplicated or moved."),
            Report.Section(title: "FTE by party", table: parties, empty: "No party's staff are affected."),
        ]
        if staffing.unattributed > 0 {
            sections.append(
                Report.Section(lines: [
                    "\(Wording.number(staffing.unattributed)) FTE belong to teams with no employer or lead that resolves."
                ]))
        }
        return sections
    }

    /// An addition to SPEC §5's shapes: `{fteAffected, teams: [{id, outcome, fte, employer,
    /// placements: [{bloc, kind, employer, fte}]}], parties: [{party, affected, transfersIn,
    /// transfersOut, recruits}]}`.
    var json: JSONValue {
        .object([
            ("fteAffected", .number(staffing.fteAffected)),
            (
                "teams",
                .array(
                    staffing.teams.map { t in
                        .object([
                            ("id", .string(t.id)), ("outcome", .string(Self.outcome(t.outcome))),
                            ("fte", .number(t.fte)), ("employer", .string(t.employer)),
                            (
                                "placements",
                                .array(
                                    t.placements.map { p in
                                        .object([
                                            ("bloc", .string(p.bloc)), ("kind", .string(p.kind.rawValue)),
                                            ("employer", .string(p.employer)), ("fte", .number(p.fte)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "parties",
                .array(
                    staffing.parties.map { p in
                        .object([
                            ("party", .string(p.id)), ("affected", .number(p.affected)),
                            ("transfersIn", .number(p.transfersIn)), ("transfersOut", .number(p.transfersOut)),
                            ("recruits", .number(p.recruits)),
                        ])
                    })
            ),
        ])
    }
}
