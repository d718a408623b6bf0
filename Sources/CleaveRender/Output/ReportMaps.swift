import CleaveCore

/// The maps and charts the HTML report shows, drawn as `render` draws them: the areas map
/// and one map per option laid out by Graphviz in child processes, and each option's
/// roadmap chart drawn in Swift. A figure too big for the page, or one that fails, is left
/// out with the reason its page gives.
public struct ReportMaps: Sendable {
    /// By view name (`areas`, `option:ID`, `roadmap:ID`).
    public let figures: [String: Result<ReportMap, MapUnavailable>]
    /// What a user should hear about on standard error (a map Graphviz could not lay out).
    public let notes: [String]

    /// - Parameters:
    ///   - maxNodes: the most nodes a map, or work items a chart, may have.
    ///   - renderer: the isolated Graphviz renderer, `workers` of them at once.
    public init(analysis: EstateAnalysis, maxNodes: Int, renderer: IsolatedRenderer, workers: Int) {
        let estate = analysis.graph.estate
        let evaluations = analysis.optionsByID.map(\.evaluation)
        let context = ViewContext(facts: MapFacts(analysis: analysis), maxNodes: maxNodes)
        let views: [any MapView] = [AreasView()] + evaluations.map { OptionView(option: $0.option.id) }
        var figures: [String: Result<ReportMap, MapUnavailable>] = [:]
        var notes: [String] = []
        var drawn: [DrawnMap] = []
        for view in views {
            // An option map draws every item: decide before drawing 100,000 nodes.
            if view is OptionView, estate.items.count > maxNodes {
                figures[view.name] = .failure(
                    MapUnavailable(
                        "the estate has \(estate.items.count) items, more than the map limit of \(maxNodes) (--max-nodes); "
                            + "the table by service area above and the item explorer show what the option does"))
                continue
            }
            do {
                drawn.append(try DrawnMap(view: view, context: context, layout: nil))
            } catch {
                figures[view.name] = .failure(MapUnavailable(error.message))
            }
        }
        let jobs = drawn.map { RenderPool.Job(view: $0.name, dot: $0.dot, layout: $0.layout) }
        let images = RenderPool(renderer: renderer, workers: workers).render(jobs, format: .svg)
        for (map, image) in zip(drawn, images) {
            switch image {
            case .success(let bytes):
                let nodes = map.diagram.nodes.map { node in
                    ReportMap.Node(
                        id: node.label.id,
                        hover: ([node.label.name + (node.label.id.map { " (\($0))" } ?? "")]
                            + node.label.details).joined(separator: "\n"))
                }
                figures[map.name] = .success(
                    ReportMap(
                        title: map.diagram.title, svg: String(decoding: bytes, as: UTF8.self),
                        nodes: nodes, notes: map.diagram.notes))
            case .failure(let error):
                notes.append("note: the map \(map.name) is left out of the report: \(error)")
                figures[map.name] = .failure(MapUnavailable("it could not be laid out (\(error))"))
            }
        }
        for e in evaluations {
            figures[RoadmapView(option: e.option.id).name] = Self.roadmapChart(e, context: context, maxNodes: maxNodes)
            figures[CaseView(option: e.option.id).name] = Self.caseChart(e, context: context)
        }
        self.figures = figures
        self.notes = notes
    }

    /// The cash-flow chart of the option's business case for its page, drawn in Swift; nil
    /// where the option does nothing or has no Start (the page says why).
    private static func caseChart(_ e: OptionEvaluation, context: ViewContext) -> Result<ReportMap, MapUnavailable>? {
        guard e.figures.duplicated + e.figures.transferred > 0, (e.option.startDate ?? e.graph.estate.asOf) != nil
        else { return nil }
        do {
            let drawn = try DrawnChart(view: CaseView(option: e.option.id), context: context)
            guard let svg = try drawn.text(.svg) else { return nil }
            return .success(ReportMap(title: drawn.title, svg: svg, nodes: []))
        } catch {
            return .failure(MapUnavailable(error.message))
        }
    }

    /// The Gantt chart of the option's roadmap for its page, drawn in Swift (no Graphviz);
    /// nil where the option does nothing, or cannot be scheduled (the page says why).
    private static func roadmapChart(
        _ e: OptionEvaluation, context: ViewContext, maxNodes: Int
    ) -> Result<ReportMap, MapUnavailable>? {
        let work = e.figures.duplicated + e.figures.transferred
        // A roadmap fails only for want of a start (`Roadmap.Failure.noStart`).
        guard work > 0, (e.option.startDate ?? e.graph.estate.asOf) != nil else { return nil }
        guard work <= maxNodes else {
            return .failure(
                MapUnavailable(
                    "the roadmap has \(work) work items, more than the chart limit of \(maxNodes) (--max-nodes); "
                        + "the table by wave shows it"))
        }
        do {
            let drawn = try DrawnChart(view: RoadmapView(option: e.option.id), context: context)
            guard let svg = try drawn.text(.svg) else { return nil }
            return .success(ReportMap(title: drawn.title, svg: svg, nodes: []))
        } catch {
            return .failure(MapUnavailable(error.message))
        }
    }
}
