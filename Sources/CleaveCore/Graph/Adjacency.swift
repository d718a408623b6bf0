/// A directed graph on nodes `0..<nodeCount` in compressed sparse row form: the arcs
/// leaving node `v` are `targets[start[v]..<start[v + 1]]`, and an arc's position in
/// `targets` is its id.
public struct Adjacency: Sendable {
    /// `nodeCount + 1` offsets into `targets`.
    public let start: [Int]
    public let targets: [Int]

    public var nodeCount: Int { start.count - 1 }
    public var arcCount: Int { targets.count }

    /// Builds the graph from arcs given as (from, to) pairs; arcs keep their relative order
    /// per node, and arc `k` of the result is the `k`-th pair in that stable order.
    /// - Complexity: O(nodeCount + arcs.count).
    public init(nodeCount: Int, arcs: [(from: Int, to: Int)]) {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for arc in arcs { start[arc.from + 1] += 1 }
        for v in 0..<nodeCount { start[v + 1] += start[v] }
        var next = start
        var targets = [Int](repeating: 0, count: arcs.count)
        for arc in arcs {
            targets[next[arc.from]] = arc.to
            next[arc.from] += 1
        }
        self.start = start
        self.targets = targets
    }

    init(start: [Int], targets: [Int]) {
        self.start = start
        self.targets = targets
    }

    /// The ids of the arcs leaving `v`.
    public func arcs(from v: Int) -> Range<Int> { start[v]..<start[v + 1] }

    /// The heads of the arcs leaving `v`, in arc order.
    public func neighbours(of v: Int) -> ArraySlice<Int> { targets[start[v]..<start[v + 1]] }

    /// The same nodes with every arc turned round, and for each arc of the result the id
    /// of the arc it came from.
    /// - Complexity: O(nodeCount + arcCount).
    public func reversed() -> (graph: Adjacency, original: [Int]) {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for t in targets { start[t + 1] += 1 }
        for v in 0..<nodeCount { start[v + 1] += start[v] }
        var next = start
        var targets = [Int](repeating: 0, count: arcCount)
        var original = [Int](repeating: 0, count: arcCount)
        for v in 0..<nodeCount {
            for arc in arcs(from: v) {
                let t = self.targets[arc]
                targets[next[t]] = v
                original[next[t]] = arc
                next[t] += 1
            }
        }
        return (Adjacency(start: start, targets: targets), original)
    }
}
