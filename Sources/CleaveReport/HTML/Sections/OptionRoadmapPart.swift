import CleaveCore

/// When the option can be done (SPEC 1.1 §4.6), as `cleave roadmap` reports it: start,
/// target, completion and the critical path; the work by wave; what is late and why; and the
/// notice dates to serve, those already missed flagged.
///
/// The Gantt chart: when the command supplies a drawn map under `OptionRoadmapPart.view(of:)`
/// (`roadmap:ID`, the view `cleave render --view roadmap:ID` draws), it is inlined here like
/// the other maps, or, supplied as `MapUnavailable`, the reason it is left out; without
/// either, the part shows the tables alone.
struct OptionRoadmapPart: OptionPart {
    /// The map name the Gantt chart of option `id` is looked up by in `ReportInput.maps`.
    static func view(of id: String) -> String { "roadmap:" + id }

    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        var out = context.heading("Roadmap")
        guard e.figures.duplicated + e.figures.transferred > 0 else {
            return out + context.paragraph("Nothing to do: the option duplicates and moves nothing.", class: "note")
        }
        let roadmap: Roadmap
        switch context.input.roadmapResult(e.option.id) {
        case .success(let computed)?: roadmap = computed
        case .failure(let error)?: return out + context.paragraph("No roadmap: \(error.description).", class: "note")
        case nil: return out
        }
        let graph = context.graph
        out += context.figures([
            (roadmap.start.description, "start"),
            (roadmap.target?.description ?? "none", "target"),
            (roadmap.completion?.description ?? "never", "complete"),
            (Wording.grouped(roadmap.steps.count), "work items"),
            (Wording.grouped(roadmap.lateSteps.count), "late"),
        ])
        if roadmap.completion == nil {
            out += context.paragraph(
                "Some work never finishes: "
                    + (e.figures.neverCompletesReason ?? "a work item waits for one that never finishes")
                    + ".", class: "warning")
        }
        if !roadmap.criticalPath.isEmpty {
            out += "<p><strong>Critical path</strong> (any delay on it delays the whole option): "
            out += roadmap.criticalPath.map { Table.link(graph.itemID($0)) }.joined(separator: " → ") + "</p>\n"
        }
        out += chart(e, context)
        out += context.heading("By wave", level: 4)
        out += context.paragraph(
            "A wave waits for the waves before it: a work item waits for every work item it depends on.", class: "note")
        out += waves(roadmap, context).html()
        out += late(roadmap, context)
        out += notices(roadmap, context)
        return out
    }

    /// The Gantt chart at the page's width (a time axis reads best whole, not in a pan-and-zoom
    /// frame), or why it is left out; nothing when the command supplies neither.
    private func chart(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        switch context.input.maps[Self.view(of: e.option.id)] {
        case nil: return ""
        case .failure(let missing)?:
            return context.paragraph("No roadmap chart: \(missing.reason)", class: "note")
        case .success(let map)?:
            var out = "<figure class=\"chart\">\n" + InlineSVG.element(map) { _ in false } + "\n"
            for note in map.notes { out += "<figcaption>\(HTMLText.escape(note))</figcaption>\n" }
            return out + "</figure>\n"
        }
    }

    private func waves(_ roadmap: Roadmap, _ context: ReportContext) -> Table {
        var table = Table(columns: [
            .init("Wave", numeric: true), .init("Items", numeric: true), .init("First start"), .init("Last finish"),
            .init("Late", numeric: true), .init("On the critical path"),
        ])
        for (wave, steps) in Dictionary(grouping: roadmap.steps, by: \.wave).sorted(by: { $0.key < $1.key }) {
            let starts = steps.compactMap(\.start), finishes = steps.map(\.finish)
            let last = finishes.contains(nil) ? "never" : finishes.compactMap { $0 }.max()?.description ?? "—"
            let critical = steps.filter(\.critical).map(\.id).sorted()
            table.append([
                context.count(wave), context.count(steps.count), .text(starts.min()?.description ?? "never"),
                .text(last), context.count(steps.filter(\.late).count),
                critical.isEmpty ? .text("—") : .items(critical, limit: 6),
            ])
        }
        table.cap(context.input.listLimit)
        return table
    }

    private func late(_ roadmap: Roadmap, _ context: ReportContext) -> String {
        let late = roadmap.lateSteps
        var out = context.heading("Late (\(late.count))", level: 4)
        guard roadmap.target != nil else {
            return out + context.paragraph("The option sets no target date, so nothing is late.", class: "note")
        }
        var table = Table(columns: [.init("Item"), .init("Kind"), .init("Finish"), .init("Why")])
        for s in late {
            table.append([
                .item(s.id), .text(s.kind.rawValue), .text(s.finish?.description ?? "never"), .text(reason(s, context)),
            ])
        }
        table.cap(context.input.listLimit)
        out += table.html(empty: "Every work item finishes by the target date.")
        return out
    }

    /// The same words as `cleave roadmap`'s "Why" column.
    private func reason(_ step: Roadmap.Step, _ context: ReportContext) -> String {
        RoadmapReporter.reason(step, in: context.graph)
    }

    private func notices(_ roadmap: Roadmap, _ context: ReportContext) -> String {
        let graph = context.graph
        let missed = roadmap.notices.filter(\.missed).count
        var out = context.heading("Notice dates to serve (\(roadmap.notices.count))", level: 4)
        if missed > 0 {
            out += context.paragraph(
                "\(missed) already missed: the notice date is before the start, so the contract runs on past its end.",
                class: "warning")
        }
        var table = Table(columns: [
            .init("Contract"), .init("Serve notice by"), .init("To leave at"), .init("Notice", numeric: true),
            .init("Note"),
        ])
        for n in roadmap.noticesByDate {
            table.append([
                .namedItem(graph.itemID(n.item), name: graph.estate.items[n.item].name), .text(n.date.description),
                .text(n.end.description), .number(Wording.count(n.noticeMonths, "month"), Double(n.noticeMonths)),
                .text(n.missed ? "missed: before the start" : ""),
            ])
        }
        table.cap(context.input.listLimit)
        return out + table.html(empty: "No shared contract needs notice served.")
    }
}
