/// A map for the report, already laid out: the SVG Graphviz made, and what each of its
/// nodes stands for, so the page can say what a node is on hover and open it on a click.
///
/// CleaveRender draws them (`ReportMaps`) and CleaveReport shows them: the type lives here
/// so that neither module needs the other, and the report stays free of Graphviz.
public struct ReportMap: Sendable {
    /// One node of the map, in the order the DOT writer numbered them (`n0`, `n1`, …).
    public struct Node: Sendable {
        /// The id of what the node stands for: an item, an area or a party.
        public var id: String?
        /// What hovering over the node says: its name, id and details.
        public var hover: String

        public init(id: String?, hover: String) {
            self.id = id
            self.hover = hover
        }
    }

    public var title: String
    /// The SVG document as Graphviz wrote it.
    public var svg: String
    public var nodes: [Node]
    /// What the map left out or changed to stay legible.
    public var notes: [String]

    public init(title: String, svg: String, nodes: [Node], notes: [String] = []) {
        self.title = title
        self.svg = svg
        self.nodes = nodes
        self.notes = notes
    }
}

/// Why a map or chart is not in the report, said on its page.
public struct MapUnavailable: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
