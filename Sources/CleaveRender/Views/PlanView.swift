import CleaveCore

/// The cheapest full separation of one party from all the others (SPEC §4.4): what is
/// duplicated, what goes to the party alone, and which dependencies are severed.
public struct PlanView: MapView {
    public let party: String
    public var name: String { "plan:\(party)" }

    public init(party: String) {
        self.party = party
    }

    public func diagram(_ context: ViewContext) throws(ViewError) -> Diagram {
        let facts = context.facts
        let graph = facts.graph
        let estate = facts.estate
        guard let partyIndex = graph.partyIndex(party) else {
            throw ViewError.unknown("party", party, known: estate.parties.map(\.id), plural: "parties")
        }
        let plan = SeparationPlan(separatingParty: partyIndex, in: graph)
        let partyName = facts.partyName(party) ?? party
        let money = { MapFigures.amount($0, currency: estate.currency) }

        var unsplittable = Set<Int>(), unseverable = Set<Int>()
        for obstacle in plan.obstacles {
            switch obstacle {
            case .unsplittable(let item): unsplittable.insert(item)
            case .unseverable(let edge): unseverable.insert(edge)
            }
        }
        var drawn = Set((0..<graph.itemCount).filter { plan.feasible ? plan.blocNeeds[$0] : facts.entanglement.needs($0, party: partyIndex) })
        for severance in plan.sever { drawn.formUnion([graph.edges[severance.edge].from, graph.edges[severance.edge].to]) }
        drawn.formUnion(unsplittable)
        for edge in unseverable { drawn.formUnion([graph.edges[edge].from, graph.edges[edge].to]) }

        var builder = DiagramBuilder(facts: facts, viewName: name,
                                     title: "Separating \(partyName) (\(party)) from every other party")
        builder.addItems(Array(drawn), style: { item in
            var style = ItemStyle.node(estate.items[item], fill: Self.fill(item, plan))
            if unsplittable.contains(item) { OutcomeStyle.markBlocker(&style) }
            return style
        }, details: { item in
            if unsplittable.contains(item) { return ["BLOCKER: both sides need it; cannot be split"] }
            guard plan.feasible else { return [] }
            if plan.blocNeeds[item] && plan.othersNeed[item] {
                return ["duplicate" + (graph.duplicateCost(of: item).map { ", \(money($0))" } ?? "")]
            }
            if plan.blocNeeds[item] { return ["goes to \(party) alone"] }
            return plan.othersNeed[item] ? ["stays with the others"] : ["nobody needs it"]
        })

        var severedBy: [Int: [SeparationPlan.Severance]] = [:]
        for severance in plan.sever { severedBy[severance.edge, default: []].append(severance) }
        builder.addLinks(style: { link in
            if link.edges.contains(where: unseverable.contains) { return OutcomeStyle.unseverable }
            if link.edges.contains(where: { severedBy[$0] != nil }) { return OutcomeStyle.severed }
            return OutcomeStyle.background(link.vias[0])
        }, label: { link in
            if link.edges.contains(where: unseverable.contains) { return "cannot be severed" }
            let severances = link.edges.flatMap { severedBy[$0] ?? [] }
            if !severances.isEmpty {
                return severances.map { "sever on \($0.side == .bloc ? "\(party)'s" : "the others'") side, \(money($0.cost))" }
                    .joined(separator: "; ")
            }
            return DiagramBuilder.viaLabel(link)
        })

        if let cost = plan.cost {
            builder.diagram.subtitle = [
                "The cheapest way for \(partyName) to run on its own: \(money(cost)). "
                    + "\(plan.duplicate.count) duplicated, \(plan.moveToBloc.count) \(plan.moveToBloc.count == 1 ? "goes" : "go") to \(party) alone, "
                    + "\(MapTitle.count(plan.sever.count, "dependency", "dependencies")) severed.",
                "Drawn: what \(party) needs afterwards, and the far ends of severed dependencies.",
            ]
        } else {
            var reasons: [String] = []
            if !unsplittable.isEmpty {
                reasons.append("\(MapTitle.count(unsplittable.count, "item")) both sides need cannot be split (split.strategy: none)")
            }
            if !unseverable.isEmpty {
                reasons.append("\(MapTitle.count(unseverable.count, "dependency", "dependencies")) in the way cannot be severed "
                               + "(no severCost and no estate default)")
            }
            builder.diagram.subtitle = [
                "No separation of \(partyName) has a finite cost: \(reasons.joined(separator: "; ")).",
                "Drawn: what \(party) needs today, with what makes the separation impossible in red.",
            ]
        }
        builder.diagram.legend = Legend(sections: [
            Legend.Section(title: "Fill: in the plan", entries: [
                Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.duplicated), "duplicated: both sides get an instance"),
                Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.transferred), "goes to \(party) alone"),
                Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.sharedQuiet), "stays with the other parties"),
            ]),
            Legend.Section(title: "Highlights", entries: [
                Legend.Entry(.line(OutcomeStyle.severed), "severed: re-engineered away"),
                Legend.Entry(.line(OutcomeStyle.unseverable), "cannot be severed"),
                Legend.Entry(.swatch(fill: .white, border: OutcomeStyle.blocker, borderWidth: 3), "red double outline: cannot be split"),
                Legend.Entry(.line(OutcomeStyle.background(.other)), "other dependency (line style: via)"),
            ]),
            ItemStyle.kindSection(builder.kindsDrawn),
            ItemStyle.criticalitySection(),
        ])
        return builder.diagram
    }

    static func fill(_ item: Int, _ plan: SeparationPlan) -> Color {
        guard plan.feasible else { return OutcomeStyle.sharedQuiet }
        if plan.blocNeeds[item] && plan.othersNeed[item] { return OutcomeStyle.duplicated }
        if plan.blocNeeds[item] { return OutcomeStyle.transferred }
        return OutcomeStyle.sharedQuiet
    }
}
