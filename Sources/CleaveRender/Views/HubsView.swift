import CleaveCore

/// The shared hubs that tie the parties together: the items with the most entanglement
/// hanging on them, each with what hangs on it directly.
public struct HubsView: MapView {
    public var name: String { "hubs" }
    /// How many hubs the map ranks.
    public static let count = 12
    /// Above this many direct dependents, a hub's dependents are drawn as one box per area.
    static let dependentsDrawn = 5

    public init() {}

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let graph = facts.graph
        let weight = Self.weights(facts)
        let ranked = facts.itemsByID.filter { weight[$0] > 0 }
            .sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : graph.itemID($0) < graph.itemID($1) }
        let hubs = Array(ranked.prefix(Self.count))
        let rank = Dictionary(uniqueKeysWithValues: hubs.enumerated().map { ($1, $0 + 1) })
        let isHub = Set(hubs)

        // What hangs on each hub directly: drawn when few, else left to the area boxes.
        var drawnDependents = Set<Int>()
        for hub in hubs {
            let dependents = Set(graph.dependents.neighbours(of: hub)).subtracting(isHub)
            if dependents.count <= Self.dependentsDrawn { drawnDependents.formUnion(dependents) }
        }

        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "\(MapTitle.estate(estate)): the hubs that tie the parties together")
        builder.addItems(
            hubs + drawnDependents.sorted(),
            style: { item in
                var style = UseStyle.node(item, facts)
                if !isHub.contains(item) { style.borderStyle = .dashed }
                return style
            },
            details: { item in
                guard let place = rank[item] else { return [UseStyle.detail(item, facts)] }
                let direct = graph.dependents.neighbours(of: item).count
                return [
                    "#\(place): hold \(weight[item]) (entangled items hanging on it), \(direct) depend on it directly",
                    UseStyle.detail(item, facts),
                ]
            }, emphasised: { isHub.contains($0) })
        builder.addLinks(include: { isHub.contains($0.to) || (isHub.contains($0.from) && isHub.contains($0.to)) })
        builder.addStubs(include: { isHub.contains($0.to) }, perItem: true)

        builder.diagram.subtitle = [
            "The \(Wording.count(hubs.count, "item")) with the most items depending on them, directly or not: "
                + "separating the parties means duplicating these or re-engineering what hangs on them.",
            "What hangs on a hub directly is drawn as items when there are at most \(Self.dependentsDrawn), "
                + "else as one dashed box per area with the count on the line.",
        ]
        builder.diagram.legend = Legend(
            sections: UseStyle.legend(Array(builder.nodeOfItem.keys), facts) + [
                ItemStyle.kindSection(builder.kindsDrawn),
                ItemStyle.criticalitySection(),
                ItemStyle.viaSection(builder.viasDrawn(include: { isHub.contains($0.to) })),
                Legend.Section(
                    title: "Around the hubs",
                    entries: [
                        Legend.Entry(
                            .swatch(fill: .white, border: .muted, borderWidth: 1.5), "bold name: a hub, ranked"),
                        Legend.Entry(
                            .swatch(fill: .white, border: .faint, borderWidth: 1.5), "dashed outline: depends on a hub"),
                    ] + builder.stubLegend),
            ])
        if hubs.isEmpty { builder.diagram.subtitle.append("Nothing depends on anything: there are no hubs.") }
        return builder.diagram
    }

    /// How much entanglement hangs on each item: SPEC 1.1's `hold`, the entangled items among
    /// it and everything that depends on it.
    static func weights(_ facts: MapFacts) -> [Int] { facts.entanglement.hold }
}

extension HubsView {
    /// `--view hubs`.
    public static let kind = ViewKind(
        map: "hubs",
        summary: "the items most others depend on, and what hangs on each",
        make: { _ in HubsView() })
}
