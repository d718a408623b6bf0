import Testing

@testable import CleaveCore

@Suite("Cycles in dependsOn")
struct DependencyCycleTests {
    @Test("One real, shortest-through-its-first-item cycle per tangle, checked by brute force on random estates")
    func oneCyclePerTangle() {
        var rng = SeededGenerator(seed: 77)
        for _ in 0..<400 {
            let estate = randomEstate(&rng, items: 9, density: 0.2)
            let graph = EstateGraph(estate)
            // dependsOn edges only, as the slow reference sees them.
            let arcs = graph.edges.filter { if case .dependsOn = $0.origin { true } else { false } }
            func reach(_ i: Int) -> Set<Int> {
                var seen: Set<Int> = [i], frontier = [i]
                while let v = frontier.popLast() {
                    for e in arcs where e.from == v && !seen.contains(e.to) {
                        seen.insert(e.to)
                        frontier.append(e.to)
                    }
                }
                return seen
            }
            let reaches = (0..<graph.itemCount).map(reach)
            // Tangles: items that reach each other, with two or more members.
            var tangles: [Set<Int>] = []
            for i in 0..<graph.itemCount where !tangles.contains(where: { $0.contains(i) }) {
                let tangle = Set((0..<graph.itemCount).filter { reaches[i].contains($0) && reaches[$0].contains(i) })
                if tangle.count >= 2 { tangles.append(tangle) }
            }
            let cycles = graph.dependencyCycles()
            #expect(cycles.count == tangles.count)
            for cycle in cycles {
                let edges = cycle.map { graph.edges[$0] }
                // Consecutive, closed, dependsOn edges inside one tangle, starting at its first item.
                for (a, b) in zip(edges, edges.dropFirst() + [edges[0]]) { #expect(a.to == b.from) }
                let tangle = tangles.first { $0.contains(edges[0].from) }
                #expect(tangle != nil && edges.allSatisfy { tangle!.contains($0.from) })
                #expect(edges[0].from == tangle?.min())
                #expect(edges.allSatisfy { if case .dependsOn = $0.origin { true } else { false } })
                // Shortest: no shorter closed walk through the first item (breadth-first distance).
                var distance = [edges[0].from: 0], frontier = [edges[0].from]
                var shortest = Int.max
                while !frontier.isEmpty, shortest == .max {
                    var next: [Int] = []
                    for v in frontier {
                        for e in arcs where e.from == v {
                            if e.to == edges[0].from { shortest = min(shortest, distance[v]! + 1) }
                            if distance[e.to] == nil {
                                distance[e.to] = distance[v]! + 1
                                next.append(e.to)
                            }
                        }
                    }
                    frontier = next
                }
                #expect(edges.count == shortest)
            }
        }
    }

    @Test("A contract listed under contracts closes no dependsOn cycle")
    func contractEdgesAreNotDependencies() {
        var system = Item(kind: .system, id: "s", area: "a")
        system.contracts = [Reference("c", at: .file(""))]
        var contract = Item(kind: .contract, id: "c", area: "a")
        contract.dependsOn = [Dependency(Reference("s", at: .file("")))]
        let graph = EstateGraph(Estate(items: [system, contract]))
        #expect(graph.edges.count == 2)
        #expect(graph.dependencyCycles().isEmpty)
    }
}
