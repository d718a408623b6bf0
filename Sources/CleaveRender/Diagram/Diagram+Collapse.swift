import CleaveCore

extension Diagram {
    /// The same map with each cluster drawn as one node: its label, how many nodes it
    /// stands for, and one line per pair of nodes left, labelled with how many lines it
    /// replaces. Nodes outside clusters stay as they are.
    /// - Complexity: O(nodes + edges).
    func collapsedByCluster() -> Diagram {
        guard !clusters.isEmpty else { return self }
        var result = self
        result.clusters = []
        result.nodes = []
        var newIndex: [Int] = Array(repeating: 0, count: nodes.count)
        var nodeOfCluster: [Int: Int] = [:]
        let members = Dictionary(
            grouping: nodes.indices.filter { nodes[$0].cluster.map(clusters.indices.contains) == true },
            by: { nodes[$0].cluster! })
        for (index, node) in nodes.enumerated() {
            if let cluster = node.cluster, let group = members[cluster] {
                if let existing = nodeOfCluster[cluster] {
                    newIndex[index] = existing
                    continue
                }
                let box = clusters[cluster]
                nodeOfCluster[cluster] = result.nodes.count
                newIndex[index] = result.nodes.count
                var label = box.label
                label.details = [Wording.count(group.count, "item")] + label.details.prefix(1)
                result.nodes.append(
                    Node(
                        label: label,
                        style: NodeStyle(
                            shape: .roundedBox, fill: .white, border: box.border,
                            borderWidth: 2),
                        tooltip: box.tooltip, link: box.link))
            } else {
                newIndex[index] = result.nodes.count
                result.nodes.append(node)
            }
        }
        var counts: [Int: [Int: Int]] = [:]
        var order: [(Int, Int)] = []
        for edge in edges where nodes.indices.contains(edge.from) && nodes.indices.contains(edge.to) {
            let from = newIndex[edge.from], to = newIndex[edge.to]
            guard from != to else { continue }
            if counts[from]?[to] == nil { order.append((from, to)) }
            counts[from, default: [:]][to, default: 0] += 1
        }
        result.edges = order.map { from, to in
            let n = counts[from]![to]!
            return Edge(from: from, to: to, style: EdgeStyle(color: .muted, width: n > 1 ? 2 : 1), label: String(n))
        }
        result.legend = Legend(sections: [
            Legend.Section(
                title: "Collapsed",
                entries: [
                    Legend.Entry(
                        .swatch(fill: .white, border: .muted, borderWidth: 2), "an area: its items as one box"),
                    Legend.Entry(.line(EdgeStyle(color: .muted, width: 2)), "dependencies between them (count)"),
                ])
        ])
        return result
    }
}
