/// What a map does when it is too big to lay out well: `dot` gives way to `sfdp`,
/// which handles thousands of nodes, and the map says so.
public enum ScalePolicy {
    /// The engine to use for `diagram`, noting in it any change made by itself.
    ///
    /// - Parameter requested: the user's `--layout`, which is always honoured.
    public static func layout(for diagram: inout Diagram, requested: LayoutEngine?, maxNodes: Int) -> LayoutEngine {
        if let requested { return requested }
        let preferred = diagram.preferredLayout
        guard diagram.nodes.count > maxNodes, preferred == .dot || preferred == .fdp else { return preferred }
        diagram.notes.append(
            "Laid out with sfdp instead of \(preferred.rawValue), without area boxes: "
                + "\(diagram.nodes.count) nodes is more than --max-nodes \(maxNodes).")
        return .sfdp
    }
}
