import CleaveCore

/// Whose staff the option touches: the teams it duplicates or moves, with FTE and employer
/// before and after, and the FTE by party — the sections `cleave costs` and `roadmap` print,
/// shown as the page shows a reporter's sections.
struct OptionStaffingPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let staffing = context.analysis(of: e).staffing
        let sections = StaffingSections(staffing: staffing, graph: context.graph).sections
        return sections.enumerated().map { n, section in context.html(section, level: n == 0 ? 3 : 4) }.joined()
    }
}
