import CleaveCore

/// One item and its neighbourhood: what depends on it and what it depends on, up to
/// `--depth` steps each way.
public struct FocusView: MapView {
    public let item: String
    public var name: String { "focus:\(item)" }

    public init(item: String) {
        self.item = item
    }

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let focus = try facts.graph.lookupItem(item)
        var depth = max(0, context.depth)
        var reach = neighbourhood(of: focus, depth: depth, facts: facts)
        var notes: [String] = []
        while reach.all.count > context.maxNodes && depth > 1 {
            depth -= 1
            reach = neighbourhood(of: focus, depth: depth, facts: facts)
        }
        if depth < context.depth {
            notes.append(
                "Depth cut from \(context.depth) to \(depth): more would draw over --max-nodes \(context.maxNodes) items."
            )
        }

        let it = estate.items[focus]
        var builder = DiagramBuilder(
            context: context, viewName: name, title: "\(it.name) (\(it.id)): what it depends on and what depends on it")
        builder.addItems(
            Array(reach.all),
            style: { index in
                var style = UseStyle.node(index, facts)
                if index == focus { style.peripheries = 2 }
                return style
            },
            details: { index in
                let use = UseStyle.detail(index, facts)
                if index == focus { return ["focus", use] }
                if let up = reach.up[index] { return ["depends on it, \(Wording.count(up, "step"))", use] }
                if let down = reach.down[index] { return ["it depends on this, \(Wording.count(down, "step"))", use] }
                return [use]
            }, emphasised: { $0 == focus })
        builder.addLinks()
        builder.diagram.subtitle = [
            "\(Wording.count(reach.up.count, "item")) that depend on it and \(Wording.count(reach.down.count, "item")) it depends on, "
                + "up to \(Wording.count(depth, "step")) away. Each arrow points from an item to what it depends on."
        ]
        builder.diagram.notes = notes
        builder.diagram.legend = Legend(
            sections: UseStyle.legend(Array(builder.nodeOfItem.keys), facts) + [
                ItemStyle.kindSection(builder.kindsDrawn),
                ItemStyle.criticalitySection(),
                ItemStyle.viaSection(builder.viasDrawn()),
                Legend.Section(
                    title: "Outline",
                    entries: [
                        Legend.Entry(
                            .swatch(fill: .white, border: .text, borderWidth: 3), "double outline, bold: the focus item"
                        )
                    ]),
                Legend.Section(title: "Filtered out", entries: builder.stubLegend),
            ])
        return builder.diagram
    }

    struct Reach {
        /// Steps from the focus to each item that (transitively) depends on it.
        var up: [Int: Int] = [:]
        /// Steps from the focus to each item it (transitively) depends on.
        var down: [Int: Int] = [:]
        var all: Set<Int> = []
    }

    /// The focus item's impact (as `cleave impact` reports it), cut at `depth` steps each way.
    /// - Complexity: O(items + edges).
    func neighbourhood(of focus: Int, depth: Int, facts: MapFacts) -> Reach {
        let impact = Impact(of: focus, in: facts.graph)
        var reach = Reach()
        for reached in impact.dependents where reached.depth <= depth { reach.up[reached.item] = reached.depth }
        for reached in impact.dependencies where reached.depth <= depth { reach.down[reached.item] = reached.depth }
        reach.all = Set(reach.up.keys).union(reach.down.keys).union([focus])
        return reach
    }
}

extension FocusView {
    /// `--view focus:ITEM`.
    public static let kind = ViewKind(
        map: "focus", argument: "ITEM",
        summary: "ITEM and what depends on it and it depends on (--depth)",
        arguments: { $0.itemIDs },
        make: { FocusView(item: $0) })
}
