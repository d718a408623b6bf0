extension Staffing {
    /// A team's change, with its employer's party index and each placement's bloc number.
    struct Placed {
        var change: TeamChange
        var employer: PartyIndex?
        var placements: [(bloc: BlocIndex, placement: Placement)]
    }

    /// Applies the rules in the type's summary to team `i`.
    static func change(of i: Int, in evaluation: OptionEvaluation) -> Placed {
        let graph = evaluation.graph, partition = evaluation.partition
        let item = graph.estate.items[i]
        let fte = item.fte ?? 0
        let employer = item.employer.flatMap { graph.partyIndex($0.id) } ?? graph.itemLead[i]
        let employerBloc = employer.map(partition.bloc(ofParty:))
        /// The bloc's party when it is a single party (a separated party is a bloc of its own).
        func soleParty(_ bloc: BlocIndex) -> PartyIndex? { partition.soleParty(of: bloc) }
        var placements: [(bloc: BlocIndex, placement: Placement)] = []
        func place(_ bloc: BlocIndex, _ kind: Placement.Kind, _ party: PartyIndex?) {
            placements.append(
                (
                    bloc,
                    Placement(
                        bloc: partition.name(bloc), kind: kind,
                        employer: party.map { graph.partyID($0) }, fte: fte)
                ))
        }
        switch evaluation.outcomes[i] {
        case .transferred(let bloc):
            if let employer, employerBloc == bloc {
                place(bloc, .stays, employer)
            } else {
                place(bloc, .transfers, soleParty(bloc))
            }
        case .duplicated:
            let needing = evaluation.blocs(of: i)
            let keeper =
                employerBloc.flatMap { needing.contains($0) ? $0 : nil }
                ?? evaluation.originalKeeper(
                    of: i, weights: evaluation.entanglement.weights(of: i))
            for bloc in needing {
                if bloc == keeper, let employer {
                    place(bloc, .stays, employer)
                } else if bloc == keeper {
                    place(bloc, .stays, nil)
                } else {
                    place(bloc, .recruits, soleParty(bloc))
                }
            }
        case .unchanged:
            break
        }
        placements.sort { $0.placement.bloc < $1.placement.bloc }
        let change = TeamChange(
            item: i, id: item.id, outcome: evaluation.outcomes[i], fte: fte,
            employer: employer.map { graph.partyID($0) }, placements: placements.map(\.placement))
        return Placed(change: change, employer: employer, placements: placements)
    }
}
