/// The teams an option duplicates or moves, and who employs their staff before and after:
/// the question TUPE asks of every transfer of a service.
///
/// SPEC §4.3 counts only `fteAffected`; the rules here are this type's own:
/// - A team's employer today is its `employer`, else its lead (SPEC §2.4), where that resolves.
/// - A **transferred** team moves whole to the bloc that alone needs it. Its staff stay with
///   their employer when the employer is in that bloc; else, when the bloc is a single party,
///   they transfer to that party; else (the bloc is `rest`, of several parties, none of them
///   the employer) they transfer to an employer `rest` must choose (`employer` nil).
/// - A **duplicated** team stays as it is, staff and employer, with one bloc: its employer's,
///   where that bloc needs the team, else the bloc keeping the original under §4.5. Every
///   other bloc that needs it must stand up a team of its own of the same FTE: new posts,
///   for the bloc's party when the bloc is one party, else for `rest` to place.
public struct Staffing: Sendable {
    /// Where a team's work lands in one bloc.
    public struct Placement: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            /// The team carries on with its employer.
            case stays
            /// The staff move to another employer (a TUPE transfer).
            case transfers
            /// New posts: the bloc needs a team of its own.
            case recruits
        }

        public let bloc: String
        public let kind: Kind
        /// The employer afterwards, a party id; nil when the bloc has still to choose one.
        public let employer: String?
        public let fte: Double
    }

    /// One duplicated or transferred team.
    public struct TeamChange: Hashable, Sendable {
        public let item: Int
        public let id: String
        public let outcome: ItemOutcome
        /// Its `fte`, 0 where none is given.
        public let fte: Double
        /// The employer today (a party id); nil where neither `employer` nor the lead resolves.
        public let employer: String?
        /// One per bloc the team's work lands in, sorted by bloc name.
        public let placements: [Placement]
    }

    /// FTE by party.
    public struct PartyFTE: Hashable, Sendable {
        public let party: PartyIndex
        public let id: String
        public let bloc: String
        /// FTE of the duplicated or transferred teams it employs today.
        public var affected = 0.0
        /// FTE whose employment transfers to it.
        public var transfersIn = 0.0
        /// FTE whose employment transfers away from it.
        public var transfersOut = 0.0
        /// New posts it must fill for teams its bloc (of it alone) must stand up.
        public var recruits = 0.0
    }

    /// FTE by bloc.
    public struct BlocFTE: Hashable, Sendable {
        public let bloc: String
        /// FTE of the affected teams its parties employ today.
        public var affected = 0.0
        /// FTE of teams that move to it (transferred), whoever employs them afterwards.
        public var receives = 0.0
        /// New posts it must fill, its parties' or still to be placed.
        public var recruits = 0.0
    }

    public let optionID: String
    /// Every duplicated or transferred team, sorted by id.
    public let teams: [TeamChange]
    /// Every party, sorted by id.
    public let parties: [PartyFTE]
    /// Every bloc of the option, sorted by name.
    public let blocs: [BlocFTE]
    /// FTE of affected teams whose employer does not resolve (so no party's `affected` holds it).
    public let unattributed: Double

    /// Σ FTE of the affected teams: the option's `fteAffected`.
    public var fteAffected: Double { teams.reduce(0) { $0 + $1.fte } }

    /// - Complexity: O(items + teams · parties / 64 + parties · log parties).
    public init(evaluation: OptionEvaluation) {
        let graph = evaluation.graph, partition = evaluation.partition
        optionID = evaluation.option.id
        var parties = PartyTable(count: graph.partyCount) {
            PartyFTE(party: $0, id: graph.partyID($0), bloc: partition.name(partition.bloc(ofParty: $0)))
        }
        var blocs = BlocTable<BlocFTE?>(repeating: nil, count: partition.blocCapacity)
        for b in partition.blocs { blocs[b] = BlocFTE(bloc: partition.name(b)) }
        var unattributed = 0.0
        var teams: [TeamChange] = []
        for i in 0..<graph.itemCount where graph.estate.items[i].kind == .team && evaluation.outcomes[i] != .unchanged {
            let team = Staffing.change(of: i, in: evaluation)
            teams.append(team.change)
            let fte = team.change.fte
            if let e = team.employer {
                parties[e].affected += fte
                blocs[partition.bloc(ofParty: e)]?.affected += fte
            } else {
                unattributed += fte
            }
            for (bloc, placement) in team.placements {
                switch placement.kind {
                case .stays:
                    if case .transferred = team.change.outcome { blocs[bloc]?.receives += fte }
                case .transfers:
                    blocs[bloc]?.receives += fte
                    if let e = team.employer { parties[e].transfersOut += fte }
                    if let to = placement.employer.flatMap(graph.partyIndex) { parties[to].transfersIn += fte }
                case .recruits:
                    blocs[bloc]?.recruits += fte
                    if let to = placement.employer.flatMap(graph.partyIndex) { parties[to].recruits += fte }
                }
            }
        }
        self.teams = teams.sorted { ($0.id, $0.item) < ($1.id, $1.item) }
        self.parties = graph.partiesByID.map { parties[$0] }
        self.blocs = partition.blocs.compactMap { blocs[$0] }
        self.unattributed = unattributed
    }
}
