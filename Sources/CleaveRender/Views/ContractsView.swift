import CleaveCore

/// Every contract and the items it licenses, filled by who needs them: which contracts
/// tie which systems, the first thing a procurement lead asks of a split.
public struct ContractsView: MapView {
    public var name: String { "contracts" }

    public init() {}

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts, graph = facts.graph, estate = facts.estate
        let contracts = facts.itemsByID.filter { estate.items[$0].kind == .contract }
        var shown = Set(contracts)
        for contract in contracts {
            for edge in graph.incomingEdges(of: contract) where graph.edges[edge].via == .licence {
                shown.insert(graph.edges[edge].from)
            }
        }
        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "\(MapTitle.estate(estate)): contracts and what they license")
        builder.addItems(
            facts.itemsByID.filter(shown.contains), style: { UseStyle.node($0, facts) },
            details: { item in
                let it = estate.items[item]
                return [UseStyle.detail(item, facts)]
                    + (it.kind == .contract ? [it.end.map { "ends \($0)" } ?? "no end"] : [])
            })
        builder.addLinks(include: { $0.vias.contains(.licence) }, style: { _ in ItemStyle.edge(.licence) })
        builder.diagram.subtitle = [
            "\(Wording.count(contracts.count, "contract")) and the \(Wording.count(shown.count - contracts.count, "item")) "
                + "licensed under them. Each arrow points from an item to the contract it is licensed under; "
                + "other dependencies are left out."
        ]
        builder.diagram.legend = Legend(
            sections: UseStyle.legend(Array(builder.nodeOfItem.keys), facts) + [
                ItemStyle.kindSection(builder.kindsDrawn), ItemStyle.viaSection(builder.viasDrawn()),
                Legend.Section(title: "Filtered out", entries: builder.stubLegend),
            ])
        if contracts.isEmpty { builder.diagram.notes.append("The estate has no contracts.") }
        return builder.diagram
    }
}

extension ContractsView {
    /// `--view contracts`.
    public static let kind = ViewKind(
        map: "contracts", summary: "every contract and the items it licenses, filled by who needs them",
        make: { _ in ContractsView() })
}
