import CleaveCore

/// The separation plans: for each party, the provably cheapest way to separate it from all
/// the others (SPEC §4.4), the yardstick every option is held against.
struct PlansSection: ReportSection {
    let anchor = "plans"
    let title = "Separation plans: the yardstick for each party"
    var pageBreakBefore: Bool { true }

    func body(_ context: ReportContext) -> String {
        let graph = context.graph, yardsticks = context.input.yardsticks
        let parties = graph.partiesByID.filter { yardsticks[$0] != nil }
        guard !parties.isEmpty else { return context.paragraph("No party to separate.") }
        var out = context.paragraph(
            "For each party, the cheapest full separation from all the others: duplicate what both sides need, or "
                + "re-engineer a dependency away at its sever cost, whichever is cheaper overall. It is a minimum cut, so no "
                + "separation costs less. Where an item that cannot be split is needed by both sides, no separation is "
                + "possible at all; the plan then lets such items stay shared, and says so.")
        var table = Table(columns: [
            .init("Party"), .init("Cheapest separation", numeric: true),
            .init("Letting unsplittable items stay shared", numeric: true),
            .init("Duplicate", numeric: true), .init("Stay shared", numeric: true), .init("Move", numeric: true),
            .init("Sever", numeric: true),
        ])
        for party in parties {
            let y = yardsticks[party]!, shown = y.shown
            table.append([
                .text(graph.partyID(party)),
                y.strict.feasible ? context.amount(y.strict.cost) : .number("not possible", .infinity),
                y.sharing.map { context.amount($0.cost) } ?? .text("—"),
                context.count(shown.duplicate.count), context.count(shown.shared.count),
                context.count(shown.moveToBloc.count), context.count(shown.sever.count),
            ])
        }
        out += table.html()
        for party in parties {
            let y = yardsticks[party]!
            out += Self.details(strict: y.strict, shown: y.shown, context)
        }
        return out
    }

    /// One plan in full, folded: why the strict plan is impossible when it is, then what the
    /// plan shown (the strict one, or the one sharing unsplittable items) duplicates, moves and
    /// severs, and how much of its cost rests on the estate's defaults.
    static func details(strict: SeparationPlan, shown plan: SeparationPlan, _ context: ReportContext) -> String {
        let graph = context.graph, limit = context.input.listLimit
        var out = "<details class=\"plan\"><summary>\(HTMLText.escape(plan.bloc)): "
        out += HTMLText.escape(
            strict.feasible
                ? "cheapest separation \(context.money.format(plan.cost))"
                : plan.feasible
                    ? "not possible as it stands; \(context.money.format(plan.cost)) letting \(plan.shared.count) unsplittable items stay shared"
                    : "not possible as it stands"
        )
        out += "</summary>\n"
        if let assumed = PricingAssumptions(plan, in: graph).sentence(context.money) {
            out += context.paragraph("Priced from estate defaults: \(assumed).", class: "note")
        }
        if !strict.feasible {
            var obstacles = Table(columns: [.init("Why it cannot be done"), .init("Item or dependency")])
            for obstacle in strict.obstacles {
                switch obstacle {
                case .unsplittable(let item):
                    obstacles.append([.text("cannot be split, and both sides need it"), .item(graph.itemID(item))])
                case .unseverable(let edge):
                    let e = graph.edges[edge]
                    obstacles.append([
                        .text("a dependency with no sever cost"),
                        .items([graph.itemID(e.from), graph.itemID(e.to)], limit: 2),
                    ])
                }
            }
            obstacles.cap(limit)
            out += context.heading("What makes a full separation impossible", level: 4) + obstacles.html()
        }
        var duplicate = Table(columns: [.init("Duplicate"), .init("Kind"), .init("Cost", numeric: true)])
        for i in plan.duplicate {
            duplicate.append([
                .item(graph.itemID(i)), .text(graph.estate.items[i].kind.rawValue),
                context.amount(graph.duplicateCost(of: i)),
            ])
        }
        duplicate.cap(limit)
        var move = Table(columns: [.init("Move to \(plan.bloc)"), .init("Kind")])
        for i in plan.moveToBloc { move.append([.item(graph.itemID(i)), .text(graph.estate.items[i].kind.rawValue)]) }
        move.cap(limit)
        var sever = Table(columns: [
            .init("Dependency re-engineered away"), .init("By"), .init("Cost", numeric: true),
        ])
        for s in plan.sever {
            let e = graph.edges[s.edge]
            sever.append([
                .items([graph.itemID(e.from), graph.itemID(e.to)], limit: 2),
                .text(s.side == .bloc ? plan.bloc : "the others"), context.amount(s.cost),
            ])
        }
        sever.cap(limit)
        out += "<div class=\"columns\">"
        out += "<div>" + context.heading("Duplicate (\(plan.duplicate.count))", level: 4) + duplicate.html() + "</div>"
        out += "<div>" + context.heading("Move (\(plan.moveToBloc.count))", level: 4) + move.html()
        out += context.heading("Sever (\(plan.sever.count))", level: 4) + sever.html() + "</div>"
        out += "</div>\n</details>\n"
        return out
    }
}
