import CleaveCore

/// One option in full, on a page of its own in print: what it does, what blocks it, the
/// ties and conflicts it leaves, and its map. The page is made of `OptionPart`s, listed in
/// `parts` in page order.
struct OptionSection: ReportSection {
    let evaluation: OptionEvaluation

    var anchor: String { "option-" + HTMLText.anchor(evaluation.option.id) }
    var title: String { "Option: \(evaluation.option.name)" }
    var pageBreakBefore: Bool { true }

    /// The parts of an option's page, in order: what it does and what stops it, then what it
    /// costs whom (SPEC 1.1 §4.5), when it can be done (§4.6) and whose staff it touches, then
    /// the ties it leaves, area by area, its map, and its own cheapest separation (§4.4).
    static let parts: [any OptionPart] = [
        OptionSummaryPart(),
        OptionBlockersPart(),
        OptionCostsPart(),
        OptionRoadmapPart(),
        OptionCasePart(),
        OptionStaffingPart(),
        OptionLinksPart(),
        OptionAreasPart(),
        OptionMapPart(),
        OptionPlansPart(),
    ]

    func body(_ context: ReportContext) -> String {
        Self.parts.map { $0.html(evaluation, context) }.joined()
    }
}

/// A part of an option's page.
protocol OptionPart: Sendable {
    func html(_ evaluation: OptionEvaluation, _ context: ReportContext) -> String
}

/// The option's description, what it does and what stops it, and its key figures.
struct OptionSummaryPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let f = e.figures, option = e.option
        var out = "<p class=\"option-id\">\(HTMLText.escape(option.id))"
        if let target = option.targetDate { out += " · target date \(target)" }
        out += "</p>\n"
        if let description = option.description { out += context.paragraph(description, class: "description") }
        let sentence = OptionSentence(e)
        out +=
            "<p>\(HTMLText.escape(sentence.action)) <strong class=\"\(e.figures.blockers == 0 ? "clear" : "stops")\">\(HTMLText.escape(sentence.stops))</strong></p>\n"
        out += context.figures([
            (Wording.grouped(f.duplicated), "duplicated"),
            (Wording.grouped(f.transferred), "moved"),
            (context.money.format(f.oneOffCost), "one-off cost"),
            (context.money.format(f.recurringDelta), "recurring / year"),
            (Wording.grouped(f.blockers), "blockers"),
            completion(e, context),
        ])
        return out
    }
}

extension OptionSummaryPart {
    /// The "complete by" card: the roadmap's completion where one can be computed, as the
    /// options table words it, the figure and its explanation apart.
    private func completion(_ e: OptionEvaluation, _ context: ReportContext) -> (String, String) {
        let text = OptionsReporter.completion(e, context.input.roadmap(e.option.id))
        // Why never is said in the sentence above and under the roadmap: the card stays short.
        if text.hasPrefix("never") { return ("never", "complete by (why: see the roadmap)") }
        if text.hasSuffix(" (roadmap)") { return (String(text.dropLast(" (roadmap)".count)), "complete by (roadmap)") }
        return (text, e.figures.completionDate == nil ? "complete by" : "complete by (last contract released)")
    }
}

/// Each blocker with its notice date (flagged when already missed), release date and reason.
struct OptionBlockersPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        var table = Table(columns: [
            .init("Kind"), .init("Item"), .init("Notice by"), .init("Release"), .init("Reason"),
            .init("Related items"),
        ])
        let items = context.graph.estate.items
        for b in BlockerRanking.ranked(e.blockers) {
            table.append([
                .text(b.kind.rawValue), .namedItem(items[b.item].id, name: items[b.item].name),
                .text(b.noticeDate.map { $0.description + (b.noticeMissed ? " (missed)" : "") } ?? "—"),
                .text(b.releaseDate?.description ?? "—"), .text(b.reason), context.items(b.related, limit: 4),
            ])
        }
        table.cap(context.input.listLimit)
        return context.heading("Blockers (\(e.figures.blockerSummary))")
            + missedNotices(e, context)
            + context.paragraph(
                "Most binding first: contracts by latest release, then items that cannot be split, then "
                    + "conflicts. Related items: for a contract or an item that cannot be split, what depends on "
                    + "it; for a conflict, the split item the jointly run one depends on.", class: "note")
            + table.html(empty: "Nothing blocks this option.")
    }
}

