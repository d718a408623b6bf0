import CleaveCore

/// An option's roadmap as a Gantt chart, before any drawing: the work items grouped by
/// wave, with the dates, critical path, lateness and notices `Roadmap` computed
/// (SPEC 1.1 §4.6). `GanttLayout` places it on a page; the writers turn it into SVG,
/// pinned DOT (for PNG and PDF) or a Mermaid `gantt` block.
public struct GanttChart: Sendable, Hashable {
    /// One work item's bar.
    public struct Bar: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: ItemKind
        /// `duplicated`, or `moves to BLOC`.
        public let outcome: String
        public let transferred: Bool
        public let months: Int
        /// nil when a work item it waits for never finishes.
        public let start: Day?
        /// nil when it never finishes.
        public let finish: Day?
        public let critical: Bool
        public let late: Bool
        /// Why it is late, or why it never finishes, in a few words; nil when on time.
        public let lateReason: String?
        /// A duplicated, non-assignable contract's `end`: it cannot finish before.
        public let releaseDate: Day?
        /// The date to serve notice by to leave the contract at its `end`.
        public let noticeDate: Day?
        /// The notice date is before Start.
        public let noticeMissed: Bool
        /// The ids of the work items it waits for, sorted.
        public let waitsFor: [String]
    }

    /// The work items of one wave, earliest start first (never-starting last), then by id.
    public struct Wave: Sendable, Hashable {
        public let number: Int
        public let bars: [Bar]
    }

    /// The view name, e.g. `roadmap:nnc-leaves`.
    public let viewName: String
    public let optionID: String
    public let optionName: String
    public let start: Day
    public let target: Day?
    /// nil when some work item never finishes.
    public let completion: Day?
    /// The critical path's item ids, earliest first.
    public let criticalPath: [String]
    public let waves: [Wave]
    /// Lines under the title: the dates, the counts, the critical path, any filter.
    public var subtitle: [String]

    /// Every bar, wave by wave.
    public var bars: [Bar] { waves.flatMap(\.bars) }

    /// "Roadmap: Option name (id)".
    public var title: String { "Roadmap: \(optionName) (\(optionID))" }
}

extension GanttChart {
    /// The chart of `roadmap`, showing only the work items `include` accepts.
    public init(
        roadmap: Roadmap, evaluation: OptionEvaluation, viewName: String, include: (Int) -> Bool = { _ in true }
    ) {
        let graph = evaluation.graph
        let items = graph.estate.items
        let notices = Dictionary(uniqueKeysWithValues: roadmap.notices.map { ($0.item, $0) })
        let drawn = roadmap.steps.filter { include($0.item) }
        let bars = drawn.map { step -> (wave: Int, bar: Bar) in
            let outcome: String
            var transferred = false
            switch step.outcome {
            case .transferred(let bloc):
                outcome = "moves to \(evaluation.partition.name(bloc))"
                transferred = true
            default: outcome = "duplicated"
            }
            let notice = notices[step.item]
            let bar = Bar(
                id: step.id, name: items[step.item].name, kind: step.kind, outcome: outcome,
                transferred: transferred, months: step.months, start: step.start, finish: step.finish,
                critical: step.critical, late: step.late,
                lateReason: Self.reason(step, graph: graph), releaseDate: step.releaseDate,
                noticeDate: notice?.date, noticeMissed: notice?.missed ?? false,
                waitsFor: step.waitsFor.map(graph.itemID))
            return (step.wave, bar)
        }
        let byWave = Dictionary(grouping: bars, by: \.wave)
        waves = byWave.keys.sorted().map { number in
            Wave(
                number: number,
                bars: byWave[number]!.map(\.bar).sorted { a, b in
                    switch (a.start, b.start) {
                    case let (x?, y?) where x != y: return x < y
                    case (nil, _?): return false
                    case (_?, nil): return true
                    default: return a.id < b.id
                    }
                })
        }
        self.viewName = viewName
        optionID = roadmap.optionID
        optionName = evaluation.option.name
        start = roadmap.start
        target = roadmap.target
        completion = roadmap.completion
        criticalPath = roadmap.criticalPath.map(graph.itemID)
        subtitle = Self.subtitle(roadmap, bars: bars.map(\.bar), waves: byWave.count)
    }

    /// Why a step is late or never finishes, in a few words; nil when it is neither.
    static func reason(_ step: Roadmap.Step, graph: EstateGraph) -> String? {
        switch step.lateReason {
        case .openEnded?: return "never: an open-ended contract"
        case .contractEnd(let end)?: return "late: the contract runs to \(end)"
        case .waitsFor(let item, let finish)?:
            return finish == nil
                ? "never: waits for \(graph.itemID(item)), which never finishes"
                : "late: waits for \(graph.itemID(item))"
        case .work?: return "late: its work runs past the target"
        case nil:
            // Without a target nothing is late, but what never finishes still says so.
            if step.finish != nil { return nil }
            return step.start == nil ? "never: waits for work that never finishes" : "never: an open-ended contract"
        }
    }

    static func subtitle(_ roadmap: Roadmap, bars: [Bar], waves: Int) -> [String] {
        let completion = roadmap.completion.map { "\($0)" } ?? "never"
        let ids = Dictionary(uniqueKeysWithValues: roadmap.steps.map { ($0.item, $0.id) })
        var first = "Start \(roadmap.start)"
        first += roadmap.target.map { ", target \($0)" } ?? ", no target date"
        first += ", completion \(completion)"
        let late = bars.filter(\.late).count
        if late > 0 { first += "; \(late) late" }
        var lines = [
            first + ".",
            roadmap.steps.isEmpty
                ? "Nothing to schedule: the option duplicates and moves nothing."
                : bars.isEmpty
                    ? "No work item passes the filter."
                    : "\(Wording.count(bars.count, "work item")) in \(Wording.count(waves, "wave"))."
                        + (roadmap.criticalPath.isEmpty
                            ? ""
                            : " Critical path: "
                                + Self.path(roadmap.criticalPath.map { ids[$0] ?? "" }) + "."),
        ]
        let never = bars.filter { $0.finish == nil }.count
        if never > 0 {
            lines.append(
                "\(Wording.count(never, "work item")) never \(never == 1 ? "finishes" : "finish"): "
                    + "the option cannot complete.")
        }
        let missed = bars.filter(\.noticeMissed).count
        if missed > 0 {
            lines.append("\(Wording.count(missed, "contract notice")) can no longer be served before Start.")
        }
        return lines
    }

    /// The critical path's ids joined by arrows; a long path shows its ends and a count.
    static func path(_ ids: [String]) -> String {
        guard ids.count > 8 else { return ids.joined(separator: " → ") }
        return (ids.prefix(3) + ["… \(ids.count - 6) more …"] + ids.suffix(3)).joined(separator: " → ")
    }
}
