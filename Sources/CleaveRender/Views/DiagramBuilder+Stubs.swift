import CleaveCore

extension DiagramBuilder {
    /// Collapses what is not drawn: each dependency between a drawn item and one left out
    /// becomes a line to a single stub node for the left-out item's area, so a filtered or
    /// focused map still shows where its items reach. One stub per area, one line per drawn
    /// item and direction, labelled with how many dependencies it stands for.
    ///
    /// - Parameter include: which links to collapse (all that cross the edge of the map by default).
    mutating func addStubs(include: (MapFacts.Link) -> Bool = { _ in true }) {
        var hidden: [Int: Set<Int>] = [:]
        var lines: [Int: [Int: (outward: Int, inward: Int)]] = [:]
        for link in facts.links where include(link) {
            let fromDrawn = nodeOfItem[link.from] != nil, toDrawn = nodeOfItem[link.to] != nil
            guard fromDrawn != toDrawn else { continue }
            let drawn = fromDrawn ? link.from : link.to, other = fromDrawn ? link.to : link.from
            guard let area = facts.itemArea[other] else { continue }
            hidden[area, default: []].insert(other)
            var counts = lines[drawn, default: [:]][area] ?? (0, 0)
            if fromDrawn { counts.outward += link.edges.count } else { counts.inward += link.edges.count }
            lines[drawn, default: [:]][area] = counts
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
        let ordered = facts.itemsByID.filter { lines[$0] != nil }
        for item in ordered {
            guard let node = nodeOfItem[item] else { continue }
            for area in facts.areasByID {
                guard let counts = lines[item]?[area], let stub = stubOfArea[area] else { continue }
                let name = facts.estate.items[item].name, areaName = facts.estate.areas[area].name
                if counts.outward > 0 {
                    diagram.edges.append(Diagram.Edge(from: node, to: stub, style: Self.stubLine,
                                                      label: counts.outward > 1 ? String(counts.outward) : nil,
                                                      tooltip: "\(name) → \(areaName): "
                                                          + Wording.count(counts.outward, "dependency", "dependencies") + " not drawn"))
                }
                if counts.inward > 0 {
                    diagram.edges.append(Diagram.Edge(from: stub, to: node, style: Self.stubLine,
                                                      label: counts.inward > 1 ? String(counts.inward) : nil,
                                                      tooltip: "\(areaName) → \(name): "
                                                          + Wording.count(counts.inward, "dependency", "dependencies") + " not drawn"))
                }
            }
        }
        stubsDrawn = true
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
            Legend.Entry(.swatch(fill: .white, border: .muted, borderWidth: 2), "dashed box: items of that area not drawn"),
            Legend.Entry(.line(Self.stubLine), "dependencies on them (count)"),
        ]
    }
}
