/// How a duplicated item's instances fall to the parties that need it (SPEC 1.1 §4.5): which
/// bloc keeps the original, and each party's part of what its bloc pays for its instance.
/// `PartyCosts` and `BusinessCase` both read an item's costs through it, so the two cannot
/// disagree on who pays what.
///
/// It keeps scratch tables by bloc number, filled for one item and cleared again after, so
/// one value serves every item of an estate without allocating.
struct DuplicateShares {
    /// One party of `needs(i)` of a duplicated item.
    struct Share {
        let party: PartyIndex
        /// `w(i, p)`.
        let weight: Double
        let bloc: BlocIndex
        /// Whether its bloc keeps the original.
        let keeps: Bool
        /// The total weight and the number of the item's parties in its bloc.
        fileprivate let blocWeight: Double
        fileprivate let blocMembers: Int

        /// The party's part of `amount` paid by its bloc for its instance: in proportion to
        /// the weights inside the bloc, or equally where those sum to 0.
        func part(_ amount: Double) -> Double {
            blocWeight > 0 ? amount * weight / blocWeight : amount / Double(blocMembers)
        }
    }

    /// The bloc that keeps the original, and its parties' total weight.
    struct Keeper {
        let bloc: BlocIndex
        let weight: Double
    }

    private var blocWeight: BlocTable<Double>
    private var blocMembers: BlocTable<Int>
    /// The bloc of each party of the item visited, in the order of `weights.parties`.
    private var blocOf: [BlocIndex] = []

    init(partyCount: Int) {
        blocWeight = BlocTable(repeating: 0, count: partyCount + 1)
        blocMembers = BlocTable(repeating: 0, count: partyCount + 1)
        blocOf.reserveCapacity(partyCount)
    }

    /// Calls `body` for each party of `needs(i)` of duplicated item `i`, in the order of
    /// `weights.parties`, and returns the keeper; nil (and no calls) when no bloc needs it.
    /// - Complexity: O(|needs(i)| + |blocs(i)|).
    mutating func visit(
        _ i: Int, weights: ItemWeights, evaluation: OptionEvaluation, _ body: (Share) -> Void
    ) -> Keeper? {
        blocOf.removeAll(keepingCapacity: true)
        for (n, p) in weights.parties.enumerated() {
            let bloc = evaluation.partition.bloc(ofParty: p)
            blocOf.append(bloc)
            blocWeight[bloc] += weights.weights[n]
            blocMembers[bloc] += 1
        }
        defer {
            for bloc in blocOf {
                blocWeight[bloc] = 0
                blocMembers[bloc] = 0
            }
        }
        guard let keeper = evaluation.originalKeeper(of: i, blocWeight: { blocWeight[$0] }) else { return nil }
        for (n, p) in weights.parties.enumerated() {
            let bloc = blocOf[n]
            body(
                Share(
                    party: p, weight: weights.weights[n], bloc: bloc, keeps: bloc == keeper,
                    blocWeight: blocWeight[bloc], blocMembers: blocMembers[bloc]))
        }
        return Keeper(bloc: keeper, weight: blocWeight[keeper])
    }
}
