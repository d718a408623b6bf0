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
        var usable = infinite
        for e in 0..<network.edgeCount where network.capacity[e] > 0 { usable[e] = true }
        let forcedToSource = reach(from: source, n, out, network.edgeTo, infinite)
        let forcedToSink = reach(from: sink, n, into, network.edgeFrom, infinite)
        if forcedToSource[sink] {
            return MinimumCut(
                value: nil, sourceSide: forcedToSource,
                forcedToSource: forcedToSource, forcedToSink: forcedToSink)
        }
        let reached = reach(from: source, n, out, network.edgeTo, usable)
        let reaching = reach(from: sink, n, into, network.edgeFrom, usable)

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
        let (keptFrom, keptTo, keptEdge, finiteTotal) = keptEdges(network, group: group, usable: usable)
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
        _ network: FlowNetwork, group: [Int32], usable: [Bool]
    ) -> (from: [Int32], to: [Int32], edge: [Int32], finiteTotal: Int64) {
        var keptFrom: [Int32] = [], keptTo: [Int32] = [], keptEdge: [Int32] = []
        var finiteTotal: Int64 = 0
        group.withUnsafeBufferPointer { group in
            network.edgeFrom.withUnsafeBufferPointer { from in
                network.edgeTo.withUnsafeBufferPointer { to in
                    usable.withUnsafeBufferPointer { usable in
                        network.isInfinite.withUnsafeBufferPointer { infinite in
                            network.capacity.withUnsafeBufferPointer { capacity in
                                // Room for every edge: pages never written are never touched.
                                keptFrom.reserveCapacity(from.count)
                                keptTo.reserveCapacity(from.count)
                                keptEdge.reserveCapacity(from.count)
                                for e in 0..<from.count where usable[e] {
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
        }
        return (keptFrom, keptTo, keptEdge, finiteTotal)
    }

    /// The nodes reached from `start` along arcs whose edge is marked in `follow`; `head`
    /// gives the node at the far end of each edge.
    private static func reach(
        from start: Int, _ n: Int, _ arcs: FlowNetwork.Arcs, _ head: [Int32], _ follow: [Bool]
    ) -> [Bool] {
        var seen = [Bool](repeating: false, count: n)
        var stack = [Int32](repeating: 0, count: n)
        arcs.start.withUnsafeBufferPointer { first in
            arcs.edges.withUnsafeBufferPointer { edges in
                head.withUnsafeBufferPointer { head in
                    follow.withUnsafeBufferPointer { follow in
                        seen.withUnsafeMutableBufferPointer { seen in
                            stack.withUnsafeMutableBufferPointer { stack in
                                // Each node is pushed once, so the stack never holds more than n.
                                seen[start] = true
                                stack[0] = Int32(start)
                                var top = 1
                                while top > 0 {
                                    top -= 1
                                    let v = Int(stack[top])
                                    for k in Int(first[v])..<Int(first[v + 1]) {
                                        let e = Int(edges[k])
                                        let w = Int(head[e])
                                        if follow[e] && !seen[w] {
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
        return seen
    }

    /// The nodes reachable in the residual network of `flow`, starting from `start`.
    private static func residualReach(
        _ network: FlowNetwork, flow: [Int64], start: [Bool], out: FlowNetwork.Arcs, into: FlowNetwork.Arcs
    ) -> [Bool] {
        var seen = start
        var stack = [Int32](repeating: 0, count: network.nodeCount)
        var top = 0
        for v in 0..<network.nodeCount where start[v] {
            stack[top] = Int32(v)
            top += 1
        }
        out.start.withUnsafeBufferPointer { outFirst in
            out.edges.withUnsafeBufferPointer { outEdges in
                into.start.withUnsafeBufferPointer { inFirst in
                    into.edges.withUnsafeBufferPointer { inEdges in
                        network.edgeFrom.withUnsafeBufferPointer { from in
                            network.edgeTo.withUnsafeBufferPointer { to in
                                network.capacity.withUnsafeBufferPointer { capacity in
                                    network.isInfinite.withUnsafeBufferPointer { infinite in
                                        flow.withUnsafeBufferPointer { flow in
                                            seen.withUnsafeMutableBufferPointer { seen in
                                                stack.withUnsafeMutableBufferPointer { stack in
                                                    // Each node is pushed once, so the stack never holds more than n.
                                                    while top > 0 {
                                                        top -= 1
                                                        let v = Int(stack[top])
                                                        for k in Int(outFirst[v])..<Int(outFirst[v + 1]) {
                                                            let e = Int(outEdges[k]), w = Int(to[e])
                                                            if !seen[w] && (infinite[e] || flow[e] < capacity[e]) {
                                                                seen[w] = true
                                                                stack[top] = Int32(w)
                                                                top += 1
                                                            }
                                                        }
                                                        for k in Int(inFirst[v])..<Int(inFirst[v + 1]) {
                                                            let e = Int(inEdges[k]), w = Int(from[e])
                                                            if !seen[w] && flow[e] > 0 {
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
                        }
                    }
                }
            }
        }
        return seen
    }
}
