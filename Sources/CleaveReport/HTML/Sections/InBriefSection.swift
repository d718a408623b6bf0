import CleaveCore

/// The report's first lines: the few facts a committee member takes away, each drawn from
/// the sections below — how entangled the estate is, what the options cost and what blocks
/// them, whether any party can be separated at all, and how much rests on default figures.
struct InBriefSection: ReportSection {
    let anchor = "brief"
    let title = "In brief"

    func body(_ context: ReportContext) -> String {
        let lines = facts(context)
        return "<ul class=\"brief\">\n" + lines.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
    }

    func facts(_ context: ReportContext) -> [String] {
        let graph = context.graph, e = context.input.entanglement, money = context.money
        var lines: [String] = []
        let s = e.summary
        var entangled =
            "\(Wording.grouped(s.entangled)) of the \(Wording.grouped(graph.itemCount)) items are entangled: "
            + "two or more parties need them."
        if graph.partyCount >= 2 {
            let m = e.sharedItems(among: 0..<graph.itemCount)
            let order = graph.partiesByID
            var best: (PartyIndex, PartyIndex, Int)?
            for (x, a) in order.enumerated() {
                for b in order[(x + 1)...] where best == nil || m[a][b] > best!.2 { best = (a, b, m[a][b]) }
            }
            if let (a, b, n) = best, n > 0 {
                entangled += " \(graph.partyID(a)) and \(graph.partyID(b)) share the most: \(Wording.grouped(n))."
            }
        }
        lines.append(entangled)
        let evaluations = context.input.evaluations
        let acting = evaluations.filter { $0.figures.duplicated + $0.figures.transferred > 0 }
        if let cheap = acting.min(by: { $0.figures.oneOffCost < $1.figures.oneOffCost }),
            let dear = acting.max(by: { $0.figures.oneOffCost < $1.figures.oneOffCost }), acting.count >= 2
        {
            lines.append(
                "\(Wording.count(evaluations.count, "option")) compared. Of those that split anything, one-off costs run "
                    + "from \(money.format(cheap.figures.oneOffCost)) (\(cheap.option.name)) to "
                    + "\(money.format(dear.figures.oneOffCost)) (\(dear.option.name)).")
        }
        if let money = lowestNetPresentCost(acting, context) { lines.append(money) }
        let unblocked = acting.filter { $0.figures.blockers == 0 }.map(\.option.name)
        if !acting.isEmpty {
            if unblocked.isEmpty {
                let least = acting.min { ($0.figures.blockers, $0.option.id) < ($1.figures.blockers, $1.option.id) }!
                lines.append(
                    "Every option that splits anything is blocked as it stands; the least blocked is \(least.option.name) "
                        + "with \(Wording.count(least.figures.blockers, "blocker"))"
                        + (least.figures.completionDate.map { ", its last contract released on \($0)" } ?? "")
                        + (context.input.roadmap(least.option.id)?.completion.map {
                            "; its roadmap completes on \($0)."
                        }
                            ?? "."))
            } else {
                lines.append("Not blocked: \(Wording.list(unblocked)).")
            }
        }
        let infeasible = graph.partiesByID.filter { context.input.yardsticks[$0].map { !$0.strict.feasible } ?? false }
        if !infeasible.isEmpty {
            lines.append(
                "As the estate stands, no full separation of \(Wording.list(infeasible.map { graph.partyID($0) })) "
                    + "is possible: items that cannot be split are needed on both sides. The cheapest separations "
                    + "below let those items stay shared.")
        }
        let defaults = graph.estate.items.filter { $0.split.oneOffCost == nil && $0.split.strategy != .none }.count
        let warnings = context.input.findings.count
        lines.append(
            "\(Wording.grouped(defaults)) items are costed at the estate's default split cost, and validation "
                + "raised \(Wording.count(warnings, "warning")): see assumptions and data quality.")
        return lines
    }

    /// For each council (every party when none is a council), the option that splits
    /// something with the lowest net present cost to it (SPEC 1.2 §4.7); nil without cases.
    func lowestNetPresentCost(_ acting: [OptionEvaluation], _ context: ReportContext) -> String? {
        let cases = acting.compactMap { e in try? context.input.analysis.businessCase(of: context.analysis(of: e)).get() }
        guard let first = cases.first else { return nil }
        let graph = context.graph, money = context.money
        let councils = graph.partiesByID.filter { graph.estate.parties[$0.rawValue].kind == .council }
        let parties = councils.isEmpty ? graph.partiesByID : councils
        let names = Dictionary(acting.map { ($0.option.id, $0.option.name) }, uniquingKeysWith: { a, _ in a })
        let each = parties.compactMap { p -> String? in
            let npv = { (c: BusinessCase) in c.parties.first { $0.party == p }?.npv ?? 0 }
            guard let best = cases.min(by: { (npv($0), $0.optionID) < (npv($1), $1.optionID) }) else { return nil }
            let value = npv(best).rounded()
            return "\(graph.partyID(p)): \(names[best.optionID] ?? best.optionID) "
                + "(\(value > 0 ? "+" : "")\(money.format(value)))"
        }
        return "Over \(Wording.count(first.appraisal.years, "year")), the option that splits anything with the "
            + "lowest net present cost to each \(councils.isEmpty ? "party" : "council") — "
            + each.joined(separator: "; ") + ". (Against staying as it is; see Money over time under each option.)"
    }
}
