import CleaveCore

/// A chart view drawn (the roadmap's Gantt chart, say), placed on a page, ready to write.
///
/// SVG and Mermaid are written in Swift; PNG and PDF are rendered by Graphviz from `dot`,
/// every shape pinned where the SVG has it, with the `nop` engine (no layout).
public struct DrawnChart: Sendable {
    public let name: String
    public let title: String
    public let scene: GanttScene
    /// The chart as Mermaid text.
    public let mermaid: String
    /// The pinned DOT Graphviz renders PNG and PDF from, laid out with `layout`.
    public let dot: String
    public let layout = LayoutEngine.nop

    /// - Throws: `UserError` when the view names something the estate lacks, or its
    ///   analysis cannot be made (an option with no start).
    public init(view: any ChartView, context: ViewContext, dpi: Double? = nil) throws(UserError) {
        name = view.name
        let picture = try view.picture(context)
        title = picture.title
        scene = picture.scene
        mermaid = picture.mermaid
        dot = GanttDOTWriter(dpi: dpi).write(scene)
    }

    /// The chart as text (SVG, DOT or Mermaid); nil for PNG and PDF, which Graphviz renders
    /// from `dot`.
    /// - Throws: `UserError` when the Mermaid text is over `limit`.
    public func text(_ format: RenderFormat, mermaid limit: MermaidLimit = MermaidLimit()) throws(UserError)
        -> String?
    {
        switch format {
        case .svg: return GanttSVGWriter().write(scene)
        case .dot: return dot
        case .png, .pdf: return nil
        case .mermaid:
            let text = mermaid
            if limit.maxCharacters > 0, text.count > limit.maxCharacters {
                throw UserError(
                    "not writing view '\(name)' as Mermaid: its \(MermaidLimit.number(text.count)) characters are "
                        + "over the limit of \(MermaidLimit.number(limit.maxCharacters))",
                    hint: "filter it (--area, --party, --kind), use --format svg, or give "
                        + "--mermaid-max-chars \(text.count) to write it anyway")
            }
            return text
        }
    }
}
