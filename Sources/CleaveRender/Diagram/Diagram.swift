/// A map ready to be written as DOT or Mermaid: what every view produces.
///
/// Text in a diagram (titles, labels, legend entries) may be anything the inventory
/// holds; the writers escape it. Nodes and clusters are referred to by position, so no
/// inventory text ever becomes an identifier.
public struct Diagram: Sendable, Equatable {
    /// The file-safe name of the view that drew it (`estate`, `option-a`).
    public var viewName: String
    /// The headline, e.g. "Acme estate: every item".
    public var title: String
    /// Smaller lines under the title: what the map shows, and notes such as "collapsed".
    public var subtitle: [String]
    public var clusters: [Cluster]
    public var nodes: [Node]
    public var edges: [Edge]
    public var legend: Legend
    /// Left-to-right or top-to-bottom, for `dot`.
    public var direction: Direction
    /// The layout this diagram reads best with; the caller may override it.
    public var preferredLayout: LayoutEngine
    /// What the view changed by itself to stay legible (collapsed, new layout).
    public var notes: [String]

    public init(
        viewName: String, title: String, subtitle: [String] = [], clusters: [Cluster] = [],
        nodes: [Node] = [], edges: [Edge] = [], legend: Legend = Legend(),
        direction: Direction = .leftToRight, preferredLayout: LayoutEngine = .dot,
        notes: [String] = []
    ) {
        self.viewName = viewName
        self.title = title
        self.subtitle = subtitle
        self.clusters = clusters
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
        self.direction = direction
        self.preferredLayout = preferredLayout
        self.notes = notes
    }

    public enum Direction: String, Sendable, Equatable { case leftToRight, topToBottom }

    /// A box around nodes, such as a service area.
    public struct Cluster: Sendable, Equatable {
        public var label: NodeLabel
        public var fill: Color
        public var border: Color
        /// Hover text in a browser, one entry per line.
        public var tooltip: [String]
        /// The file name of the map it links to in an SVG (with `--all`), such as `area-digital.svg`.
        public var link: String?

        public init(
            label: NodeLabel, fill: Color = .clusterFill, border: Color = .clusterBorder,
            tooltip: [String] = [], link: String? = nil
        ) {
            self.label = label
            self.fill = fill
            self.border = border
            self.tooltip = tooltip
            self.link = link
        }
    }

    /// One node; `cluster` is an index into `clusters`.
    public struct Node: Sendable, Equatable {
        public var label: NodeLabel
        public var cluster: Int?
        public var style: NodeStyle
        /// Hover text in a browser, one entry per line: what the node stands for in full.
        public var tooltip: [String]
        /// The file name of the map it links to in an SVG (with `--all`), such as `focus-crm.svg`.
        public var link: String?

        public init(
            label: NodeLabel, cluster: Int? = nil, style: NodeStyle = NodeStyle(),
            tooltip: [String] = [], link: String? = nil
        ) {
            self.label = label
            self.cluster = cluster
            self.style = style
            self.tooltip = tooltip
            self.link = link
        }
    }

    /// One edge between two nodes, by index into `nodes`.
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var style: EdgeStyle
        /// A short caption such as a count; inventory text is allowed.
        public var label: String?
        /// How strongly `dot` should keep the edge short; 1 is the default.
        public var weight: Int
        /// Hover text in a browser, such as `Website → Customer CRM (integration)`.
        public var tooltip: String?
        /// Draw the line from the edge of this cluster rather than from the `from` node
        /// (one line standing for a whole box); likewise `toCluster`.
        public var fromCluster: Int?
        public var toCluster: Int?

        public init(
            from: Int, to: Int, style: EdgeStyle = EdgeStyle(), label: String? = nil, weight: Int = 1,
            tooltip: String? = nil, fromCluster: Int? = nil, toCluster: Int? = nil
        ) {
            self.fromCluster = fromCluster
            self.toCluster = toCluster
            self.from = from
            self.to = to
            self.style = style
            self.label = label
            self.weight = weight
            self.tooltip = tooltip
        }
    }
}

/// The text of a node or cluster: a name shown verbatim, its id, and detail lines.
public struct NodeLabel: Sendable, Equatable {
    public var name: String
    public var id: String?
    public var details: [String]
    /// Set for the most important node, such as the focus item; drawn bold.
    public var emphasised: Bool
    /// The details are a list to read down: left-aligned, wrapped wider.
    public var isList: Bool

    public init(name: String, id: String? = nil, details: [String] = [], emphasised: Bool = false, isList: Bool = false)
    {
        self.name = name
        self.id = id
        self.details = details
        self.emphasised = emphasised
        self.isList = isList
    }
}
