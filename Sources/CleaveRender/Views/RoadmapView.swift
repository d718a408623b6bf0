import CleaveCore

/// `roadmap:OPTION`: the option's roadmap (SPEC 1.1 §4.6) as a Gantt chart. It is a chart
/// with a time axis, not a map of the graph, so it is drawn by `GanttLayout` and its own
/// writers instead of a `Diagram` and Graphviz's layouts.
public struct RoadmapView: ChartView {
    public let option: String
    public var name: String { "roadmap:\(option)" }

    public init(option: String) {
        self.option = option
    }

    /// The view `name` stands for when it is `roadmap:OPTION`; nil for any other name.
    public init?(named name: String) {
        guard name.hasPrefix("roadmap:"), name.count > "roadmap:".count else { return nil }
        option = String(name.dropFirst("roadmap:".count))
    }

    /// The Gantt chart laid out on a page, and as Mermaid `gantt` text.
    public func picture(_ context: ViewContext) throws(UserError) -> ChartPicture {
        let chart = try chart(context)
        return ChartPicture(
            title: chart.title, scene: GanttLayout(chart).scene(), mermaid: GanttMermaidWriter().write(chart))
    }

    /// The chart of the option's roadmap, with the work items the context's filter lets
    /// through.
    /// - Throws: `UserError` for an option the estate lacks (with the nearest id), or
    ///   `Roadmap.Failure.noStart`'s message when the option has no start.
    public func chart(_ context: ViewContext) throws(UserError) -> GanttChart {
        let facts = context.facts
        let analysed = try facts.analysis.option(option)
        var chart = GanttChart(
            roadmap: try analysed.requireRoadmap(), evaluation: analysed.evaluation, viewName: name,
            include: context.accepts)
        if !context.filter.isEmpty { chart.subtitle.insert(context.filter.summary, at: 0) }
        return chart
    }
}

extension RoadmapView {
    /// `--view roadmap:OPTION`.
    public static let kind = ViewKind(
        chart: "roadmap", argument: "OPTION",
        summary: "the option's roadmap as a Gantt chart: waves, critical path, target",
        arguments: { $0.optionIDs },
        make: { RoadmapView(option: $0) })
}
