/// A flow network: nodes `0..<nodeCount` and directed edges with integer capacities, some
/// of them infinite.
///
/// Capacities are whole numbers (`Int64`) so that the maximum flow is exact; callers with
/// money amounts scale them to whole units first (see `CostUnits`). The finite capacities
/// must sum to less than 2⁶⁰.
public struct FlowNetwork: Sendable {
    public enum Capacity: Hashable, Sendable {
        case finite(Int64)
        case infinite
    }

    public private(set) var nodeCount: Int
    public private(set) var edgeFrom: [Int] = []
    public private(set) var edgeTo: [Int] = []
    /// The capacity of each finite edge; 0 for an infinite one (see `isInfinite`).
    public private(set) var capacity: [Int64] = []
    public private(set) var isInfinite: [Bool] = []

    /// - Parameter edgeCapacity: how many edges will be added, when known, so the arrays are
    ///   allocated once.
    public init(nodeCount: Int, edgeCapacity: Int = 0) {
        self.nodeCount = nodeCount
        edgeFrom.reserveCapacity(edgeCapacity)
        edgeTo.reserveCapacity(edgeCapacity)
        capacity.reserveCapacity(edgeCapacity)
        isInfinite.reserveCapacity(edgeCapacity)
    }

    public var edgeCount: Int { edgeFrom.count }

    /// Adds an edge and returns its id (edges are numbered in the order added).
    @discardableResult
    public mutating func addEdge(from: Int, to: Int, capacity: Capacity) -> Int {
        precondition(from >= 0 && from < nodeCount && to >= 0 && to < nodeCount)
        edgeFrom.append(from)
        edgeTo.append(to)
        switch capacity {
        case .finite(let c):
            precondition(c >= 0, "capacities are not negative")
            self.capacity.append(c)
            isInfinite.append(false)
        case .infinite:
            self.capacity.append(0)
            isInfinite.append(true)
        }
        return edgeFrom.count - 1
    }

    /// The capacity of edge `e`.
    public func capacity(of e: Int) -> Capacity {
        isInfinite[e] ? .infinite : .finite(capacity[e])
    }

    /// The edges leaving each node, and entering it, as arc lists of edge ids.
    /// - Complexity: O(nodeCount + edgeCount), by counting sort, with no intermediate pairs.
    func incidence() -> (out: Adjacency, in: Adjacency) {
        (
            FlowNetwork.arcs(byNode: edgeFrom, nodeCount: nodeCount),
            FlowNetwork.arcs(byNode: edgeTo, nodeCount: nodeCount)
        )
    }

    /// The edge ids grouped by `node[edge]`, in increasing id within each node.
    private static func arcs(byNode node: [Int], nodeCount: Int) -> Adjacency {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for v in node { start[v + 1] += 1 }
        for v in 0..<nodeCount { start[v + 1] += start[v] }
        var next = start
        var targets = [Int](repeating: 0, count: node.count)
        for (e, v) in node.enumerated() {
            targets[next[v]] = e
            next[v] += 1
        }
        return Adjacency(start: start, targets: targets)
    }
}
