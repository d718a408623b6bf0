import CleaveCore

/// Every item, clustered by area, filled by who needs it, outlined in its lead's colour,
/// shaped by kind, with border width by criticality and dependencies styled by `via`.
public struct EstateView: MapView {
    public var name: String { "estate" }
    /// Roughly the most items a printed page of this map can hold legibly.
    static let pageItems = 120

    public init() {}

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let shown = estate.items.indices.filter(context.accepts).count
        if shown > context.maxNodes {
            var collapsed = try AreasView().diagram(context)
            collapsed.viewName = "estate"
            collapsed.title = "\(MapTitle.estate(estate)): the whole estate, one node per area"
            collapsed.notes.append(
                "Collapsed: \(shown) items is more than --max-nodes \(context.maxNodes), "
                    + "so each area is one node. Raise --max-nodes to draw every item.")
            return collapsed
        }
        let what = context.filter.isEmpty ? "the whole estate" : "the \(context.filter.phrase)"
        var builder = DiagramBuilder(context: context, viewName: name, title: "\(MapTitle.estate(estate)): \(what)")
        builder.addItems(
            facts.itemsByID, style: { UseStyle.node($0, facts) }, details: { [UseStyle.detail($0, facts)] })
        builder.addLinks()
        builder.diagram.subtitle = [
            "\(Wording.count(builder.nodeOfItem.count, "item")) in \(Wording.count(builder.diagram.clusters.count, "area")), "
                + "\(Wording.count(builder.diagram.edges.count, "dependency", "dependencies")). "
                + "Each arrow points from an item to what it depends on."
        ]
        if builder.nodeOfItem.count > Self.pageItems {
            builder.diagram.subtitle.append(
                "\(builder.nodeOfItem.count) items are more than a printed page holds: this map is "
                    + "for a browser (hover over an item for its details). For a handout, draw --view areas with the same "
                    + "filters, or narrow it with --area or --kind.")
        }
        builder.diagram.legend = Legend(
            sections: UseStyle.legend(Array(builder.nodeOfItem.keys), facts) + [
                ItemStyle.kindSection(builder.kindsDrawn),
                ItemStyle.criticalitySection(),
                ItemStyle.viaSection(builder.viasDrawn()),
                Legend.Section(title: "Filtered out", entries: builder.stubLegend),
            ])
        return builder.diagram
    }
}

/// Titles and counted nouns shared by the views.
enum MapTitle {
    static func estate(_ estate: Estate) -> String {
        estate.name.isEmpty ? "Estate" : estate.name
    }
}

extension EstateView {
    /// `--view estate`.
    public static let kind = ViewKind(
        map: "estate",
        summary: "every item, clustered by area, filled by who needs it",
        make: { _ in EstateView() })
}
