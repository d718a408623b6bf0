@testable import CleaveCore

/// The textbook maximum flow — shortest augmenting paths on a capacity matrix — with each
/// infinite capacity replaced by one more than all finite capacities together.
/// Returns nil for the value when the flow reaches that bound (every cut is infinite),
/// and the nodes reachable from the source in the final residual network.
func edmondsKarp(_ network: FlowNetwork, source: Int, sink: Int) -> (value: Int64?, sourceSide: [Bool]) {
    let n = network.nodeCount
    let big = network.capacity.reduce(0, +) + 1
    var residual = [[Int64]](repeating: [Int64](repeating: 0, count: n), count: n)
    for e in 0..<network.edgeCount where network.from(e) != network.to(e) {
        residual[network.from(e)][network.to(e)] += network.isInfinite[e] ? big : network.capacity[e]
    }
    func search() -> [Int] {
        var parent = [Int](repeating: -1, count: n)
        parent[source] = source
        var queue = [source], head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in 0..<n where parent[w] < 0 && residual[v][w] > 0 {
                parent[w] = v
                queue.append(w)
            }
        }
        return parent
    }
    var flow: Int64 = 0
    while flow < big {
        let parent = search()
        guard parent[sink] >= 0 else { break }
        var bottleneck = Int64.max, v = sink
        while v != source {
            bottleneck = min(bottleneck, residual[parent[v]][v])
            v = parent[v]
        }
        v = sink
        while v != source {
            residual[parent[v]][v] -= bottleneck
            residual[v][parent[v]] += bottleneck
            v = parent[v]
        }
        flow += bottleneck
    }
    return (flow >= big ? nil : flow, search().map { $0 >= 0 })
}