extension OptionBlockersPart {
    /// A warning line when some notice dates have already passed; nothing otherwise.
    private func missedNotices(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let missed = e.blockers.filter(\.noticeMissed).count
        guard missed > 0 else { return "" }
        return context.paragraph(
            "\(Wording.count(missed, "contract")) \(missed == 1 ? "has" : "have") a notice date already missed: "
                + "notice can no longer be served in time to leave at the release date.", class: "warning")
    }
}

/// The ties that still bind, and the conflicts.
struct OptionLinksPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let graph = context.graph
        var ties = Table(columns: [
            .init("Bloc"), .init("Its own copy of"), .init("Still depends on"), .init("Run by"),
        ])
        for tie in e.ties {
            let edge = graph.edges[tie.edge]
            ties.append([
                .text(e.partition.name(tie.bloc)), .item(graph.itemID(edge.from)), .item(graph.itemID(edge.to)),
                .text(e.leadBloc(of: edge.to).map(e.partition.name) ?? "—"),
            ])
        }
        ties.cap(context.input.listLimit)
        var conflicts = Table(columns: [
            .init("Jointly run item"), .init("Blocs"), .init("Depends on, which is split"),
        ])
        for c in e.conflicts {
            let edge = graph.edges[c]
            conflicts.append([
                .item(graph.itemID(edge.from)), .text(Formatting.list(e.blocNames(of: edge.from))),
                .item(graph.itemID(edge.to)),
            ])
        }
        conflicts.cap(context.input.listLimit)
        return context.heading("Ties that still bind (\(e.figures.ties))")
            + context.paragraph(
                "A bloc's own copy of a split item still depends on a shared item another bloc runs.", class: "note")
            + ties.html(empty: "No ties.")
            + context.heading("Conflicts (\(e.figures.conflicts))")
            + context.paragraph("A jointly run, shared item depends on something the option splits.", class: "note")
            + conflicts.html(empty: "No conflicts.")
    }
}

/// What the option does, service area by service area: the map at area level, which
/// stays readable at any size.
struct OptionAreasPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let graph = context.graph, areas = graph.estate.areas
        // Per area: items, split, duplicated, moved, shared by 2+.
        var rows = [[Int]](repeating: [0, 0, 0, 0, 0], count: areas.count)
        for i in 0..<graph.itemCount {
            guard let a = graph.itemArea[i] else { continue }
            rows[a][0] += 1
            if e.dispositions[i] == .split { rows[a][1] += 1 }
            switch e.outcomes[i] {
            case .duplicated: rows[a][2] += 1
            case .transferred: rows[a][3] += 1
            case .unchanged: if e.dispositions[i] == .shared && e.blocs(of: i).count >= 2 { rows[a][4] += 1 }
            }
        }
        var table = Table(columns: [
            .init("Area"), .init("Name"), .init("Items", numeric: true), .init("Split", numeric: true),
            .init("Duplicated", numeric: true), .init("Moved", numeric: true),
            .init("Stay shared by two or more blocs", numeric: true),
        ])
        for a in areas.indices.sorted(by: { areas[$0].id < areas[$1].id }) where rows[a][0] > 0 {
            table.append([.text(areas[a].id), .text(areas[a].name)] + rows[a].map(context.count))
        }
        return context.heading("By service area") + table.html()
    }
}

/// The option's map.
struct OptionMapPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let view = "option:" + e.option.id
        guard context.input.maps[view] != nil else { return "" }
        return context.heading("Map of the option") + context.map(view)
    }
}
