/// Maximum flow and minimum cut on a `FlowNetwork` with infinite capacities.
public enum MaxFlow {
    /// The minimum cut between `source` and `sink`.
    ///
    /// First the infinite edges are followed from the source and back from the sink. If
    /// they join the two, every cut is infinite and no flow is computed. Otherwise the
    /// network is shrunk before Dinic's algorithm runs: whatever the source reaches through
    /// infinite edges merges into the source, whatever reaches the sink through them merges
    /// into the sink (every finite cut puts them there), and nodes on no source–sink path
    /// drop out. On estates this removes the long dependency chains that would otherwise
    /// cost one Dinic phase per link. The flow found is then read back onto the original
    /// edges to take the smallest source side (see `MinimumCut.sourceSide`).
    ///
    /// In the shrunk network an infinite edge gets capacity 1 + the sum of the finite ones,
    /// which no cut without infinite edges can reach.
    /// - Complexity: O(V + E) plus Dinic's algorithm on the shrunk network, O(V² E) at worst.
    public static func minimumCut(_ network: FlowNetwork, source: Int, sink: Int) -> MinimumCut {
        let n = network.nodeCount
        let (out, into) = network.incidence()
        let infinite = network.isInfinite
        let forcedToSource = reach(from: source, n, out, FlowNetwork.Arcs.infinite)
        let forcedToSink = reach(from: sink, n, into, FlowNetwork.Arcs.infinite)
        if forcedToSource[sink] {
            return MinimumCut(
                value: nil, sourceSide: forcedToSource,
                forcedToSource: forcedToSource, forcedToSink: forcedToSink)
        }
        let reached = reach(from: source, n, out, FlowNetwork.Arcs.usable)
        let reaching = reach(from: sink, n, into, FlowNetwork.Arcs.usable)

        // Shrunk node 0 is the source, 1 the sink; -1 marks a node that drops out.
        var group = [Int32](repeating: -1, count: n)
        var groupCount: Int32 = 2
        for v in 0..<n {
            if forcedToSource[v] {
                group[v] = 0
            } else if forcedToSink[v] {
                group[v] = 1
            } else if reached[v] && reaching[v] {
                group[v] = groupCount
                groupCount += 1
            }
        }
        let (keptFrom, keptTo, keptEdge, finiteTotal) = keptEdges(network, group: group)
        let big = finiteTotal + 1
        var dinic = Dinic(
            nodeCount: Int(groupCount), from: keptFrom, to: keptTo,
            capacity: keptEdge.map { infinite[Int($0)] ? big : network.capacity[Int($0)] })
        let value = dinic.run(source: 0, sink: 1)

        var flow = [Int64](repeating: 0, count: network.edgeCount)
        for (k, e) in keptEdge.enumerated() { flow[Int(e)] = dinic.flow(onEdge: k) }
        let sourceSide = residualReach(network, flow: flow, start: forcedToSource, out: out, into: into)
        return MinimumCut(
            value: value, sourceSide: sourceSide,
            forcedToSource: forcedToSource, forcedToSink: forcedToSink)
    }

    /// The usable edges between two different groups of the shrunk network (none leaving the
    /// sink or entering the source): their groups, their ids, and the sum of the finite
    /// capacities among them.
    private static func keptEdges(
        _ network: FlowNetwork, group: [Int32]
    ) -> (from: [Int32], to: [Int32], edge: [Int32], finiteTotal: Int64) {
        var keptFrom: [Int32] = [], keptTo: [Int32] = [], keptEdge: [Int32] = []
        var finiteTotal: Int64 = 0
        group.withUnsafeBufferPointer { group in
            network.edgeFrom.withUnsafeBufferPointer { from in
                network.edgeTo.withUnsafeBufferPointer { to in
                    network.isInfinite.withUnsafeBufferPointer { infinite in
                        network.capacity.withUnsafeBufferPointer { capacity in
                            // Room for every edge: pages never written are never touched.
                            keptFrom.reserveCapacity(from.count)
                            keptTo.reserveCapacity(from.count)
                            keptEdge.reserveCapacity(from.count)
                            for e in 0..<from.count where network.canCarry(e) {
                                let g = group[Int(from[e])], h = group[Int(to[e])]
                                guard g >= 0, h >= 0, g != h, g != 1, h != 0 else { continue }
                                keptFrom.append(g)
                                keptTo.append(h)
                                keptEdge.append(Int32(e))
                                if !infinite[e] { finiteTotal += capacity[e] }
                            }
                        }
                    }
                }
            }
        }
        return (keptFrom, keptTo, keptEdge, finiteTotal)
    }

    /// The nodes reached from `start` along arcs whose kind has a bit of `follow`.
    private static func reach(from start: Int, _ n: Int, _ arcs: FlowNetwork.Arcs, _ follow: UInt64) -> [Bool] {
        var seen = [Bool](repeating: false, count: n)
        seen[start] = true
        search(from: [Int32(start)], &seen, arcs, backward: nil) { arc, _ in arc & follow != 0 }
        return seen
    }

    /// The nodes reachable in the residual network of `flow`, starting from `start`: forward
    /// along an edge with room left, backward along one that carries flow.
    private static func residualReach(
        _ network: FlowNetwork, flow: [Int64], start: [Bool], out: FlowNetwork.Arcs, into: FlowNetwork.Arcs
    ) -> [Bool] {
        var seen = start
        let seeds = (0..<network.nodeCount).filter { start[$0] }.map(Int32.init)
        flow.withUnsafeBufferPointer { flow in
            network.capacity.withUnsafeBufferPointer { capacity in
                search(from: seeds, &seen, out, backward: into) { arc, backward in
                    let e = FlowNetwork.Arcs.edge(arc)
                    return backward ? flow[e] > 0 : arc & FlowNetwork.Arcs.infinite != 0 || flow[e] < capacity[e]
                }
            }
        }
        return seen
    }

    /// A depth-first search from `seeds` (already marked in `seen`) along the arcs of
    /// `forward`, and backward along those of `backward` when given, taking each arc that
    /// `take` allows (it is told whether the arc is taken backward). Marks what it reaches.
    @inline(__always)
    private static func search(
        from seeds: [Int32], _ seen: inout [Bool], _ forward: FlowNetwork.Arcs, backward: FlowNetwork.Arcs?,
        take: (_ arc: UInt64, _ backward: Bool) -> Bool
    ) {
        let directions = [forward] + (backward.map { [$0] } ?? [])
        var stack = [Int32](repeating: 0, count: seen.count)
        seen.withUnsafeMutableBufferPointer { seen in
            stack.withUnsafeMutableBufferPointer { stack in
                // Each node is pushed once, so the stack never holds more than every node.
                for (k, v) in seeds.enumerated() { stack[k] = v }
                var top = seeds.count
                while top > 0 {
                    top -= 1
                    let v = Int(stack[top])
                    for (d, arcs) in directions.enumerated() {
                        let (first, last) = (Int(arcs.start[v]), Int(arcs.start[v + 1]))
                        arcs.arcs.withUnsafeBufferPointer { arcs in
                            for k in first..<last {
                                let arc = arcs[k]
                                let w = FlowNetwork.Arcs.far(arc)
                                if !seen[w] && take(arc, d == 1) {
                                    seen[w] = true
                                    stack[top] = Int32(w)
                                    top += 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
