import CleaveCore

/// The items two or more parties need (SPEC §4.2), shaded by how many.
public struct EntanglementView: MapView {
    public var name: String { "entanglement" }

    public init() {}

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let entanglement = facts.entanglement
        let entangled = facts.itemsByID.filter(entanglement.isEntangled)
        let maximum = entangled.map(entanglement.needsCount).max() ?? 2

        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "\(MapTitle.estate(estate)): what ties the parties together")
        builder.addItems(
            entangled,
            style: { item in
                ItemStyle.node(
                    estate.items[item],
                    fill: OutcomeStyle.shade(count: entanglement.needsCount(item), maximum: maximum))
            },
            details: { item in
                let needs = facts.graph.partyIDs(entanglement.needs(item))
                return ["needed by \(needs.joined(separator: ", "))", "drag \(entanglement.drag[item])"]
            })
        builder.addLinks()
        builder.diagram.subtitle = [
            "\(entangled.count) of \(Wording.count(estate.items.count, "item")) are needed by two or more parties, "
                + "directly or through something that depends on them. Drag: the entangled items among it and all it depends on."
        ]
        let counts = Array(Set(entangled.map(entanglement.needsCount))).sorted()
        builder.diagram.legend = Legend(sections: [
            Legend.Section(
                title: "Fill: parties that need it",
                entries: counts.map {
                    Legend.Entry(
                        OutcomeStyle.swatch(OutcomeStyle.shade(count: $0, maximum: maximum)),
                        Wording.count($0, "party", "parties"))
                }),
            ItemStyle.kindSection(builder.kindsDrawn),
            ItemStyle.criticalitySection(),
            ItemStyle.viaSection(builder.viasDrawn()),
            Legend.Section(title: "Filtered out", entries: builder.stubLegend),
        ])
        if entangled.isEmpty {
            builder.diagram.notes.append("Nothing is entangled: every item has at most one party that needs it.")
        }
        return builder.diagram
    }
}

extension EntanglementView {
    /// `--view entanglement`.
    public static let kind = ViewKind(
        map: "entanglement",
        summary: "the items two or more parties need, shaded by how many",
        make: { _ in EntanglementView() })
}
