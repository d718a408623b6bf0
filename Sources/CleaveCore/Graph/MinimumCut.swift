/// The minimum cut between a source and a sink of a `FlowNetwork`.
public struct MinimumCut: Sendable {
    /// The cut's capacity (equal to the maximum flow); nil when every cut is infinite.
    public let value: Int64?
    /// The source side of the cut, by node. Of all minimum cuts this is the one with the
    /// smallest source side: the nodes reachable from the source in the residual network
    /// of a maximum flow. It is unique, so the choice is deterministic. When the cut is
    /// infinite it is `forcedToSource`.
    public let sourceSide: [Bool]
    /// The nodes the source reaches through infinite edges alone: on the source side of
    /// every finite cut.
    public let forcedToSource: [Bool]
    /// The nodes that reach the sink through infinite edges alone: on the sink side of
    /// every finite cut.
    public let forcedToSink: [Bool]

    public var isInfinite: Bool { value == nil }

    /// When the cut is infinite, the infinite edges on some all-infinite path from source
    /// to sink: each of them would have to become finite (or go) for a finite cut to exist.
    public func blockingEdges(in network: FlowNetwork) -> [Int] {
        guard isInfinite else { return [] }
        return (0..<network.edgeCount).filter {
            network.isInfinite[$0] && forcedToSource[network.from($0)] && forcedToSink[network.to($0)]
        }
    }
}
