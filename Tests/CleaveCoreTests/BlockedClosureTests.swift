import Testing

@testable import CleaveCore

@Suite("Reach sums by the blocked closure")
struct BlockedClosureTests {
    /// Each node's total weight of what it reaches, itself included, by a search from it.
    static func bruteForce(_ dag: Adjacency, _ weight: [Int]) -> [Int] {
        (0..<dag.nodeCount).map { v in
            let distance = Reachability.distances(in: dag, from: [v])
            return (0..<dag.nodeCount).filter { distance[$0] >= 0 }.reduce(0) { $0 + weight[$1] }
        }
    }

    /// A random directed graph (cycles, chains, isolated nodes, sparse or dense, repeated
    /// arcs), condensed: the DAG the analyses hand over, with a weight per component that is
    /// often zero, as for components nobody shares.
    static func randomCondensation(_ rng: inout SeededGenerator, nodes maxNodes: Int) -> (Adjacency, [Int]) {
        let n = Int.random(in: 1...maxNodes, using: &rng)
        var arcs: [(from: Int, to: Int)] = []
        switch rng.below(4) {
        case 0:  // uniform, any density, cycles included
            let density = Double.random(in: 0...0.5, using: &rng)
            for u in 0..<n { for v in 0..<n where u != v && rng.chance(density) { arcs.append((u, v)) } }
        case 1:  // chains with now and then a jump back (a cycle) or a fork
            for u in 0..<(n - 1) where !rng.chance(0.1) { arcs.append((u, u + 1)) }
            for _ in 0..<rng.below(n / 3 + 1) { arcs.append((rng.below(n), rng.below(n))) }
        case 2:  // layered, fan-in on a few hubs, some nodes on their own
            let hubs = max(1, n / 8)
            for u in hubs..<max(hubs, n) where !rng.chance(0.15) {
                for _ in 0..<(1 + rng.below(3)) { arcs.append((u, rng.chance(0.5) ? rng.below(hubs) : rng.below(n))) }
            }
        default:  // a random DAG by number, no cycles
            let density = Double.random(in: 0.02...0.4, using: &rng)
            for u in 0..<n { for v in 0..<u where rng.chance(density) { arcs.append((u, v)) } }
        }
        if rng.chance(0.2), let arc = arcs.first { arcs.append(arc) }  // a repeated arc
        arcs = arcs.filter { $0.from != $0.to }
        let graph = Adjacency(nodeCount: n, arcs: arcs)
        let scc = StronglyConnectedComponents(graph)
        let zeros = Double.random(in: 0...0.9, using: &rng)
        let weight = (0..<scc.count).map { c in
            rng.chance(zeros) ? 0 : scc.members.neighbours(of: c).count * Int.random(in: 1...3, using: &rng)
        }
        return (scc.condensation(of: graph), weight)
    }

    @Test("Equal to ReachableWeights and to a search from every node, on 600 random graphs")
    func smallRandomGraphs() {
        var rng = SeededGenerator(seed: 2406)
        for _ in 0..<600 {
            let (dag, weight) = Self.randomCondensation(&rng, nodes: 45)
            let expected = Self.bruteForce(dag, weight)
            #expect(ReachableWeights.sums(dag: dag, weight: weight) == expected)
            #expect(BlockedReachSums.sums(dag: dag, weight: weight) == expected)
            // Narrow blocks: rows turn into bit sets after a few entries, and many passes.
            for width in [1, 3, 64] {
                #expect(BlockedReachSums.sums([(dag, weight)], threads: 2, blockColumns: width) == [expected])
            }
        }
    }

    @Test("Drag and hold of one condensation together, on one thread or two, as one at a time")
    func bothDirections() {
        var rng = SeededGenerator(seed: 77)
        for _ in 0..<200 {
            let (dag, weight) = Self.randomCondensation(&rng, nodes: 60)
            let flipped = Entanglement.flipped(dag)
            let expected = [Self.bruteForce(dag, weight), Self.bruteForce(flipped, weight.reversed())]
            for threads in [1, 2] {
                let both = BlockedReachSums.sums(
                    [(dag, weight), (flipped, weight.reversed())], threads: threads, blockColumns: 5)
                #expect(both == expected)
            }
        }
    }

    @Test("Nothing, one node, no columns")
    func edgeCases() {
        #expect(BlockedReachSums.sums(dag: Adjacency(nodeCount: 0, arcs: []), weight: []) == [])
        #expect(BlockedReachSums.sums(dag: Adjacency(nodeCount: 1, arcs: []), weight: [4]) == [4])
        // A chain and a tree: no merge points, the forest sums alone.
        let chain = Adjacency(nodeCount: 4, arcs: [(3, 2), (2, 1), (1, 0)])
        #expect(BlockedReachSums.sums(dag: chain, weight: [1, 0, 2, 1]) == [1, 1, 3, 4])
        // A diamond whose bottom weighs nothing: no columns either.
        let diamond = Adjacency(nodeCount: 4, arcs: [(3, 2), (3, 1), (2, 0), (1, 0)])
        #expect(BlockedReachSums.sums(dag: diamond, weight: [0, 1, 1, 1]) == [0, 1, 1, 3])
        #expect(BlockedReachSums.sums(dag: diamond, weight: [5, 1, 1, 1]) == [5, 6, 6, 8])
    }

    /// An estate-shaped DAG: a platform layer with fan-in at the bottom, systems that stand
    /// on a few of it and integrate with earlier systems, some of them popular.
    static func estateShaped(_ rng: inout SeededGenerator, nodes n: Int) -> (Adjacency, [Int]) {
        let platform = n / 4
        var arcs: [(from: Int, to: Int)] = []
        for u in 1..<platform {
            var targets = Set([rng.below(u)])
            if rng.chance(0.3) { targets.insert(rng.below(u)) }
            for t in targets { arcs.append((u, t)) }
        }
        for u in platform..<n {
            var targets = Set((0..<(1 + rng.below(3))).map { _ in rng.below(platform) })
            for _ in 0..<rng.below(3) where u > platform {
                targets.insert(platform + (rng.chance(0.3) ? rng.below(min(u - platform, 20)) : rng.below(u - platform)))
            }
            for t in targets { arcs.append((u, t)) }
        }
        let weight = (0..<n).map { _ in rng.chance(0.75) ? 1 + (rng.chance(0.01) ? rng.below(5) : 0) : 0 }
        return (Adjacency(nodeCount: n, arcs: arcs), weight)
    }

    @Test("A 4,000-node estate-shaped graph, both ways, with wide and narrow blocks and a pool small enough to halve them")
    func mediumGraph() {
        var rng = SeededGenerator(seed: 4000)
        let (dag, weight) = Self.estateShaped(&rng, nodes: 4_000)
        let flipped = Entanglement.flipped(dag)
        let expected = [
            ReachableWeights.sums(dag: dag, weight: weight, method: .lists),
            ReachableWeights.sums(dag: flipped, weight: weight.reversed(), method: .lists),
        ]
        #expect(expected[0] == Self.bruteForce(dag, weight))
        #expect(expected[1] == ReachableWeights.sums(dag: flipped, weight: weight.reversed(), method: .bitSets))
        for (width, pool) in [(1 << 16, 1 << 25), (1 << 16, 1), (256, 1), (64, 1), (7, 1 << 20)] {
            let both = BlockedReachSums.sums(
                [(dag, weight), (flipped, weight.reversed())], threads: 2, blockColumns: width, poolEntries: pool)
            #expect(both == expected, "blocks of \(width), pool of \(pool)")
        }
        #expect(BlockedReachSums.sums(dag: dag, weight: weight) == expected[0])
    }
}
