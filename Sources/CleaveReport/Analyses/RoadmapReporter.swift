import CleaveCore

/// The `roadmap` report (SPEC 1.1 §4.6): an option's work items by wave with start,
/// finish and what each waits for; completion, the critical path, what is late and why,
/// and the notice dates to serve.
public struct RoadmapReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let roadmap: Roadmap
    /// The teams the option duplicates or moves; nil to leave them out.
    public let staffing: Staffing?
    /// Text formats show the summary and the waves only, not every work item.
    public let summaryOnly: Bool

    public init(graph: EstateGraph, roadmap: Roadmap, staffing: Staffing? = nil, summaryOnly: Bool = false) {
        self.graph = graph
        self.roadmap = roadmap
        self.staffing = staffing
        self.summaryOnly = summaryOnly
    }

    /// One row per wave: how many work items, when the first starts and the last finishes,
    /// how many are late, and which lie on the critical path.
    private var waves: Table {
        var table = Table(columns: [
            .init("Wave", .right), .init("Items", .right), .init("First start"), .init("Last finish"),
            .init("Late", .right), .init("On the critical path"),
        ])
        for (wave, steps) in Dictionary(grouping: roadmap.steps, by: \.wave).sorted(by: { $0.key < $1.key }) {
            let starts = steps.compactMap(\.start), finishes = steps.map(\.finish)
            let last = finishes.contains(nil) ? "never" : finishes.compactMap { $0 }.max()?.description ?? "—"
            table.append([
                String(wave), String(steps.count), starts.min()?.description ?? "never", last,
                String(steps.filter(\.late).count),
                Formatting.list(steps.filter(\.critical).map(\.id).sorted()),
            ])
        }
        return table
    }

    /// The steps come sorted by id (`Roadmap.steps`).
    private var byID: [Roadmap.Step] { roadmap.steps }

    private func reason(_ step: Roadmap.Step) -> String { Self.reason(step, in: graph) }

    /// Why `step` is late, in the words of the "Why" column (the HTML report uses them too);
    /// empty when it is not.
    public static func reason(_ step: Roadmap.Step, in graph: EstateGraph) -> String {
        switch step.lateReason {
        case .openEnded?: return "open-ended contract: it never ends"
        case .contractEnd(let end)?: return "the shared contract runs until \(end)"
        case .waitsFor(let item, let finish)?:
            return "waits for \(graph.itemID(item)), "
                + (finish.map { "which finishes \($0)" } ?? "which never finishes")
        case .work(let start, let months)?: return "\(Wording.count(months, "month")) of work from \(start)"
        case nil: return ""
        }
    }

    public var report: Report {
        Report(heading: "Roadmap — option \(roadmap.optionID)", sections: sections, csv: csv, json: json)
    }

    private var sections: [Report.Section] {
        var table = Table(columns: [
            .init("Wave", .right), .init("Item"), .init("Kind"), .init("Months", .right),
            .init("Start"), .init("Finish"), .init("Late"), .init("Waits for"),
        ])
        // By wave, then start (never last), then id: the steps are in id order already, so a
        // stable sort of their indices on (wave, start) keeps it.
        let steps = roadmap.steps
        let ordered = steps.indices.sorted {
            let a = steps[$0], b = steps[$1]
            if a.wave != b.wave { return a.wave < b.wave }
            switch (a.start, b.start) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return $0 < $1
            }
        }.map { steps[$0] }
        for s in ordered {
            table.append([
                String(s.wave), s.id + (s.critical ? " *" : ""), s.kind.rawValue, String(s.months),
                s.start?.description ?? "never", s.finish?.description ?? "never", s.late ? "late" : "",
                Formatting.list(s.waitsFor.map(graph.itemID), limit: 3),
            ])
        }
        var summary = [
            "Start \(roadmap.start); target \(roadmap.target?.description ?? "none"); "
                + "complete \(roadmap.completion?.description ?? "never (some work never finishes)"). "
                + "\(Wording.count(roadmap.steps.count, "work item")), \(roadmap.lateSteps.count) late."
        ]
        if !roadmap.criticalPath.isEmpty {
            summary.append(
                "Critical path\(summaryOnly ? "" : " (* in the table)"): "
                    + roadmap.criticalPath.map(graph.itemID).joined(separator: " → "))
        }
        var late = Table(columns: [.init("Item"), .init("Finish"), .init("Why")])
        for s in roadmap.lateSteps.sorted(by: { $0.id < $1.id }) {
            late.append([s.id, s.finish?.description ?? "never", reason(s)])
        }
        var notices = Table(columns: [.init("Contract"), .init("Serve notice by"), .init("To leave at"), .init("Note")])
        for n in roadmap.noticesByDate {
            notices.append([
                graph.itemID(n.item), n.date.description, n.end.description, n.missed ? "missed: before the start" : "",
            ])
        }
        let notes =
            "\(Wording.count(roadmap.notices.count, "notice date")) to serve"
            + (roadmap.notices.contains(where: \.missed)
                ? ", \(roadmap.notices.filter(\.missed).count) already missed" : "") + "."
        let sections: [Report.Section] =
            summaryOnly
            ? [
                Report.Section(lines: summary + [notes]),
                Report.Section(title: "By wave", table: waves),
            ]
            : [
                Report.Section(lines: summary),
                Report.Section(title: "By wave", table: waves),
                Report.Section(title: "Work by wave", table: table),
                Report.Section(title: "Late", table: late),
                Report.Section(title: "Notice dates to serve", table: notices),
            ] + (staffing.map { StaffingSections(staffing: $0, graph: graph).sections } ?? [])
        return sections
    }

    private var csv: Table {
        var table = Table(
            columns: ["id", "kind", "months", "start", "finish", "wave", "late", "waitsFor", "critical"]
                .map { .init($0) })
        for s in byID {
            table.append([
                s.id, s.kind.rawValue, String(s.months), s.start?.description ?? "", s.finish?.description ?? "",
                String(s.wave), String(s.late), s.waitsFor.map(graph.itemID).sorted().joined(separator: " "),
                String(s.critical),
            ])
        }
        return table
    }

    /// SPEC 1.1 §5: `{schemaVersion, option, start, target, completion, items, criticalPath}`,
    /// and our `staffing` when given.
    private var json: JSONValue {
        .object(
            [
                ("schemaVersion", .int(1)), ("option", .string(roadmap.optionID)), ("start", .day(roadmap.start)),
                ("target", .day(roadmap.target)), ("completion", .day(roadmap.completion)),
                (
                    "items",
                    .array(
                        byID.map { s in
                            .object([
                                ("id", .string(s.id)), ("kind", .string(s.kind.rawValue)), ("months", .int(s.months)),
                                ("start", .day(s.start)), ("finish", .day(s.finish)), ("wave", .int(s.wave)),
                                ("late", .bool(s.late)), ("waitsFor", .strings(s.waitsFor.map(graph.itemID).sorted())),
                                ("critical", .bool(s.critical)),
                            ])
                        })
                ),
                ("criticalPath", .strings(roadmap.criticalPath.map(graph.itemID))),
            ] + (staffing.map { [("staffing", StaffingSections(staffing: $0, graph: graph).json)] } ?? []))
    }
}
