/// The blocs of an option (SPEC §4.3): each party in `separate` is a bloc of its own, named
/// by the party's id; every other party belongs to the bloc `rest`, which exists only when
/// some party does not separate.
///
/// Blocs are numbered so that bloc sets can be computed word by word from party sets: a
/// separated party's bloc has the party's index, and `rest` is number `partyCount`.
public struct BlocPartition: Sendable {
    public let partyCount: Int
    /// The separated parties. References to unknown parties are left out.
    public let separated: PartySet
    /// Whether some party stays in `rest`.
    public let hasRest: Bool
    private let partyIDs: [String]

    /// The bloc `rest`.
    public var restBloc: BlocIndex { BlocIndex(partyCount) }
    /// The capacity of a set of blocs.
    public var blocCapacity: Int { partyCount + 1 }

    /// The blocs of `option` in `graph`; `separate` nil means every party separates.
    public init(option: Option, graph: EstateGraph) {
        let separate = option.separate.map { refs in refs.compactMap { graph.partyIndex($0.id) } }
        self.init(separating: separate ?? graph.parties, graph: graph)
    }

    /// The blocs when the given parties (indices) separate.
    public init(separating parties: [PartyIndex], graph: EstateGraph) {
        partyCount = graph.partyCount
        separated = PartySet(parties, capacity: graph.partyCount)
        hasRest = separated.count < graph.partyCount
        partyIDs = graph.partyIDs
    }

    /// The bloc of party `party`.
    public func bloc(ofParty party: PartyIndex) -> BlocIndex {
        separated.contains(party) ? BlocIndex(party.rawValue) : restBloc
    }

    /// A bloc's name: the separated party's id, or `rest`.
    public func name(_ bloc: BlocIndex) -> String { bloc == restBloc ? "rest" : partyIDs[bloc.rawValue] }

    /// The blocs that exist, ordered by name.
    public var blocs: [BlocIndex] {
        (separated.map { BlocIndex($0.rawValue) } + (hasRest ? [restBloc] : [])).sorted { name($0) < name($1) }
    }

    /// The party a bloc is, when it is a separated party's; nil for `rest`.
    public func soleParty(of bloc: BlocIndex) -> PartyIndex? { bloc == restBloc ? nil : PartyIndex(bloc.rawValue) }

    /// The parties in a bloc.
    public func parties(inBloc bloc: BlocIndex) -> PartySet {
        bloc == restBloc
            ? PartySet.all(partyCount).subtracting(separated)
            : PartySet([PartyIndex(bloc.rawValue)], capacity: partyCount)
    }

    /// `{ bloc(p) : p ∈ parties }`, a set of capacity `blocCapacity`.
    /// - Complexity: O(parties / 64).
    public func blocs(of parties: PartySet) -> BlocSet {
        // The separated parties keep their numbers; any other party puts `rest` in.
        let members = parties.bits, kept = separated.bits
        func separatedWord(_ w: Int) -> UInt64 { w < kept.wordCount ? kept.word(w) : 0 }
        var result = FixedBitSet(wordCount: FixedBitSet.wordCount(blocCapacity)) { w in
            w < members.wordCount ? members.word(w) & separatedWord(w) : 0
        }
        if (0..<members.wordCount).contains(where: { members.word($0) & ~separatedWord($0) != 0 }) {
            result.insert(restBloc.rawValue)
        }
        return BlocSet(bits: result)
    }

    /// Bloc names of a set of blocs, sorted.
    public func names(_ blocs: BlocSet) -> [String] { blocs.map(name).sorted() }
}
