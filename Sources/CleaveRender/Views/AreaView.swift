import CleaveCore

/// One service area: its items and their dependencies, with every other area collapsed to
/// one node standing for the items there that this area's items depend on or serve.
public struct AreaView: MapView {
    public let area: String
    public var name: String { "area:\(area)" }

    public init(area: String) {
        self.area = area
    }

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let index = try facts.graph.lookupArea(area)
        let it = estate.areas[index]
        let items = facts.itemsByID.filter { facts.itemArea[$0] == index }

        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "\(it.name) (\(it.id)): its items and the areas they connect to")
        builder.addItems(items, style: { UseStyle.node($0, facts) }, details: { [UseStyle.detail($0, facts)] })
        builder.addLinks()
        builder.addStubs()
        let outside = builder.diagram.nodes.count - items.count
        builder.diagram.subtitle = [
            "\(Wording.count(items.count, "item")) led by \(facts.partyName(it.lead.id) ?? it.lead.id)"
                + (it.inScope ? "" : ", out of scope for every option")
                + "; \(Wording.count(outside, "other area")) they depend on or serve, one box each. "
                + "Each arrow points from an item to what it depends on."
        ]
        builder.diagram.legend = Legend(
            sections: UseStyle.legend(Array(builder.nodeOfItem.keys), facts) + [
                ItemStyle.kindSection(builder.kindsDrawn),
                ItemStyle.criticalitySection(),
                ItemStyle.viaSection(builder.viasDrawn()),
                Legend.Section(title: "Other areas", entries: builder.stubLegend),
            ])
        if items.isEmpty { builder.diagram.subtitle.append("The area has no items.") }
        return builder.diagram
    }
}

extension AreaView {
    /// `--view area:ID`.
    public static let kind = ViewKind(
        map: "area", argument: "ID",
        summary: "one area's items, every other area collapsed to one box",
        arguments: { $0.areaIDs },
        make: { AreaView(area: $0) })
}
