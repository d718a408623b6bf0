/// Cycles in `dependsOn`, for the validation rule that reports them.
extension EstateGraph {
    /// One cycle per tangle: for each strongly connected component of the `dependsOn` edges
    /// with two or more items, a shortest cycle through its first item (in inventory order),
    /// as the edges that close it, first edge first. Components are taken in the order of
    /// their first items.
    /// - Complexity: O(items + edges).
    public func dependencyCycles() -> [[EdgeID]] {
        let dependsOn = edges.indices.filter { if case .dependsOn = edges[$0].origin { true } else { false } }
        let adjacency = Adjacency(nodeCount: itemCount, arcs: dependsOn.map { (edges[$0].from, edges[$0].to) })
        let scc = StronglyConnectedComponents(adjacency)
        var cycles: [(first: Int, edges: [EdgeID])] = []
        var firstOfComponent = [Int?](repeating: nil, count: scc.count)
        for item in 0..<itemCount where firstOfComponent[scc.component[item]] == nil {
            firstOfComponent[scc.component[item]] = item
        }
        // Breadth-first from the first item, inside its component, back to itself.
        var reachedBy = [Int?](repeating: nil, count: itemCount)  // the arc that reached each item
        for c in 0..<scc.count where scc.members.neighbours(of: c).count >= 2 {
            let root = firstOfComponent[c]!
            var queue = [root], head = 0, closing: Int?
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for arc in adjacency.arcs(from: v) {
                    let w = adjacency.targets[arc]
                    guard scc.component[w] == c else { continue }
                    if w == root {
                        closing = arc
                        break search
                    }
                    if reachedBy[w] == nil {
                        reachedBy[w] = arc
                        queue.append(w)
                    }
                }
            }
            var path = [dependsOn[closing!]]
            var v = edges[path[0]].from
            while v != root, let arc = reachedBy[v] {
                path.append(dependsOn[arc])
                v = edges[dependsOn[arc]].from
            }
            for item in queue { reachedBy[item] = nil }
            cycles.append((root, path.reversed()))
        }
        return cycles.sorted { $0.first < $1.first }.map(\.edges)
    }
}
