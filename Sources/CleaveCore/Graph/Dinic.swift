/// Dinic's maximum-flow algorithm on a network with finite capacities: level graphs by
/// breadth-first distance to the sink, then blocking flows found by an iterative depth-first
/// search with current-arc pointers (no recursion, so long augmenting paths are fine).
///
/// The network is stored flat, once: the arcs leaving node `v` are `start[v]..<start[v + 1]`,
/// each with its head, its residual capacity and the position of its reverse arc, in
/// parallel arrays of 32-bit indices. The inner loops read them through unsafe buffers, so
/// they allocate nothing and check no bounds.
struct Dinic {
    let nodeCount: Int
    private let start: [Int]
    private let head: [Int32]
    private let mate: [Int32]
    private var residual: [Int64]
    /// The arc of edge `k` (the reverse arc is `mate` of it).
    private let edgeArc: [Int32]

    /// Edge `k` goes from `from[k]` to `to[k]` with capacity `capacity[k]`.
    init(nodeCount: Int, from: [Int32], to: [Int32], capacity: [Int64]) {
        precondition(from.count == to.count && to.count == capacity.count)
        precondition(nodeCount < Int(Int32.max) && 2 * from.count < Int(Int32.max))
        self.nodeCount = nodeCount
        let edgeCount = from.count
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for k in 0..<edgeCount {
            start[Int(from[k]) + 1] += 1
            start[Int(to[k]) + 1] += 1
        }
        for v in 0..<nodeCount { start[v + 1] += start[v] }
        var next = start
        var head = [Int32](repeating: 0, count: 2 * edgeCount)
        var mate = [Int32](repeating: 0, count: 2 * edgeCount)
        var residual = [Int64](repeating: 0, count: 2 * edgeCount)
        var edgeArc = [Int32](repeating: 0, count: edgeCount)
        for k in 0..<edgeCount {
            let u = Int(from[k]), v = Int(to[k])
            let forward = next[u]
            next[u] += 1
            let backward = next[v]
            next[v] += 1
            head[forward] = Int32(v)
            head[backward] = Int32(u)
            mate[forward] = Int32(backward)
            mate[backward] = Int32(forward)
            residual[forward] = capacity[k]
            edgeArc[k] = Int32(forward)
        }
        self.start = start
        self.head = head
        self.mate = mate
        self.residual = residual
        self.edgeArc = edgeArc
    }

    /// The flow on edge `k` after `run`.
    func flow(onEdge k: Int) -> Int64 { residual[Int(mate[Int(edgeArc[k])])] }

    /// Pushes a maximum flow from `source` to `sink` and returns its value.
    /// - Complexity: O(V² E) in general; far less on the shallow networks of estates.
    mutating func run(source: Int, sink: Int) -> Int64 {
        guard source != sink else { return 0 }
        var total: Int64 = 0
        var level = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var next = [Int](repeating: 0, count: nodeCount)
        var path = [Int32](repeating: 0, count: nodeCount)
        while buildLevels(&level, &queue, source: source, sink: sink) {
            total += blockingFlow(&level, &next, &path, source: source, sink: sink)
        }
        return total
    }

    /// Levels by distance to the sink: a breadth-first search backward from the sink over arcs
    /// with residual capacity, stopping at the source's level (nodes farther away lie on no
    /// shortest path). The blocking flow then steps only to a node one level nearer the sink,
    /// so its searches leave out the parts that cannot reach the sink instead of finding them
    /// dead ends: against levels counted from the source, about a third less time in Dinic's
    /// phases on the estates of `make bench` (the same flows).
    private func buildLevels(_ level: inout [Int32], _ queue: inout [Int32], source: Int, sink: Int) -> Bool {
        start.withUnsafeBufferPointer { start in
            head.withUnsafeBufferPointer { head in
                mate.withUnsafeBufferPointer { mate in
                    residual.withUnsafeBufferPointer { residual in
                        level.withUnsafeMutableBufferPointer { level in
                            queue.withUnsafeMutableBufferPointer { queue in
                                for v in 0..<level.count { level[v] = -1 }
                                level[sink] = 0
                                queue[0] = Int32(sink)
                                var read = 0, write = 1
                                while read < write {
                                    let w = Int(queue[read])
                                    read += 1
                                    let next = level[w] + 1
                                    if level[source] >= 0 && next > level[source] { break }
                                    for arc in start[w]..<start[w + 1] where residual[Int(mate[arc])] > 0 {
                                        let u = Int(head[arc])
                                        if level[u] < 0 {
                                            level[u] = next
                                            queue[write] = Int32(u)
                                            write += 1
                                        }
                                    }
                                }
                                return level[source] >= 0
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func blockingFlow(
        _ level: inout [Int32], _ next: inout [Int], _ path: inout [Int32],
        source: Int, sink: Int
    ) -> Int64 {
        for v in 0..<nodeCount { next[v] = start[v] }
        return start.withUnsafeBufferPointer { start in
            head.withUnsafeBufferPointer { head in
                mate.withUnsafeBufferPointer { mate in
                    residual.withUnsafeMutableBufferPointer { residual in
                        level.withUnsafeMutableBufferPointer { level in
                            next.withUnsafeMutableBufferPointer { next in
                                path.withUnsafeMutableBufferPointer { path in
                                    var depth = 0  // path[0..<depth]: the arcs from the source to `v`
                                    var v = source
                                    var pushed: Int64 = 0
                                    while true {
                                        if v == sink {
                                            var bottleneck = Int64.max
                                            for k in 0..<depth { bottleneck = min(bottleneck, residual[Int(path[k])]) }
                                            var firstSaturated = depth
                                            for k in 0..<depth {
                                                let arc = Int(path[k])
                                                residual[arc] -= bottleneck
                                                residual[Int(mate[arc])] += bottleneck
                                                if residual[arc] == 0 && firstSaturated == depth { firstSaturated = k }
                                            }
                                            pushed += bottleneck
                                            depth = firstSaturated
                                            v = depth > 0 ? Int(head[Int(path[depth - 1])]) : source
                                            continue
                                        }
                                        let u = v
                                        let want = level[u] - 1
                                        let end = start[u + 1]
                                        var arc = next[u]
                                        while arc < end {
                                            let w = Int(head[arc])
                                            if residual[arc] > 0 && level[w] == want {
                                                path[depth] = Int32(arc)
                                                depth += 1
                                                v = w
                                                break
                                            }
                                            arc += 1
                                        }
                                        next[u] = arc
                                        if v != u { continue }
                                        if v == source { return pushed }
                                        level[v] = -1  // a dead end for the rest of this phase
                                        depth -= 1
                                        let back = Int(path[depth])
                                        v = Int(head[Int(mate[back])])
                                        next[v] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
