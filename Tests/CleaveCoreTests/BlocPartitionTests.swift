import Testing

@testable import CleaveCore

/// An option's blocs (SPEC §4.3): each separated party a bloc of its own, everyone else `rest`.
@Suite("Blocs of an option")
struct BlocPartitionTests {
    @Test("Blocs of party sets, names, members and sole parties agree with a naive model on 300 random cases")
    func againstANaiveModel() {
        var rng = SeededGenerator(seed: 4343)
        for round in 0..<300 {
            let partyCount = Int.random(in: 1...70, using: &rng)
            let ids = (0..<partyCount).map { "P\($0)" }.shuffled(using: &rng)
            let estate = Estate(parties: ids, areas: [("ar", ids[0])], items: [])
            let graph = EstateGraph(estate)
            let separated = (0..<partyCount).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
            let partition = BlocPartition(separating: separated.map(PartyIndex.init), graph: graph)
            // The naive model: a party's bloc is its id when it separates, else "rest".
            func naiveBloc(_ p: Int) -> String { separated.contains(p) ? ids[p] : "rest" }
            let naiveBlocs = Set((0..<partyCount).map(naiveBloc))
            #expect(partition.blocs.map(partition.name) == naiveBlocs.sorted(), "round \(round)")
            #expect(partition.hasRest == naiveBlocs.contains("rest"))
            for _ in 0..<5 {
                let parties = (0..<partyCount).filter { _ in Bool.random(using: &rng) }
                let blocs = partition.blocs(of: PartySet(parties.map(PartyIndex.init), capacity: partyCount))
                #expect(partition.names(blocs) == Set(parties.map(naiveBloc)).sorted(), "round \(round)")
                #expect(blocs.count == Set(parties.map(naiveBloc)).count)
            }
            for bloc in partition.blocs {
                let members = partition.parties(inBloc: bloc).map(\.rawValue)
                #expect(members == (0..<partyCount).filter { naiveBloc($0) == partition.name(bloc) })
                #expect(partition.soleParty(of: bloc)?.rawValue == (bloc == partition.restBloc ? nil : members.first))
                #expect(members.allSatisfy { partition.bloc(ofParty: PartyIndex($0)) == bloc })
            }
        }
    }
}
