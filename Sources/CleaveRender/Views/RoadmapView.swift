import CleaveCore

/// `roadmap:OPTION`: the option's roadmap (SPEC 1.1 §4.6) as a Gantt chart. It is a chart
/// with a time axis, not a map of the graph, so it is drawn by `GanttLayout` and its own
/// writers instead of a `Diagram` and Graphviz's layouts.
public struct RoadmapView: Sendable {
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

    /// The chart of the option's roadmap, with the work items the context's filter lets
    /// through.
    /// - Throws: `UserError` for an option the estate lacks (with the nearest id), or
    ///   `Roadmap.Failure.noStart`'s message when the option has no start.
    public func chart(_ context: ViewContext) throws(UserError) -> GanttChart {
        let facts = context.facts
        let chosen = facts.estate.options[try facts.graph.lookupOption(option)]
        let evaluation = OptionEvaluation(option: chosen, entanglement: facts.entanglement)
        let roadmap: Roadmap
        do {
            roadmap = try Roadmap(evaluation: evaluation)
        } catch {
            throw UserError(error.description, hint: "set startDate on the option, or asOf under estate")
        }
        var chart = GanttChart(
            roadmap: roadmap, evaluation: evaluation, viewName: name, include: context.accepts)
        if !context.filter.isEmpty { chart.subtitle.insert(context.filter.summary, at: 0) }
        return chart
    }
}
