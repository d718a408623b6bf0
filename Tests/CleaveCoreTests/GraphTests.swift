import Testing

@testable import CleaveCore

@Suite("Estate graph, components and reach")
struct GraphTests {
    @Test("Edges follow dependsOn then contracts; dangling, self and wrong-kind references are left out")
    func building() {
        let estate = Estate(
            parties: ["A", "B"], areas: [("core", "A")],
            items: [
                makeItem(
                    "app", area: "core", lead: "B", users: ["A", "nobody"],
                    dependsOn: [dep("db", sever: 4), dep("ghost"), dep("app")], contracts: ["lic", "db"]),
                makeItem("db", area: "nowhere"),
                makeItem("lic", .contract, area: "core", parties: ["B"]),
                makeItem("db", area: "core"),  // a second definition: references go to the first
            ])
        let graph = EstateGraph(estate)
        #expect(graph.edges.map { "\(graph.itemID($0.from))>\(graph.itemID($0.to))" } == ["app>db", "app>lic"])
        #expect(graph.edges[EdgeID(0)].severCost == 4 && graph.edges[EdgeID(0)].origin == .dependsOn(0))
        #expect(graph.edges[EdgeID(1)].via == .licence && graph.edges[EdgeID(1)].origin == .contracts(0))
        #expect(graph.partyIDs(graph.direct(0)) == ["A"])
        #expect(graph.partyIDs(graph.direct(2)) == ["B"])
        #expect(graph.itemLead.map { $0?.rawValue } == [1, nil, 0, 0])
        #expect(graph.itemArea == [0, nil, 0, 0])
        #expect(graph.itemIndex("db") == 1)
        #expect(graph.itemsByID == [0, 1, 3, 2])
        #expect(Array(graph.dependents.neighbours(of: 1)) == [0])
    }

    @Test("The edges into an item are the edges whose `to` it is, on 300 random estates")
    func incomingEdgesMatchAScanOfEveryEdge() {
        var rng = SeededGenerator(seed: 41)
        for _ in 0..<300 {
            let graph = EstateGraph(randomEstate(&rng, items: 12))
            for i in 0..<graph.itemCount {
                let scanned = graph.edges.indices.filter { graph.edges[$0].to == i }
                #expect(graph.incomingEdges(of: i).sorted() == scanned)
            }
        }
    }

    @Test("Components are numbered so every arc goes to the same or a lower number")
    func componentsAgainstReach() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let n = Int.random(in: 1...12, using: &rng)
            var arcs: [(from: Int, to: Int)] = []
            for u in 0..<n { for v in 0..<n where rng.chance(0.2) { arcs.append((u, v)) } }
            let graph = Adjacency(nodeCount: n, arcs: arcs)
            let scc = StronglyConnectedComponents(graph)
            let reach = (0..<n).map { v -> Set<Int> in
                let distance = Reachability.distances(in: graph, from: [v])
                return Set((0..<n).filter { distance[$0] >= 0 })
            }
            for u in 0..<n {
                for v in 0..<n {
                    let same = reach[u].contains(v) && reach[v].contains(u)
                    #expect((scc.component[u] == scc.component[v]) == same)
                }
            }
            for arc in arcs { #expect(scc.component[arc.from] >= scc.component[arc.to]) }
            let dag = scc.condensation(of: graph)
            for c in 0..<scc.count {
                let successors = Array(dag.neighbours(of: c))
                #expect(Set(successors).count == successors.count && !successors.contains(c))
            }
        }
    }

    @Test("A cycle through 200,000 nodes is one component; a chain is 200,000")
    func deepComponents() {
        let n = 200_000
        let cycle = Adjacency(nodeCount: n, arcs: (0..<n).map { ($0, ($0 + 1) % n) })
        #expect(StronglyConnectedComponents(cycle).count == 1)
        let chain = Adjacency(nodeCount: n, arcs: (0..<(n - 1)).map { ($0, $0 + 1) })
        let scc = StronglyConnectedComponents(chain)
        #expect(scc.count == n)
        #expect(scc.component[0] == n - 1 && scc.component[n - 1] == 0)
    }

    @Test("Reachable weights, by lists and by bit sets, agree with counting reach directly")
    func reachableWeights() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<300 {
            let n = Int.random(in: 1...40, using: &rng)
            // A random DAG: arcs from higher to lower numbers, each listed once.
            var arcs: [(from: Int, to: Int)] = []
            for u in 0..<n { for v in 0..<u where rng.chance(0.15) { arcs.append((u, v)) } }
            let dag = Adjacency(nodeCount: n, arcs: arcs)
            let weight = (0..<n).map { _ in Int.random(in: 0...3, using: &rng) }
            let expected = (0..<n).map { v in
                let distance = Reachability.distances(in: dag, from: [v])
                return (0..<n).filter { distance[$0] >= 0 }.reduce(0) { $0 + weight[$1] }
            }
            #expect(ReachableWeights.sums(dag: dag, weight: weight) == expected)
            #expect(ReachableWeights.sums(dag: dag, weight: weight, method: .lists) == expected)
            #expect(ReachableWeights.sums(dag: dag, weight: weight, method: .bitSets) == expected)
        }
    }

    @Test("Party sets: members, counts and set algebra across word boundaries")
    func partySets() {
        let a = FixedBitSet([0, 63, 64, 130], capacity: 131)
        let b = FixedBitSet([63, 100], capacity: 131)
        #expect(Array(a) == [0, 63, 64, 130])
        #expect(a.count == 4 && !a.isEmpty && FixedBitSet(capacity: 131).isEmpty)
        #expect(Array(a.union(b)) == [0, 63, 64, 100, 130])
        #expect(Array(a.intersection(b)) == [63])
        #expect(Array(a.subtracting(b)) == [0, 64, 130])
        #expect(!a.isDisjoint(with: b) && FixedBitSet([1], capacity: 131).isDisjoint(with: b))
    }
}

@Suite("Report order of items")
struct ItemOrderTests {
    @Test("sortedByID orders by id, ties by position, as comparing ids does, on 200 random lists")
    func sortedByIDAgreesWithComparingIDs() {
        var rng = SeededGenerator(seed: 1212)
        for _ in 0..<200 {
            let ids = (0..<Int.random(in: 1...300, using: &rng)).map { _ in "i\(Int.random(in: 0..<150, using: &rng))" }
            let graph = EstateGraph(Estate(items: ids.map { Item(kind: .system, id: $0, area: "a") }))
            let items = (0..<Int.random(in: 0...400, using: &rng)).map { _ in Int.random(in: 0..<ids.count, using: &rng)
            }
            #expect(graph.sortedByID(items) == items.sorted { (ids[$0], $0) < (ids[$1], $1) })
        }
    }
}
