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
    /// The ends of each edge, as 32-bit node numbers: a network of a million items has
    /// millions of edges, and half the memory is half the time spent faulting it in.
    public private(set) var edgeFrom: [Int32] = []
    public private(set) var edgeTo: [Int32] = []
    /// The capacity of each finite edge; 0 for an infinite one (see `isInfinite`).
    public private(set) var capacity: [Int64] = []
    public private(set) var isInfinite: [Bool] = []

    /// - Parameter edgeCapacity: how many edges will be added, when known, so the arrays are
    ///   allocated once.
    public init(nodeCount: Int, edgeCapacity: Int = 0) {
        precondition(nodeCount < Int(Int32.max), "a flow network has fewer than 2³¹ nodes")
        self.nodeCount = nodeCount
        edgeFrom.reserveCapacity(edgeCapacity)
        edgeTo.reserveCapacity(edgeCapacity)
        capacity.reserveCapacity(edgeCapacity)
        isInfinite.reserveCapacity(edgeCapacity)
    }

    public var edgeCount: Int { edgeFrom.count }

    /// Makes room for `count` more edges, so that adding them copies the arrays at most once
    /// (a network copied from another shares its arrays until it changes).
    public mutating func reserveCapacity(forMoreEdges count: Int) {
        let total = edgeFrom.count + count
        edgeFrom.reserveCapacity(total)
        edgeTo.reserveCapacity(total)
        capacity.reserveCapacity(total)
        isInfinite.reserveCapacity(total)
    }

    /// Adds an edge and returns its id (edges are numbered in the order added).
    @discardableResult
    public mutating func addEdge(from: Int, to: Int, capacity: Capacity) -> Int {
        precondition(from >= 0 && from < nodeCount && to >= 0 && to < nodeCount)
        edgeFrom.append(Int32(from))
        edgeTo.append(Int32(to))
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

    /// The node edge `e` leaves.
    public func from(_ e: Int) -> Int { Int(edgeFrom[e]) }

    /// The node edge `e` enters.
    public func to(_ e: Int) -> Int { Int(edgeTo[e]) }

    /// The capacity of edge `e`.
    public func capacity(of e: Int) -> Capacity {
        isInfinite[e] ? .infinite : .finite(capacity[e])
    }

    /// Whether edge `e` can carry flow: it is infinite, or its capacity is above 0.
    func canCarry(_ e: Int) -> Bool { isInfinite[e] || capacity[e] > 0 }

    /// The edges leaving each node, and entering it, as arc lists.
    /// - Complexity: O(nodeCount + edgeCount), by counting sort, with no intermediate pairs.
    func incidence() -> (out: Arcs, in: Arcs) {
        (
            Arcs(byNode: edgeFrom, far: edgeTo, network: self),
            Arcs(byNode: edgeTo, far: edgeFrom, network: self)
        )
    }

    /// Edges grouped by a node of each edge, in compressed sparse row form: the arcs at node
    /// `v` are `start[v]..<start[v + 1]`, in increasing edge id. Each arc is one word holding
    /// its edge, the node at the edge's other end and the edge's kind, so a search over the
    /// arcs of a node reads them in sequence instead of looking each edge up in the network
    /// (on a million items those look-ups miss the cache), and the counting sort that builds
    /// them writes one word per edge.
    struct Arcs {
        /// Kinds: the edge is infinite; the edge can carry flow (infinite, or capacity > 0).
        static let infinite: UInt64 = 1 << 31, usable: UInt64 = 1 << 63

        let start: [Int32]
        /// Bits 0–30 the far node, 31 infinite, 32–62 the edge, 63 usable.
        let arcs: [UInt64]

        @inline(__always) static func far(_ arc: UInt64) -> Int { Int(arc & 0x7FFF_FFFF) }
        @inline(__always) static func edge(_ arc: UInt64) -> Int { Int((arc >> 32) & 0x7FFF_FFFF) }

        init(byNode node: [Int32], far other: [Int32], network: FlowNetwork) {
            precondition(node.count < Int(Int32.max), "a flow network has fewer than 2³¹ edges")
            let nodeCount = network.nodeCount
            var start = [Int32](repeating: 0, count: nodeCount + 1)
            for v in node { start[Int(v) + 1] += 1 }
            for v in 0..<nodeCount { start[v + 1] += start[v] }
            var next = start
            var arcs = [UInt64](repeating: 0, count: node.count)
            for e in 0..<node.count {
                let v = Int(node[e])
                let kind = (network.isInfinite[e] ? Arcs.infinite : 0) | (network.canCarry(e) ? Arcs.usable : 0)
                arcs[Int(next[v])] = UInt64(UInt32(other[e])) | UInt64(e) << 32 | kind
                next[v] += 1
            }
            self.start = start
            self.arcs = arcs
        }
    }
}
