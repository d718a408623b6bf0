import CleaveCore

/// One option applied (SPEC §4.3): which items are split and which stay shared, the ties
/// and conflicts it leaves highlighted, and its blockers marked.
public struct OptionView: MapView {
    public let option: String
    public var name: String { "option:\(option)" }

    public init(option: String) {
        self.option = option
    }

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        let evaluation = try facts.analysis.option(option).evaluation
        let chosen = evaluation.option
        var blockersOf: [Int: [Blocker]] = [:]
        for blocker in evaluation.blockers { blockersOf[blocker.item, default: []].append(blocker) }

        var builder = DiagramBuilder(context: context, viewName: name, title: "Option \(chosen.name) (\(chosen.id))")
        builder.areaDetails = { [Self.areaDisposition($0, chosen, estate)] }
        builder.addItems(
            facts.itemsByID,
            style: { item in
                var style = ItemStyle.node(estate.items[item], fill: Self.fill(item, evaluation))
                if blockersOf[item] != nil { OutcomeStyle.markBlocker(&style) }
                return style
            },
            details: { item in
                var lines = [Self.outcome(item, evaluation)]
                for line in (blockersOf[item] ?? []).map(Self.blockerLine) where !lines.contains(line) {
                    lines.append(line)
                }
                return lines
            })

        let highlights = OptionHighlights(evaluation)
        builder.addLinks(style: highlights.style, label: highlights.label)

        builder.diagram.subtitle = Self.subtitle(chosen, evaluation, estate: estate)
        builder.diagram.legend = Legend(sections: [
            OptionHighlights.fillSection,
            OptionHighlights.legendSection,
            ItemStyle.kindSection(builder.kindsDrawn),
            ItemStyle.criticalitySection(),
            Legend.Section(title: "Filtered out", entries: builder.stubLegend),
        ])
        return builder.diagram
    }

    static func fill(_ item: Int, _ evaluation: OptionEvaluation) -> Color {
        switch evaluation.outcomes[item] {
        case .duplicated: return OutcomeStyle.duplicated
        case .transferred: return OutcomeStyle.transferred
        case .unchanged:
            if evaluation.dispositions[item] == .split { return OutcomeStyle.splitUnchanged }
            return evaluation.blocs(of: item).count >= 2 ? OutcomeStyle.sharedEntangled : OutcomeStyle.sharedQuiet
        }
    }

    static func outcome(_ item: Int, _ evaluation: OptionEvaluation) -> String {
        let blocs = evaluation.blocNames(of: item)
        switch evaluation.outcomes[item] {
        case .duplicated: return "duplicated for \(blocs.joined(separator: ", "))"
        case .transferred(let bloc): return "moves to \(evaluation.partition.name(bloc))"
        case .unchanged:
            let who = blocs.isEmpty ? "no bloc needs it" : blocs.joined(separator: ", ")
            return evaluation.dispositions[item] == .split ? "split; stays with \(who)" : "shared: \(who)"
        }
    }

    static func blockerLine(_ blocker: Blocker) -> String {
        switch blocker.kind {
        case .unsplittable: "BLOCKER: cannot be split"
        case .contractLock: "BLOCKER: contract lock, " + (blocker.releaseDate.map { "released \($0)" } ?? "open-ended")
        case .conflict: "BLOCKER: conflict"
        }
    }

    static func areaDisposition(_ area: Int, _ option: Option, _ estate: Estate) -> String {
        let it = estate.areas[area]
        if !it.inScope { return "shared" }
        let named = option.areas.first { $0.area.id == it.id }?.disposition
        return (named ?? option.defaultDisposition).rawValue + (named == nil ? " (default)" : "")
    }

    static func subtitle(_ option: Option, _ evaluation: OptionEvaluation, estate: Estate) -> [String] {
        let partition = evaluation.partition
        let separated = partition.blocs.filter { $0 != partition.restBloc }.map(partition.name)
        var lines: [String] = []
        if let description = option.description, !description.isEmpty { lines.append(description) }
        var who = separated.isEmpty ? "No party separates" : "Separating: \(Wording.list(separated))"
        if partition.hasRest { who += "; every other party stays together as bloc 'rest'" }
        if let target = option.targetDate { who += "; target date \(target)" }
        lines.append(who + ".")
        let f = evaluation.figures
        lines.append(
            "\(f.duplicated) duplicated, \(f.transferred) moved; \(Wording.count(f.ties, "tie")), "
                + "\(Wording.count(f.conflicts, "conflict")), \(Wording.count(f.blockers, "blocker")) "
                + "(\(f.unsplittable) unsplittable, \(f.contractLocks) contract lock, \(f.conflictBlockers) conflict); "
                + "separation \(Wording.percent(f.separation)), cleanliness \(Wording.percent(f.cleanliness)); "
                + "one-off cost \(Money(currency: estate.currency).format(f.oneOffCost)).")
        return lines
    }
}

extension OptionView {
    /// `--view option:ID`.
    public static let kind = ViewKind(
        map: "option", argument: "ID",
        summary: "what option ID splits and shares; ties, conflicts and blockers",
        arguments: { $0.optionIDs },
        make: { OptionView(option: $0) })
}
