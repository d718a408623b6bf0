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
        /// Scratch, by bloc number: the weight and the count of one item's parties in each bloc.
        private var blocWeight: BlocTable<Double>
        private var blocMembers: BlocTable<Int>

        /// - Complexity: O(items + Σ |needs(i)|), plus O(|needs(i)| · |blocs(i)|) per duplicated item.
        init(entanglement: Entanglement, evaluation: OptionEvaluation?) {
            let graph = entanglement.graph
            before = PartyTable(repeating: 0, count: graph.partyCount)
            change = before
            oneOff = before
            stranded = BlocTable(repeating: 0, count: graph.partyCount + 1)
            blocWeight = stranded
            blocMembers = BlocTable(repeating: 0, count: graph.partyCount + 1)
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
        /// - Complexity: O(|needs(i)| + |blocs(i)|): bloc totals are gathered in one pass
        ///   into scratch arrays, which are cleared again after.
        private mutating func duplicate(_ i: Int, cost c: Double, weights: ItemWeights, evaluation: OptionEvaluation) {
            let item = evaluation.graph.estate.items[i]
            let k = item.split.annualCostPerInstance ?? c
            let setUp = item.split.oneOffCost ?? evaluation.graph.estate.defaultDuplicateCost
            let partition = evaluation.partition
            let blocOf = weights.parties.map(partition.bloc(ofParty:))
            for (n, bloc) in blocOf.enumerated() {
                blocWeight[bloc] += weights.weights[n]
                blocMembers[bloc] += 1
            }
            defer {
                for bloc in blocOf {
                    blocWeight[bloc] = 0
                    blocMembers[bloc] = 0
                }
            }
            guard let keeper = evaluation.originalKeeper(of: i, blocWeight: { blocWeight[$0] }) else { return }
            for (n, p) in weights.parties.enumerated() {
                let w = weights.weights[n], bloc = blocOf[n]
                let total = blocWeight[bloc]
                func part(_ amount: Double) -> Double {
                    total > 0 ? amount * w / total : amount / Double(blocMembers[bloc])
                }
                change[p] += (bloc == keeper ? part(c) : part(k)) - c * w
                if bloc != keeper { oneOff[p] += part(setUp) }
            }
            stranded[keeper] += c * (1 - blocWeight[keeper])
        }
    }
}
