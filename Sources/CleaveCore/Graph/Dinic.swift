/// Dinic's maximum-flow algorithm on a network with finite capacities: breadth-first level
/// graphs, then blocking flows found by an iterative depth-first search with current-arc
/// pointers (no recursion, so long augmenting paths are fine).
///
/// Edge `k` is stored as arc `2k` with its reverse arc `2k + 1`.
struct Dinic {
    let nodeCount: Int
    private var arcTo: [Int]
    private var residual: [Int64]
    private let adjacency: Adjacency  // node → arc ids

    init(nodeCount: Int, edges: [(from: Int, to: Int, capacity: Int64)]) {
        self.nodeCount = nodeCount
        var arcTo = [Int](repeating: 0, count: 2 * edges.count)
        var residual = [Int64](repeating: 0, count: 2 * edges.count)
        var arcs: [(from: Int, to: Int)] = []
        arcs.reserveCapacity(2 * edges.count)
        for (k, edge) in edges.enumerated() {
            arcTo[2 * k] = edge.to
            arcTo[2 * k + 1] = edge.from
            residual[2 * k] = edge.capacity
            arcs.append((edge.from, 2 * k))
            arcs.append((edge.to, 2 * k + 1))
        }
        self.arcTo = arcTo
        self.residual = residual
        adjacency = Adjacency(nodeCount: nodeCount, arcs: arcs)
    }

    /// The flow on edge `k` after `run`.
    func flow(onEdge k: Int) -> Int64 { residual[2 * k + 1] }

    /// Pushes a maximum flow from `source` to `sink` and returns its value.
    /// - Complexity: O(V² E) in general; far less on the shallow networks of estates.
    mutating func run(source: Int, sink: Int) -> Int64 {
        guard source != sink else { return 0 }
        var total: Int64 = 0
        var level = [Int](repeating: -1, count: nodeCount)
        while buildLevels(&level, source: source, sink: sink) {
            total += blockingFlow(&level, source: source, sink: sink)
        }
        return total
    }

    private func buildLevels(_ level: inout [Int], source: Int, sink: Int) -> Bool {
        for v in level.indices { level[v] = -1 }
        level[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for position in adjacency.arcs(from: v) {
                let arc = adjacency.targets[position]
                let w = arcTo[arc]
                if residual[arc] > 0 && level[w] < 0 {
                    level[w] = level[v] + 1
                    queue.append(w)
                }
            }
        }
        return level[sink] >= 0
    }

    private mutating func blockingFlow(_ level: inout [Int], source: Int, sink: Int) -> Int64 {
        var next = Array(adjacency.start.dropLast())
        var path: [Int] = []  // arcs from the source to `v`
        var v = source
        var pushed: Int64 = 0
        while true {
            if v == sink {
                var bottleneck = Int64.max
                for arc in path { bottleneck = min(bottleneck, residual[arc]) }
                var firstSaturated = path.count
                for (k, arc) in path.enumerated() {
                    residual[arc] -= bottleneck
                    residual[arc ^ 1] += bottleneck
                    if residual[arc] == 0 && firstSaturated == path.count { firstSaturated = k }
                }
                pushed += bottleneck
                path.removeSubrange(firstSaturated...)
                v = path.last.map { arcTo[$0] } ?? source
                continue
            }
            var advanced = false
            while next[v] < adjacency.start[v + 1] {
                let arc = adjacency.targets[next[v]]
                let w = arcTo[arc]
                if residual[arc] > 0 && level[w] == level[v] + 1 {
                    path.append(arc)
                    v = w
                    advanced = true
                    break
                }
                next[v] += 1
            }
            if advanced { continue }
            if v == source { return pushed }
            level[v] = -1  // a dead end for the rest of this phase
            let arc = path.removeLast()
            v = arcTo[arc ^ 1]
            next[v] += 1
        }
    }
}
