extension PartyCosts {
    /// The per-party and per-bloc running sums, filled item by item in estate order (so the
    /// same inventory gives the same bits).
    struct Ledger {
        var before: PartyTable<Double>
        var change: PartyTable<Double>
        var oneOff: PartyTable<Double>
        /// By bloc number (capacity `partyCount + 1`).
        var stranded: BlocTable<Double>
        var unallocated = 0.0
        var unallocatedItems: [Int] = []
        /// - Complexity: O(items + Σ |needs(i)|), plus O(|needs(i)| · |blocs(i)|) per duplicated item.
        init(entanglement: Entanglement, evaluation: OptionEvaluation?) {
            let graph = entanglement.graph
            before = PartyTable(repeating: 0, count: graph.partyCount)
            change = before
            oneOff = before
            stranded = BlocTable(repeating: 0, count: graph.partyCount + 1)
            var shares = DuplicateShares(partyCount: graph.partyCount)
            let items = graph.estate.items  // read in place: an Item is too big to copy per item
            let table = entanglement.weightsByItem
            // The outcomes alone, read once: an evaluation is too big to unwrap per item.
            let outcomes = evaluation?.outcomes
            for i in 0..<graph.itemCount {
                let c = items[i].annualCost ?? 0
                guard entanglement.needsCount(i) > 0 else {
                    unallocated += c
                    if c > 0 { unallocatedItems.append(i) }
                    continue
                }
                let weights = table[i]
                for (p, w) in zip(weights.parties, weights.weights) { before[p] += c * w }
                guard let outcomes, outcomes[i] == .duplicated, let evaluation else { continue }
                duplicate(i, cost: c, weights: weights, evaluation: evaluation, shares: &shares)
            }
        }

        /// A duplicated item: the keeper pays `c(i)` for the original, every other bloc `k(i)`
        /// for its own instance and the one-off cost of making it, each shared inside the bloc
        /// by weight; `change` gets the difference from what each party paid before.
        ///
        /// The one-off cost of a new instance falls to the bloc that gets it: it is that
        /// bloc's new system, and the keeper carries on with what it has.
        /// - Complexity: O(|needs(i)| + |blocs(i)|).
        private mutating func duplicate(
            _ i: Int, cost c: Double, weights: ItemWeights, evaluation: OptionEvaluation,
            shares: inout DuplicateShares
        ) {
            let split = evaluation.graph.estate.items[i].split  // not the whole item
            let k = split.annualCostPerInstance ?? c
            let setUp = split.oneOffCost ?? evaluation.graph.estate.defaultDuplicateCost
            let keeper = shares.visit(i, weights: weights, evaluation: evaluation) { s in
                change[s.party] += (s.keeps ? s.part(c) : s.part(k)) - c * s.weight
                if !s.keeps { oneOff[s.party] += s.part(setUp) }
            }
            if let keeper { stranded[keeper.bloc] += c * (1 - keeper.weight) }
        }
    }
}
