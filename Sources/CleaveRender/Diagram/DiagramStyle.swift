/// Node shapes a view may use; the raw value is Graphviz's name.
public enum NodeShape: String, Sendable, CaseIterable {
    case box, roundedBox, box3d, note, cylinder, ellipse, house, octagon, hexagon, component, plaintext
}

/// How a line is drawn; the raw value is Graphviz's `style` keyword.
public enum LineStyle: String, Sendable, CaseIterable {
    case solid, dashed, dotted, bold
}

/// Arrow heads an edge may end with; the raw value is Graphviz's name.
public enum ArrowHead: String, Sendable, CaseIterable {
    case normal, empty, odot, dot, tee, vee, none
}

/// How a node is drawn.
public struct NodeStyle: Sendable, Equatable {
    public var shape: NodeShape
    public var fill: Color
    public var border: Color
    public var borderWidth: Double
    public var borderStyle: LineStyle
    /// 2 draws a double outline, used to mark blockers and the focus item.
    public var peripheries: Int

    public init(
        shape: NodeShape = .roundedBox, fill: Color = .white, border: Color = .muted,
        borderWidth: Double = 1, borderStyle: LineStyle = .solid, peripheries: Int = 1
    ) {
        self.shape = shape
        self.fill = fill
        self.border = border
        self.borderWidth = borderWidth
        self.borderStyle = borderStyle
        self.peripheries = peripheries
    }
}

/// How an edge is drawn.
public struct EdgeStyle: Sendable, Equatable {
    public var line: LineStyle
    public var color: Color
    public var width: Double
    public var arrowHead: ArrowHead

    public init(
        line: LineStyle = .solid, color: Color = .muted, width: Double = 1,
        arrowHead: ArrowHead = .normal
    ) {
        self.line = line
        self.color = color
        self.width = width
        self.arrowHead = arrowHead
    }
}
