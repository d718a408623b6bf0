import CleaveCore

/// Whose staff the option touches: the teams it duplicates or moves, with FTE and employer
/// before and after, and the FTE by party, in the words `cleave costs` and `roadmap` use.
struct OptionStaffingPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let staffing = context.analysis(of: e).staffing
        var out = context.heading(
            "Staff: \(Wording.count(staffing.teams.count, "team")) duplicated or moved, "
                + "\(Wording.number(staffing.fteAffected)) FTE")
        guard !staffing.teams.isEmpty else {
            return out + context.paragraph("No team is duplicated or moved.", class: "note")
        }
        var teams = HTMLTable(columns: [
            .init("Team"), .init("Outcome"), .init("FTE", numeric: true), .init("Employer today"), .init("Afterwards"),
        ])
        for t in staffing.teams {
            teams.append([
                .namedItem(t.id, name: context.graph.estate.items[t.item].name),
                .text(StaffingSections.outcome(t.outcome)), .number(Wording.number(t.fte), t.fte),
                .text(t.employer ?? "—"), .text(StaffingSections.afterwards(t)),
            ])
        }
        teams.cap(context.input.listLimit)
        var parties = HTMLTable(columns: [
            .init("Party"), .init("Bloc"), .init("Affected FTE", numeric: true), .init("Transfers in", numeric: true),
            .init("Transfers out", numeric: true), .init("New posts", numeric: true),
        ])
        func fte(_ value: Double) -> HTMLTable.Cell { .number(StaffingSections.fte(value), value) }
        for p in staffing.parties where p.affected + p.transfersIn + p.transfersOut + p.recruits > 0 {
            parties.append([
                .text(p.id), .text(p.bloc), fte(p.affected), fte(p.transfersIn), fte(p.transfersOut), fte(p.recruits),
            ])
        }
        out += teams.html()
        out += context.heading("FTE by party", level: 4) + parties.html(empty: "No party's staff are affected.")
        if staffing.unattributed > 0 {
            out += context.paragraph(
                "\(Wording.number(staffing.unattributed)) FTE belong to teams with no employer or lead that resolves.",
                class: "note")
        }
        return out
    }
}
