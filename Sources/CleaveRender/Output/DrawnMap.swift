import CleaveCore

/// A view drawn and written as DOT, with the layout it will be rendered with.
public struct DrawnMap: Sendable {
    public let name: String
    public let diagram: Diagram
    public let layout: LayoutEngine
    public let dot: String

    /// Draws `view`; the layout is `requested`, or what `ScalePolicy` chooses for its size.
    /// - Throws: `UserError` when the view names something the estate does not have.
    /// - Parameter dpi: dots per inch for PNG (`--dpi`), written into the DOT.
    public init(view: any MapView, context: ViewContext, layout requested: LayoutEngine?, dpi: Double? = nil)
        throws(UserError)
    {
        name = view.name
        var diagram = try view.diagram(context)
        if !context.filter.isEmpty { diagram.subtitle.insert(context.filter.summary, at: 0) }
        layout = ScalePolicy.layout(for: &diagram, requested: requested, maxNodes: context.maxNodes)
        self.diagram = diagram
        dot = DOTWriter(layout: layout, dpi: dpi).write(diagram)
    }

    /// What the view changed by itself, as `note: view: …` lines.
    public var notes: [String] { diagram.notes.map { "note: \(name): \($0)" } }

    /// The map's text in `format` when it is a text format (DOT or Mermaid), with a note
    /// when Mermaid had to collapse it; nil for images.
    /// - Throws: `UserError` when the Mermaid text is over `limit` even collapsed.
    public func text(_ format: RenderFormat, mermaid limit: MermaidLimit = MermaidLimit()) throws(UserError)
        -> (text: String, note: String?)?
    {
        switch format {
        case .dot: (dot, nil)
        case .mermaid: try limit.text(diagram, view: name)
        case .svg, .png, .pdf: nil
        }
    }
}
