import Testing

@testable import CleaveCore

@Suite("Impact of one item")
struct ImpactTests {
    @Test("What depends on hosting, and what payroll stands on")
    func council() {
        let graph = EstateGraph(councilEstate())
        let hosting = Impact(of: graph.index("hosting"), in: graph)
        // ledger and portal use hosting directly; payroll through ledger; the team through payroll.
        #expect(
            hosting.dependents.map { "\(graph.itemID($0.item))@\($0.depth)" }
                == ["ledger@1", "payroll@2", "payroll-team@3", "portal@1"])
        #expect(hosting.dependencies.isEmpty)
        #expect(graph.partyIDs(hosting.dependentParties) == ["A", "B"])
        #expect(hosting.dependencyParties.isEmpty)

        let payroll = Impact(of: graph.index("payroll"), in: graph)
        #expect(payroll.dependents.map { graph.itemID($0.item) } == ["payroll-team"])
        #expect(graph.partyIDs(payroll.dependentParties) == ["B"])
        #expect(
            payroll.dependencies.map { "\(graph.itemID($0.item))@\($0.depth)" } == ["hosting@2", "ledger@1", "lic@2"])
        // ledger is used by A and B; lic is signed by A; hosting has no direct users.
        #expect(graph.partyIDs(payroll.dependencyParties) == ["A", "B"])
    }
}
