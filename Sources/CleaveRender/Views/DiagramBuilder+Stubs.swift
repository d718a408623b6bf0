import CleaveCore

extension DiagramBuilder {
    /// Collapses what is not drawn: each dependency between a drawn item and one left out
    /// becomes a line to a single stub node for the left-out item's area, so a filtered or
    /// focused map still shows where its items reach. One stub per area, one line per drawn
    /// item and direction, labelled with how many dependencies it stands for.
    ///
    /// - Parameter include: which links to collapse (all that cross the edge of the map by default).
    ///   - perItem: one line per drawn item and area, where the lines say which item
    ///     something hangs on (hubs, blockers); otherwise one line per area box and area,
    ///     drawn from the box's edge, so forty items reaching one stub make one line.
    mutating func addStubs(include: (MapFacts.Link) -> Bool = { _ in true }, perItem: Bool = false) {
        var hidden: [Int: Set<Int>] = [:]
        /// Keyed by the drawn item, or by the first drawn item of its box when lines are per box.
        var lines: [Int: [Int: (outward: Int, inward: Int)]] = [:]
        var itemsBehind: [Int: Set<Int>] = [:]
        var representative: [Int: Int] = [:]
        for item in facts.itemsByID {
            guard let node = nodeOfItem[item] else { continue }
            let key = perItem ? item : diagram.nodes[node].cluster.map { -1 - $0 } ?? item
            if representative[key] == nil { representative[key] = item }
        }
        for link in facts.links where include(link) {
            let fromDrawn = nodeOfItem[link.from] != nil, toDrawn = nodeOfItem[link.to] != nil
            guard fromDrawn != toDrawn else { continue }
            let drawn = fromDrawn ? link.from : link.to, other = fromDrawn ? link.to : link.from
            guard let area = facts.itemArea[other], let node = nodeOfItem[drawn] else { continue }
            let key = perItem ? drawn : diagram.nodes[node].cluster.map { -1 - $0 } ?? drawn
            hidden[area, default: []].insert(other)
            itemsBehind[key, default: []].insert(drawn)
            var counts = lines[key, default: [:]][area] ?? (0, 0)
            if fromDrawn { counts.outward += link.edges.count } else { counts.inward += link.edges.count }
            lines[key, default: [:]][area] = counts
        }
        guard !hidden.isEmpty else { return }
        for area in facts.areasByID {
            guard let items = hidden[area] else { continue }
            if let existing = stubOfArea[area] {
                // A second call (a view's own stubs, then the filter's) adds to the same box.
                hiddenOfArea[area, default: []].formUnion(items)
                diagram.nodes[existing] = stubNode(area, hiddenItems: hiddenOfArea[area]!)
            } else {
                hiddenOfArea[area] = items
                stubOfArea[area] = diagram.nodes.count
                diagram.nodes.append(stubNode(area, hiddenItems: items))
            }
        }
        let keys = lines.keys.sorted { a, b in
            let ra = representative[a].flatMap { nodeOfItem[$0] } ?? 0,
                rb = representative[b].flatMap { nodeOfItem[$0] } ?? 0
            return ra < rb
        }
        for key in keys {
            guard let item = representative[key], let node = nodeOfItem[item] else { continue }
            let cluster = key < 0 ? -1 - key : nil
            let name = cluster.map { diagram.clusters[$0].label.name } ?? facts.estate.items[item].name
            for area in facts.areasByID {
                guard let counts = lines[key]?[area], let stub = stubOfArea[area] else { continue }
                let areaName = facts.estate.areas[area].name
                let many = cluster != nil && (itemsBehind[key]?.count ?? 0) > 1
                if counts.outward > 0 {
                    diagram.edges.append(
                        Diagram.Edge(
                            from: node, to: stub, style: Self.stubLine, label: Self.count(counts.outward, label: many),
                            tooltip: "\(name) → \(areaName): "
                                + Wording.count(counts.outward, "dependency", "dependencies") + " not drawn",
                            fromCluster: many ? cluster : nil))
                }
                if counts.inward > 0 {
                    diagram.edges.append(
                        Diagram.Edge(
                            from: stub, to: node, style: Self.stubLine, label: Self.count(counts.inward, label: many),
                            tooltip: "\(areaName) → \(name): "
                                + Wording.count(counts.inward, "dependency", "dependencies") + " not drawn",
                            toCluster: many ? cluster : nil))
                }
            }
        }
        // The totals on the box itself: a count beside a short line is easily lost.
        for area in facts.areasByID {
            guard let stub = stubOfArea[area] else { continue }
            for counts in lines.values.compactMap({ $0[area] }) {
                stubTotals[area, default: (0, 0)].outward += counts.outward
                stubTotals[area, default: (0, 0)].inward += counts.inward
            }
            let totals = stubTotals[area] ?? (0, 0)
            var words: [String] = []
            if totals.outward > 0 {
                words.append("\(Wording.count(totals.outward, "dependency", "dependencies")) on them")
            }
            if totals.inward > 0 { words.append("\(totals.inward) from them") }
            diagram.nodes[stub] = stubNode(area, hiddenItems: hiddenOfArea[area] ?? [])
            if !words.isEmpty { diagram.nodes[stub].label.details.append(words.joined(separator: " · ")) }
        }
        stubsDrawn = true
    }

    /// A line's count: always on a line from a whole box, else only above one.
    private static func count(_ n: Int, label always: Bool) -> String? {
        always || n > 1 ? String(n) : nil
    }

    /// A grey dashed box standing for the items of `area` the map leaves out.
    func stubNode(_ area: Int, hiddenItems: Set<Int>) -> Diagram.Node {
        let it = facts.estate.areas[area]
        let ids = facts.itemsByID.filter(hiddenItems.contains).map { facts.estate.items[$0].id }
        let shown = ids.prefix(12).joined(separator: ", ") + (ids.count > 12 ? ", …" : "")
        return Diagram.Node(
            label: NodeLabel(name: it.name, id: it.id, details: ["\(Wording.count(ids.count, "item")) not drawn"]),
            style: Self.stubStyle(facts.palette.color(for: it.lead.id)),
            tooltip: ["\(it.name) (\(it.id)): \(Wording.count(ids.count, "item")) not drawn", shown],
            link: links.file(for: "area:\(it.id)"))
    }

    /// Dashed and white, outlined in the area lead's colour, so it never reads as an item.
    static func stubStyle(_ lead: Color) -> NodeStyle {
        NodeStyle(shape: .box, fill: .white, border: lead, borderWidth: 2, borderStyle: .dashed)
    }

    static let stubLine = EdgeStyle(line: .dashed, color: Color(0x8C8C8C), width: 1.2)

    /// The legend lines for stubs, when any were drawn.
    var stubLegend: [Legend.Entry] {
        guard stubsDrawn else { return [] }
        return [
            Legend.Entry(
                .swatch(fill: .white, border: .muted, borderWidth: 2), "dashed box: items of that area not drawn"),
            Legend.Entry(.line(Self.stubLine), "dependencies on them (count)"),
        ]
    }
}
