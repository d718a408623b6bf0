import CleaveCore

/// What stands in an option's way, on one page: its blockers, ties and conflicts, with
/// the items one step around them, so a project lead can see what to fix and what it touches.
public struct BlockersView: MapView {
    public let option: String
    public var name: String { "blockers:\(option)" }

    /// Above this many dependents, a blocked item's dependents are counted per area instead.
    static let relatedDrawn = 4

    public init(option: String) {
        self.option = option
    }

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let graph = facts.graph
        let evaluation = try facts.analysis.option(option).evaluation
        let chosen = evaluation.option
        // With one bloc in every tie (one party leaving), the legend names it once instead
        // of every orange line.
        let highlights = OptionHighlights(evaluation, namingBlocs: Set(evaluation.ties.map(\.bloc)).count > 1)
        var blockersOf: [Int: [Blocker]] = [:]
        for blocker in evaluation.blockers { blockersOf[blocker.item, default: []].append(blocker) }

        // The trouble itself: blocked items and both ends of every tie and conflict. A
        // contract that is only locked is a date, not a shape: it goes in its area's list.
        var ends = Set<Int>()
        for e in evaluation.ties.map(\.edge) + evaluation.conflicts {
            ends.formUnion([graph.edges[e].from, graph.edges[e].to])
        }
        let listed = Set(
            blockersOf.filter { item, blockers in
                !ends.contains(item) && blockers.allSatisfy { $0.kind == .contractLock }
            }.keys)
        let core = Set(blockersOf.keys).union(ends).subtracting(listed)
        // One step around it: what depends on each blocked item, drawn when few, else
        // collapsed to one box per area so a hub's hundred dependents do not fill the page.
        var around = Set<Int>()
        var collapsed = Set<Int>()
        // A contract lock is about the contract's dates, not what it covers: that is counted.
        for blocker in evaluation.blockers where blocker.kind != .contractLock {
            let related = Set(blocker.related).subtracting(core)
            if related.count <= Self.relatedDrawn { around.formUnion(related) } else { collapsed.insert(blocker.item) }
        }
        let relatedOf = Dictionary(
            evaluation.blockers.filter { $0.kind != .contractLock }.map { ($0.item, Set($0.related)) },
            uniquingKeysWith: { $0.union($1) })

        var builder = DiagramBuilder(
            context: context, viewName: name,
            title: "Option \(chosen.name) (\(chosen.id)): what blocks it")
        builder.addItems(
            Array(core.union(around)),
            style: { item in
                var style = ItemStyle.node(estate.items[item], fill: OptionView.fill(item, evaluation))
                if blockersOf[item] != nil { OutcomeStyle.markBlocker(&style) }
                if around.contains(item) { style.borderStyle = .dashed }
                return style
            },
            details: { item in
                var lines = [OptionView.outcome(item, evaluation)]
                for line in (blockersOf[item] ?? []).map(OptionView.blockerLine) where !lines.contains(line) {
                    lines.append(line)
                }
                if let lock = blockersOf[item]?.first(where: { $0.kind == .contractLock }), !lock.related.isEmpty {
                    lines.append("covers \(Wording.count(lock.related.count, "item"))")
                }
                return lines
            }, emphasised: { blockersOf[$0] != nil })
        // Only lines that touch the trouble: the ring's own links would fill the page.
        builder.addLinks(
            include: { core.contains($0.from) || core.contains($0.to) },
            style: highlights.style, label: highlights.label)
        builder.addStubs(
            include: { collapsed.contains($0.to) && relatedOf[$0.to]?.contains($0.from) == true },
            perItem: true)
        Self.addLockLists(listed, blockersOf: blockersOf, to: &builder)

        let f = evaluation.figures
        builder.diagram.subtitle = OptionView.subtitle(chosen, evaluation, estate: estate)
        builder.diagram.subtitle.append(
            "\(Wording.count(evaluation.blockers.count, "blocker")) on \(Wording.count(blockersOf.count, "item")), "
                + "\(Wording.count(f.ties, "tie")) and \(Wording.count(f.conflicts, "conflict")); "
                + "dashed outline: what depends on an unsplittable or conflicting item, drawn when at most "
                + "\(Self.relatedDrawn), else counted in one dashed box per area. Contracts that are only locked "
                + "are listed per area by the date they can be released.")
        builder.diagram.legend = Legend(sections: [
            OptionHighlights.fillSection,
            highlights.legend,
            Legend.Section(
                title: "Outline",
                entries: (listed.isEmpty
                    ? []
                    : [
                        Legend.Entry(
                            .swatch(fill: OutcomeStyle.lockList, border: OutcomeStyle.blocker, borderWidth: 3),
                            "an area's locked contracts, by release date")
                    ]) + [
                        Legend.Entry(
                            .swatch(fill: .white, border: .muted, borderWidth: 1.5),
                            "solid: blocked, tied or in conflict"),
                        Legend.Entry(.swatch(fill: .white, border: .faint, borderWidth: 1.5), "dashed: one step away"),
                    ]),
            ItemStyle.kindSection(builder.kindsDrawn),
            Legend.Section(title: "Elsewhere", entries: builder.stubLegend),
        ])
        if core.isEmpty {
            builder.diagram.subtitle.append("Nothing blocks this option: no blockers, ties or conflicts.")
        }
        return builder.diagram
    }

    /// One note per area listing the contracts whose only trouble is a lock, earliest
    /// release first (open-ended last): a committee reads dates from a list, not from
    /// twenty boxes.
    static func addLockLists(_ listed: Set<Int>, blockersOf: [Int: [Blocker]], to builder: inout DiagramBuilder) {
        let facts = builder.facts
        let byArea = Dictionary(grouping: listed.filter { facts.itemArea[$0] != nil }, by: { facts.itemArea[$0]! })
        for area in facts.areasByID {
            guard let items = byArea[area] else { continue }
            let release = { (item: Int) in blockersOf[item]?.first?.releaseDate }
            let ordered = items.sorted { a, b in
                switch (release(a), release(b)) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return facts.estate.items[a].id < facts.estate.items[b].id
                }
            }
            let lines = ordered.map { item in
                let it = facts.estate.items[item]
                return "\(release(item).map { "\($0)" } ?? "open-ended"): \(it.name) (\(it.id))"
            }
            let cluster = builder.cluster(of: area)
            builder.diagram.nodes.append(
                Diagram.Node(
                    label: NodeLabel(
                        name: "\(Wording.count(items.count, "contract")) locked", details: lines, emphasised: true,
                        isList: true),
                    cluster: cluster,
                    style: NodeStyle(
                        shape: .note, fill: OutcomeStyle.lockList, border: OutcomeStyle.blocker, borderWidth: 2.5,
                        peripheries: 2),
                    tooltip: ["Contracts locked under this option, by the date each can be released:"]
                        + ordered.map { item in
                            blockersOf[item]?.first { $0.kind == .contractLock }?.reason
                                ?? facts.estate.items[item].name
                        }.enumerated().map { "\(lines[$0.offset]): \($0.element)" }))
        }
    }
}

extension BlockersView {
    /// `--view blockers:OPTION`.
    public static let kind = ViewKind(
        map: "blockers", argument: "OPTION",
        summary: "the option's blockers, ties and conflicts, one step around: one page",
        arguments: { $0.optionIDs },
        make: { BlockersView(option: $0) })
}
