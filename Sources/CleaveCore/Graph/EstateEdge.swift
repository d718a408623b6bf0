/// One edge `from → to` of the estate graph (SPEC §4.1): a `dependsOn` entry of `from`, or a
/// contract in `from`'s `contracts` (via `licence`).
public struct EstateEdge: Hashable, Sendable {
    /// Where the edge was written in the `from` item.
    public enum Origin: Hashable, Sendable {
        /// The `n`-th entry of `dependsOn`.
        case dependsOn(Int)
        /// The `n`-th entry of `contracts`.
        case contracts(Int)
    }

    /// Item indices.
    public let from: Int
    public let to: Int
    public let via: Via
    /// The dependency's own `severCost`; contract edges have none.
    public let severCost: Double?
    public let origin: Origin

    public init(from: Int, to: Int, via: Via, severCost: Double?, origin: Origin) {
        self.from = from
        self.to = to
        self.via = via
        self.severCost = severCost
        self.origin = origin
    }
}

/// The id of an edge of the estate graph: its position in `EstateGraph.edges`.
///
/// A type of its own because edge ids, item indices and the arc ids of `dependents` are all
/// small numbers: an edge id can only be passed where an edge is meant.
public struct EdgeID: Hashable, Comparable, Strideable, Sendable, CustomStringConvertible {
    public let rawValue: Int

    public init(_ rawValue: Int) { self.rawValue = rawValue }

    public static func < (a: EdgeID, b: EdgeID) -> Bool { a.rawValue < b.rawValue }
    public func distance(to other: EdgeID) -> Int { other.rawValue - rawValue }
    public func advanced(by n: Int) -> EdgeID { EdgeID(rawValue + n) }
    public var description: String { "edge \(rawValue)" }
}

/// The edges of the estate graph, by `EdgeID`.
public struct EstateEdges: RandomAccessCollection, Sendable {
    let storage: [EstateEdge]

    init(_ edges: [EstateEdge]) { storage = edges }

    public var startIndex: EdgeID { EdgeID(0) }
    public var endIndex: EdgeID { EdgeID(storage.count) }
    public subscript(id: EdgeID) -> EstateEdge { storage[id.rawValue] }
}
