import CleaveCore

/// One kind of chart of an estate: drawn on a time axis by Cleave itself, not laid out as a
/// graph by Graphviz (`roadmap:OPTION`). Its picture is a `GanttScene` of shapes, which the
/// SVG and pinned-DOT writers both draw, so SVG, PNG and PDF show the same thing.
public protocol ChartView: Sendable {
    /// The name as given to `--view`, e.g. `roadmap:a`.
    var name: String { get }
    /// Draws the chart.
    ///
    /// - Throws: `UserError` when the view names something the estate does not have, or the
    ///   analysis behind it cannot be made (an option with no start).
    func picture(_ context: ViewContext) throws(UserError) -> ChartPicture
}

/// A chart placed on a page, and the same chart as Mermaid text.
public struct ChartPicture: Sendable {
    public var title: String
    public var scene: GanttScene
    public var mermaid: String

    public init(title: String, scene: GanttScene, mermaid: String) {
        self.title = title
        self.scene = scene
        self.mermaid = mermaid
    }
}

extension ChartView {
    /// The file-safe name used for output files, e.g. `roadmap-a`.
    public var fileName: String { FileName.safe(name.replacingOccurrences(of: ":", with: "-")) }
}
