import Testing

@testable import CleaveCore

@Suite("Maximum flow and minimum cut")
struct MaxFlowTests {
    @Test("A hand-worked network: two paths share a bottleneck")
    func handWorked() {
        // s=0 → 1 (cap 3), s → 2 (cap 2), 1 → 2 (cap 1), 1 → t=3 (cap 2), 2 → t (cap 2).
        // Cuts: {s} = 5; {s,1} = 2 + 1 + 2 = 5; {s,2} = 3 + 2 = 5; {s,1,2} = 2 + 2 = 4. Max flow 4.
        var network = FlowNetwork(nodeCount: 4)
        network.addEdge(from: 0, to: 1, capacity: .finite(3))
        network.addEdge(from: 0, to: 2, capacity: .finite(2))
        network.addEdge(from: 1, to: 2, capacity: .finite(1))
        network.addEdge(from: 1, to: 3, capacity: .finite(2))
        network.addEdge(from: 2, to: 3, capacity: .finite(2))
        let cut = MaxFlow.minimumCut(network, source: 0, sink: 3)
        #expect(cut.value == 4)
        #expect(cut.sourceSide == [true, true, true, false])
    }

    @Test("An all-infinite path makes the cut infinite and is reported")
    func infinitePath() {
        var network = FlowNetwork(nodeCount: 4)
        network.addEdge(from: 0, to: 1, capacity: .infinite)
        let middle = network.addEdge(from: 1, to: 2, capacity: .infinite)
        network.addEdge(from: 2, to: 3, capacity: .infinite)
        network.addEdge(from: 0, to: 3, capacity: .finite(5))
        let cut = MaxFlow.minimumCut(network, source: 0, sink: 3)
        #expect(cut.isInfinite)
        #expect(cut.blockingEdges(in: network) == [0, middle, 2])
    }

    @Test("Infinite edges that do not join source and sink leave a finite cut")
    func infiniteButFinite() {
        // s →∞ a →(7) b →∞ t, and s →(2) b: every finite cut takes a→b; min 7 + 2 = 9.
        var network = FlowNetwork(nodeCount: 4)
        network.addEdge(from: 0, to: 1, capacity: .infinite)
        network.addEdge(from: 1, to: 2, capacity: .finite(7))
        network.addEdge(from: 2, to: 3, capacity: .infinite)
        network.addEdge(from: 0, to: 2, capacity: .finite(2))
        let cut = MaxFlow.minimumCut(network, source: 0, sink: 3)
        #expect(cut.value == 9)
        #expect(cut.sourceSide == [true, true, false, false])
    }

    @Test("Agrees with Edmonds–Karp on 600 random networks, infinite capacities included")
    func randomNetworks() {
        var rng = SeededGenerator(seed: 7)
        var infiniteCount = 0, finiteCount = 0
        for _ in 0..<600 {
            let n = Int.random(in: 2...9, using: &rng)
            var network = FlowNetwork(nodeCount: n)
            let edges = Int.random(in: 0...(n * 3), using: &rng)
            for _ in 0..<edges {
                let u = Int.random(in: 0..<n, using: &rng), v = Int.random(in: 0..<n, using: &rng)
                network.addEdge(
                    from: u, to: v,
                    capacity: rng.chance(0.2)
                        ? .infinite
                        : .finite(Int64.random(in: 0...10, using: &rng)))
            }
            let source = Int.random(in: 0..<n, using: &rng)
            var sink = Int.random(in: 0..<n, using: &rng)
            if sink == source { sink = (source + 1) % n }
            let cut = MaxFlow.minimumCut(network, source: source, sink: sink)
            let reference = edmondsKarp(network, source: source, sink: sink)
            #expect(cut.value == reference.value)
            if let value = cut.value {
                finiteCount += 1
                #expect(cut.sourceSide == reference.sourceSide)
                let crossing = (0..<network.edgeCount).filter {
                    cut.sourceSide[network.from($0)] && !cut.sourceSide[network.to($0)]
                }
                #expect(crossing.allSatisfy { !network.isInfinite[$0] })
                #expect(crossing.reduce(0) { $0 + network.capacity[$1] } == value)
            } else {
                infiniteCount += 1
                #expect(!cut.blockingEdges(in: network).isEmpty)
            }
        }
        #expect(infiniteCount > 30 && finiteCount > 300)
    }

    @Test("A 200,000-link path of finite edges and one of infinite edges")
    func longPaths() {
        let n = 200_000
        var network = FlowNetwork(nodeCount: n)
        for v in 0..<(n - 1) { network.addEdge(from: v, to: v + 1, capacity: v == 123_456 ? .finite(3) : .finite(5)) }
        let cut = MaxFlow.minimumCut(network, source: 0, sink: n - 1)
        #expect(cut.value == 3)
        #expect(cut.sourceSide.prefix(123_457).allSatisfy { $0 })
        #expect(cut.sourceSide.dropFirst(123_457).allSatisfy { !$0 })

        var infinite = FlowNetwork(nodeCount: n)
        for v in 0..<(n - 1) { infinite.addEdge(from: v, to: v + 1, capacity: .infinite) }
        #expect(MaxFlow.minimumCut(infinite, source: 0, sink: n - 1).isInfinite)
    }
}
