/// A Graphviz layout engine Cleave allows; the raw value is Graphviz's name.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered, for directed dependency maps.
    case dot
    /// Scalable force-directed, for large maps.
    case sfdp
    /// Spring model.
    case neato
    /// Force-directed with clusters.
    case fdp
    /// No layout: every node stays at the `pos` the DOT pins it to (the roadmap chart).
    case nop

    /// The engines `--layout` offers for maps; `nop` is only for pinned charts.
    public static let forMaps: [LayoutEngine] = [.dot, .sfdp, .neato, .fdp]
}

/// An output format of `cleave render`.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot, mermaid

    /// True when Graphviz must lay the diagram out to produce it.
    public var needsGraphviz: Bool {
        switch self {
        case .svg, .png, .pdf: true
        case .dot, .mermaid: false
        }
    }

    /// The file extension, without the dot.
    public var fileExtension: String {
        self == .mermaid ? "mmd" : rawValue
    }
}
