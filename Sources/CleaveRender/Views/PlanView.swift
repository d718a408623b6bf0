import CleaveCore

/// The cheapest full separation of one party from all the others (SPEC §4.4): what is
/// duplicated, what goes to the party alone, and which dependencies are severed.
///
/// Where no full separation has a finite cost because items both sides need cannot be
/// split, the map says so and draws the cheapest separation that keeps just those shared.
public struct PlanView: MapView {
    public let party: String
    public var name: String { "plan:\(party)" }

    public init(party: String) {
        self.party = party
    }

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let graph = facts.graph
        let estate = facts.estate
        let partyIndex = try graph.lookupParty(party)
        let yardstick = facts.analysis.yardstick(of: partyIndex)
        let strict = yardstick.strict, plan = yardstick.shown
        let keptShared = Set(plan.shared)
        let partyName = facts.partyName(party) ?? party
        let money = { Money(currency: estate.currency).format($0) }

        var unsplittable = Set<Int>(), unseverable = Set<EdgeID>()
        for obstacle in strict.obstacles {
            switch obstacle {
            case .unsplittable(let item): unsplittable.insert(item)
            case .unseverable(let edge): unseverable.insert(edge)
            }
        }
        var drawn = Set(
            (0..<graph.itemCount).filter {
                plan.feasible ? plan.blocNeeds[$0] : facts.entanglement.needs($0, party: partyIndex)
            })
        for severance in plan.sever {
            drawn.formUnion([graph.edges[severance.edge].from, graph.edges[severance.edge].to])
        }
        drawn.formUnion(unsplittable)
        for edge in unseverable { drawn.formUnion([graph.edges[edge].from, graph.edges[edge].to]) }

        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "Separating \(partyName) (\(party)) from every other party")
        builder.addItems(
            Array(drawn),
            style: { item in
                var style = ItemStyle.node(estate.items[item], fill: Self.fill(item, plan))
                if unsplittable.contains(item) || keptShared.contains(item) { OutcomeStyle.markBlocker(&style) }
                return style
            },
            details: { item in
                if keptShared.contains(item) { return ["stays shared: cannot be split"] }
                if unsplittable.contains(item) { return ["BLOCKER: both sides need it; cannot be split"] }
                guard plan.feasible else { return [] }
                if plan.blocNeeds[item] && plan.othersNeed[item] {
                    return ["duplicate" + (graph.duplicateCost(of: item).map { ", \(money($0))" } ?? "")]
                }
                if plan.blocNeeds[item] { return ["goes to \(party) alone"] }
                return plan.othersNeed[item] ? ["stays with the others"] : ["nobody needs it"]
            })

        var severedBy: [EdgeID: [SeparationPlan.Severance]] = [:]
        for severance in plan.sever { severedBy[severance.edge, default: []].append(severance) }
        builder.addLinks(
            style: { link in
                if link.edges.contains(where: unseverable.contains) { return OutcomeStyle.unseverable }
                if link.edges.contains(where: { severedBy[$0] != nil }) { return OutcomeStyle.severed }
                return OutcomeStyle.background(link.vias[0])
            },
            label: { link in
                if link.edges.contains(where: unseverable.contains) { return "cannot be severed" }
                let severances = link.edges.flatMap { severedBy[$0] ?? [] }
                if !severances.isEmpty {
                    return severances.map {
                        "sever on \($0.side == .bloc ? "\(party)'s" : "the others'") side, \(money($0.cost))"
                    }
                    .joined(separator: "; ")
                }
                return DiagramBuilder.viaLabel(link)
            })

        let reasons = Self.reasons(unsplittable: unsplittable.count, unseverable: unseverable.count)
        if let cost = plan.cost {
            let parts =
                "\(plan.duplicate.count) duplicated, \(plan.moveToBloc.count) \(plan.moveToBloc.count == 1 ? "goes" : "go") "
                + "to \(party) alone, \(Wording.count(plan.sever.count, "dependency", "dependencies")) severed"
            if strict.feasible {
                builder.diagram.subtitle = [
                    "The cheapest way for \(partyName) to run on its own: \(money(cost)). \(parts)."
                ]
            } else {
                // The strict plan's obstacles are the items on one blocking cut; the sharing
                // plan keeps every such item shared, so name no count here to avoid two numbers.
                builder.diagram.subtitle = [
                    "No full separation of \(partyName) has a finite cost: items both sides need cannot be split "
                        + "(split.strategy: none).",
                    (keptShared.count == 1 ? "Keeping that item" : "Keeping those \(keptShared.count) items")
                        + " shared, the cheapest separation costs "
                        + "\(money(cost)): \(parts).",
                ]
            }
            builder.diagram.subtitle.append(
                "Drawn: what \(party) needs afterwards, and the far ends of severed dependencies.")
        } else {
            builder.diagram.subtitle = [
                "No separation of \(partyName) has a finite cost: \(reasons).",
                "Drawn: what \(party) needs today, with what makes the separation impossible in red.",
            ]
        }
        builder.diagram.legend = Legend(sections: [
            Legend.Section(
                title: "Fill: in the plan",
                entries: [
                    Legend.Entry(
                        OutcomeStyle.swatch(OutcomeStyle.duplicated), "duplicated: both sides get an instance"),
                    Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.transferred), "goes to \(party) alone"),
                    Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.sharedQuiet), "stays with the other parties"),
                ]
                    + (keptShared.isEmpty
                        ? []
                        : [
                            Legend.Entry(
                                OutcomeStyle.swatch(OutcomeStyle.sharedEntangled), "stays shared: cannot be split")
                        ])),
            Legend.Section(
                title: "Highlights",
                entries: [
                    Legend.Entry(.line(OutcomeStyle.severed), "severed: re-engineered away"),
                    Legend.Entry(.line(OutcomeStyle.unseverable), "cannot be severed"),
                    Legend.Entry(
                        .swatch(fill: .white, border: OutcomeStyle.blocker, borderWidth: 3),
                        "red double outline: cannot be split"),
                    Legend.Entry(.line(OutcomeStyle.background(.other)), "other dependency (line style: via)"),
                ]),
            ItemStyle.kindSection(builder.kindsDrawn),
            ItemStyle.criticalitySection(),
            Legend.Section(title: "Filtered out", entries: builder.stubLegend),
        ])
        return builder.diagram
    }

    /// Why no full separation exists, in words.
    static func reasons(unsplittable: Int, unseverable: Int) -> String {
        var reasons: [String] = []
        if unsplittable > 0 {
            reasons.append(
                "\(Wording.count(unsplittable, "item")) both sides need cannot be split (split.strategy: none)")
        }
        if unseverable > 0 {
            reasons.append(
                "\(Wording.count(unseverable, "dependency", "dependencies")) in the way cannot be severed "
                    + "(no severCost and no estate default)")
        }
        return reasons.joined(separator: "; ")
    }

    static func fill(_ item: Int, _ plan: SeparationPlan) -> Color {
        guard plan.feasible else { return OutcomeStyle.sharedQuiet }
        if plan.shared.contains(item) { return OutcomeStyle.sharedEntangled }
        if plan.blocNeeds[item] && plan.othersNeed[item] { return OutcomeStyle.duplicated }
        if plan.blocNeeds[item] { return OutcomeStyle.transferred }
        return OutcomeStyle.sharedQuiet
    }
}

extension PlanView {
    /// `--view plan:PARTY`.
    public static let kind = ViewKind(
        map: "plan", argument: "PARTY",
        summary: "the cheapest full separation of PARTY: duplicate, move, sever",
        arguments: { $0.partyIDs },
        make: { PlanView(party: $0) })
}
