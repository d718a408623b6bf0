extension PartyCosts {
    /// The per-party and per-bloc running sums, filled item by item in estate order (so the
    /// same inventory gives the same bits).
    struct Ledger {
        var before: [Double]
        var change: [Double]
        var oneOff: [Double]
        /// By bloc number (capacity `partyCount + 1`).
        var stranded: [Double]
        var unallocated = 0.0
        var unallocatedItems: [Int] = []

        /// - Complexity: O(items + Σ |needs(i)|), plus O(|needs(i)| · |blocs(i)|) per duplicated item.
        init(entanglement: Entanglement, evaluation: OptionEvaluation?) {
            let graph = entanglement.graph
            before = Array(repeating: 0, count: graph.partyCount)
            change = before
            oneOff = before
            stranded = Array(repeating: 0, count: graph.partyCount + 1)
            let items = graph.estate.items  // read in place: an Item is too big to copy per item
            for i in 0..<graph.itemCount {
                let c = items[i].annualCost ?? 0
                guard entanglement.needsCount(i) > 0 else {
                    unallocated += c
                    if c > 0 { unallocatedItems.append(i) }
                    continue
                }
                let weights = ItemWeights(item: i, entanglement: entanglement)
                for (p, w) in zip(weights.parties, weights.weights) { before[p] += c * w }
                guard let evaluation, evaluation.outcomes[i] == .duplicated else { continue }
                duplicate(i, cost: c, weights: weights, evaluation: evaluation)
            }
        }

        /// A duplicated item: the keeper pays `c(i)` for the original, every other bloc `k(i)`
        /// for its own instance and the one-off cost of making it, each shared inside the bloc
        /// by weight; `change` gets the difference from what each party paid before.
        ///
        /// The one-off cost of a new instance falls to the bloc that gets it: it is that
        /// bloc's new system, and the keeper carries on with what it has.
        private mutating func duplicate(_ i: Int, cost c: Double, weights: ItemWeights, evaluation: OptionEvaluation) {
            let item = evaluation.graph.estate.items[i]
            let k = item.split.annualCostPerInstance ?? c
            let setUp = item.split.oneOffCost ?? evaluation.graph.estate.defaultDuplicateCost
            let partition = evaluation.partition
            guard let keeper = evaluation.originalKeeper(of: i, weights: weights) else { return }
            for (p, w) in zip(weights.parties, weights.weights) { change[p] -= c * w }
            for bloc in evaluation.blocs(of: i) {
                let inBloc: (Int) -> Bool = { partition.bloc(ofParty: $0) == bloc }
                if bloc == keeper {
                    weights.share(c, among: inBloc) { change[$0] += $1 }
                    stranded[bloc] += c * (1 - weights.total(where: inBloc))
                } else {
                    weights.share(k, among: inBloc) { change[$0] += $1 }
                    weights.share(setUp, among: inBloc) { oneOff[$0] += $1 }
                }
            }
        }
    }
}
