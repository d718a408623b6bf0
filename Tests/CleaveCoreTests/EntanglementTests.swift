import Testing

@testable import CleaveCore

@Suite("Needs, entanglement and drag")
struct EntanglementTests {
    @Test("The council estate, worked by hand")
    func councilEstateFigures() {
        let graph = EstateGraph(councilEstate())
        let e = Entanglement(graph)
        func needs(_ id: String) -> [String] { graph.partyIDs(e.needs(graph.index(id))) }
        // needs flow down the edges: payroll-team (B) → payroll (B) → ledger (A, B) → hosting
        // and lic; portal (A) → hosting. lic is signed by A alone but inherits B via ledger.
        #expect(needs("payroll-team") == ["B"])
        #expect(needs("payroll") == ["B"])
        #expect(needs("ledger") == ["A", "B"])
        #expect(needs("hosting") == ["A", "B"])
        #expect(needs("lic") == ["A", "B"])
        #expect(needs("portal") == ["A"])
        #expect(graph.partyIDs(graph.direct(graph.index("lic"))) == ["A"])
        #expect(graph.partyIDs(graph.direct(graph.index("hosting"))) == [])
        // Entangled: ledger, hosting, lic. drag = entangled items among self and reach:
        // ledger reaches hosting and lic (3); payroll and the team reach ledger too (3);
        // portal reaches only hosting (1); hosting and lic reach nothing else (1).
        let drag = Dictionary(uniqueKeysWithValues: graph.estate.items.indices.map { (graph.itemID($0), e.drag[$0]) })
        #expect(drag == ["ledger": 3, "payroll": 3, "payroll-team": 3, "portal": 1, "hosting": 1, "lic": 1])
        // hold = entangled items among self and what reaches it: hosting is reached by
        // ledger, portal, payroll and the team (hosting + ledger: 2); lic by ledger, payroll
        // and the team (2); ledger by payroll and the team (1); the rest hold nothing.
        let hold = Dictionary(uniqueKeysWithValues: graph.estate.items.indices.map { (graph.itemID($0), e.hold[$0]) })
        #expect(hold == ["ledger": 1, "payroll": 0, "payroll-team": 0, "portal": 0, "hosting": 2, "lic": 2])
        #expect(e.status(graph.index("portal")) == .exclusive && e.status(graph.index("lic")) == .entangled)
        var summary = EntanglementSummary()
        summary.items = 6
        summary.entangled = 3
        summary.exclusive = 3
        summary.unused = 0
        #expect(e.summary == summary)
        // A needs ledger, hosting, lic, portal (4); B those but portal, plus payroll and the team (5).
        let m = e.sharedItems(among: 0..<graph.itemCount)
        #expect(graph.parties.map { a in graph.parties.map { m[a][$0] } } == [[4, 3], [3, 5]])
    }

    @Test("A cycle shares its needs; an item nobody reaches is unused")
    func cycleAndUnused() {
        let estate = Estate(
            parties: ["A", "B"], areas: [("core", "A")],
            items: [
                makeItem("x", area: "core", users: ["A"], dependsOn: [dep("y")]),
                makeItem("y", area: "core", dependsOn: [dep("z")]),
                makeItem("z", area: "core", users: ["B"], dependsOn: [dep("y")]),
                makeItem("spare", area: "core"),
            ])
        let graph = EstateGraph(estate)
        let e = Entanglement(graph)
        // y and z form a cycle: each is needed by A (through x) and B (z's user).
        #expect(graph.partyIDs(e.needs(graph.index("y"))) == ["A", "B"])
        #expect(graph.partyIDs(e.needs(graph.index("z"))) == ["A", "B"])
        #expect(e.status(graph.index("spare")) == .unused)
        #expect(e.drag == [2, 2, 2, 0])
        // x reaches the cycle, so y and z hold x (exclusive: 0) and each other (2).
        #expect(e.hold == [0, 2, 2, 0])
    }

    @Test("Needs, drag and hold agree with naive reachability on 400 random estates")
    func againstBruteForce() {
        var rng = SeededGenerator(seed: 2024)
        for _ in 0..<400 {
            let estate = randomEstate(&rng, items: 14, density: Double.random(in: 0.05...0.35, using: &rng))
            let reference = BruteForce(estate)
            let needs = reference.needs()
            let drag = reference.drag(needs: needs)
            let hold = reference.hold(needs: needs)
            let e = Entanglement(EstateGraph(estate))
            for i in 0..<estate.items.count {
                #expect(Set(e.needs(i).map(\.rawValue)) == needs[i])
                #expect(e.drag[i] == drag[i])
                #expect(e.hold[i] == hold[i])
            }
        }
    }
}
