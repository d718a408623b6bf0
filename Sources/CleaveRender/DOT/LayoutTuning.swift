/// Graph attributes that keep each layout engine fast and the result legible.
///
/// `dot`'s defaults spend most of their time in network simplex and crossing
/// minimisation on large maps; the limits below keep a few hundred items to seconds
/// while leaving small maps as tidy as the defaults would.
enum LayoutTuning {
    static func attributes(for engine: LayoutEngine, nodeCount: Int, direction: Diagram.Direction) -> DOTAttributes {
        var attributes = DOTAttributes()
        switch engine {
        case .dot:
            attributes.set(.rankdir, .text(direction == .leftToRight ? "LR" : "TB"))
            attributes.set(.ranksep, .number(nodeCount > 150 ? 0.9 : 0.6))
            attributes.set(.nodesep, .number(nodeCount > 150 ? 0.12 : 0.25))
            attributes.set(.splines, .text(nodeCount > 250 ? "polyline" : "spline"))
            attributes.set(.remincross, .text("false"))
            if nodeCount > 60 {
                attributes.set(.nslimit, .number(nodeCount > 250 ? 2 : 8))
                attributes.set(.nslimit1, .number(nodeCount > 250 ? 2 : 8))
                attributes.set(.mclimit, .number(nodeCount > 250 ? 0.3 : 0.6))
                attributes.set(.searchsize, .number(nodeCount > 250 ? 20 : 40))
            }
        case .sfdp:
            attributes.set(.overlap, .text("prism"))
            attributes.set(.sep, .text("+6"))
            attributes.set(.splines, .text("false"))
            attributes.set(.outputorder, .text("edgesfirst"))
        case .neato:
            attributes.set(.overlap, .text("scalexy"))
            attributes.set(.sep, .text("+6"))
            attributes.set(.splines, .text("true"))
            attributes.set(.outputorder, .text("edgesfirst"))
        case .fdp:
            attributes.set(.overlap, .text("scalexy"))
            attributes.set(.splines, .text("true"))
            attributes.set(.outputorder, .text("edgesfirst"))
        case .nop:
            // Positions are pinned by whoever wrote them: nothing to tune.
            break
        }
        return attributes
    }
}
