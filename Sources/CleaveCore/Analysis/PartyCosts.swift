/// Who pays for what each year, today and under an option (SPEC 1.1 §4.5), party by party
/// and bloc by bloc, with the one-off cost of the new instances each bloc buys.
///
/// Amounts are `Double`s. The shares of an item (a third each, say) are not exact in any
/// fixed-point form, so exact balancing is not to be had; instead each party's `change` is
/// summed from the duplicated items alone (an untouched party's change is exactly 0), and
/// Σ `change` equals the option's `recurringDelta` to within rounding — about 10⁻¹² of the
/// amounts involved, far below a penny — wherever user shares sum to 100 (as validation
/// insists). Reports round to the currency's minor unit.
public struct PartyCosts: Sendable {
    /// One party's annual cost.
    public struct PartyCost: Hashable, Sendable {
        /// The party's index in the estate.
        public let party: PartyIndex
        public let id: String
        /// The name of the party's bloc; without an option, the party's own id.
        public let bloc: String
        /// `before(p)`: Σ over items of `c(i)` × `w(i, p)`.
        public let before: Double
        /// `after(p)` under the option; `before` without one.
        public let after: Double
        /// `change(p)` = `after` − `before`, summed directly from the duplicated items.
        public let change: Double
        /// The party's part of the one-off cost of the new instances its bloc buys.
        public let oneOff: Double

        /// What the option costs the party over `years` years beyond today's running costs:
        /// its one-off part plus `years` × its `change`.
        public func cost(overYears years: Int) -> Double { oneOff + Double(years) * change }
    }

    /// One bloc's annual cost: the sums over its parties, and what it is left holding.
    public struct BlocCost: Hashable, Sendable {
        /// The bloc's number in the option's `BlocPartition`; without an option, the party's index.
        public let bloc: BlocIndex
        public let name: String
        /// Its parties' ids, sorted.
        public let parties: [String]
        public let before: Double
        public let after: Double
        public let change: Double
        /// Σ over duplicated items whose original it keeps of `c(i)` × (1 − its parties' weight):
        /// what the leaving blocs used to pay for what it keeps.
        public let stranded: Double
        public let oneOff: Double

        /// One-off cost plus `years` × `change`.
        public func cost(overYears years: Int) -> Double { oneOff + Double(years) * change }
    }

    /// The option's id; nil for today's costs.
    public let optionID: String?
    /// Every party, sorted by id.
    public let parties: [PartyCost]
    /// Every bloc, sorted by name (`rest` as that word); without an option, one per party.
    public let blocs: [BlocCost]
    /// Σ `c(i)` over items nobody needs: reported, and paid by nobody.
    public let unallocated: Double
    /// The items behind `unallocated` (those with an annual cost above 0), sorted by id.
    public let unallocatedItems: [Int]

    /// Σ over parties of `change`: the option's `recurringDelta`, to within rounding.
    public var totalChange: Double { parties.reduce(0) { $0 + $1.change } }
    /// Σ over parties of the one-off parts: the option's `oneOffCost`, to within rounding.
    public var totalOneOff: Double { parties.reduce(0) { $0 + $1.oneOff } }

    /// What the option costs all parties together over `years` years beyond today's running
    /// costs: the one-off costs plus `years` × the change in annual cost.
    public func cost(overYears years: Int) -> Double { totalOneOff + Double(years) * totalChange }

    /// Today's costs: `after` = `before`, each party a bloc of its own.
    /// - Complexity: O(items + Σ |needs(i)| + parties · log parties).
    public init(entanglement: Entanglement) {
        let graph = entanglement.graph
        let partition = BlocPartition(separating: graph.parties, graph: graph)
        self.init(
            graph: graph, partition: partition, optionID: nil,
            ledger: PartyCosts.Ledger(entanglement: entanglement, evaluation: nil))
    }

    /// The costs under an option.
    /// - Complexity: O(items + Σ |needs(i)| · |blocs(i)| over duplicated items + parties · log parties).
    public init(evaluation: OptionEvaluation) {
        self.init(
            graph: evaluation.graph, partition: evaluation.partition, optionID: evaluation.option.id,
            ledger: PartyCosts.Ledger(entanglement: evaluation.entanglement, evaluation: evaluation))
    }

    private init(graph: EstateGraph, partition: BlocPartition, optionID: String?, ledger: Ledger) {
        self.optionID = optionID
        parties = graph.partiesByID.map { p in
            PartyCost(
                party: p, id: graph.partyID(p), bloc: partition.name(partition.bloc(ofParty: p)),
                before: ledger.before[p], after: ledger.before[p] + ledger.change[p],
                change: ledger.change[p], oneOff: ledger.oneOff[p])
        }
        blocs = partition.blocs.map { bloc in
            let members = partition.parties(inBloc: bloc)
            func sum(_ values: PartyTable<Double>) -> Double { members.reduce(0) { $0 + values[$1] } }
            let before = sum(ledger.before), change = sum(ledger.change)
            return BlocCost(
                bloc: bloc, name: partition.name(bloc),
                parties: graph.partyIDs(members),
                before: before, after: before + change, change: change,
                stranded: ledger.stranded[bloc], oneOff: sum(ledger.oneOff))
        }
        unallocated = ledger.unallocated
        unallocatedItems = graph.sortedByID(ledger.unallocatedItems)
    }
}
