/// `w(i, p)` for one item (SPEC 1.1 §4.5): how much of the item each party in `needs(i)`
/// pays for. With a map of user shares, each user's share / 100 (0 for the other parties in
/// `needs(i)`); otherwise equal parts of 1 over `needs(i)`.
public struct ItemWeights: Sendable {
    /// The parties of `needs(i)`, ascending.
    public let parties: [PartyIndex]
    /// The weight of each party in `parties`, in the same order.
    public let weights: [Double]

    /// Two total weights this close are taken as equal (a tie), since shares such as 33.3
    /// are not exact in binary.
    public static let tolerance = 1e-9

    /// - Complexity: O(|needs(i)| + |users(i)|).
    public init(item: Int, entanglement: Entanglement) {
        self.init(item: item, needs: entanglement.needs(item), graph: entanglement.graph)
    }

    /// The weights of `item`, whose `needs(i)` is `needs`.
    init(item: Int, needs: PartySet, graph: EstateGraph) {
        let parties = Array(needs)
        self.parties = parties
        let users = graph.estate.items[item].users
        guard users.contains(where: { $0.share != nil }) else {
            weights = parties.isEmpty ? [] : Array(repeating: 1 / Double(parties.count), count: parties.count)
            return
        }
        var weights = [Double](repeating: 0, count: parties.count)
        for user in users {
            guard let share = user.share, let p = graph.partyIndex(user.party.id),
                let k = Self.position(of: p, in: parties)
            else { continue }
            weights[k] += share / 100
        }
        self.weights = weights
    }

    /// The weight of the parties of `needs(i)` that `includes` accepts.
    public func total(where includes: (PartyIndex) -> Bool) -> Double {
        var sum = 0.0
        for (p, w) in zip(parties, weights) where includes(p) { sum += w }
        return sum
    }

    /// Shares `amount` among the parties of `needs(i)` that `includes` accepts, in proportion
    /// to their weights, or equally where those weights sum to 0; calls `pay` once for each.
    public func share(
        _ amount: Double, among includes: (PartyIndex) -> Bool, pay: (_ party: PartyIndex, _ part: Double) -> Void
    ) {
        let total = total(where: includes)
        if total > 0 {
            for (p, w) in zip(parties, weights) where includes(p) && w != 0 { pay(p, amount * w / total) }
            return
        }
        let members = parties.filter(includes)
        for p in members { pay(p, amount / Double(members.count)) }
    }

    private static func position(of party: PartyIndex, in sorted: [PartyIndex]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < party { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == party ? low : nil
    }
}

extension Entanglement {
    /// `ItemWeights(item:entanglement:)` of `item`. The weights of every item are computed the
    /// first time any is asked for, and kept: they depend on the estate alone, not on an
    /// option, and costs, staffing and the business case of every option ask for them.
    /// - Complexity: O(items · parties + users) once, then O(1).
    public func weights(of item: Int) -> ItemWeights { itemWeights.value[item] }

    /// `weights(of:)` of every item, by item: for a pass over many items, which reads the
    /// kept table once instead of once an item.
    public var weightsByItem: [ItemWeights] { itemWeights.value }
}

extension OptionEvaluation {
    /// The bloc that keeps the original of a duplicated item (SPEC 1.1 §4.5): the bloc of its
    /// lead when that bloc needs it; else the bloc in `blocs(i)` whose parties hold the
    /// largest total weight (ties: the smallest bloc name, `rest` compared as that word).
    /// Nil when no bloc needs the item.
    /// - Complexity: O(|needs(i)| · |blocs(i)|).
    public func originalKeeper(of item: Int, weights: ItemWeights) -> BlocIndex? {
        originalKeeper(of: item) { bloc in weights.total { partition.bloc(ofParty: $0) == bloc } }
    }

    /// `originalKeeper(of:weights:)` with each bloc's total weight given by `blocWeight`.
    /// - Complexity: O(|blocs(i)|) calls of `blocWeight`.
    func originalKeeper(of item: Int, blocWeight: (BlocIndex) -> Double) -> BlocIndex? {
        let blocs = blocs(of: item)
        if let lead = leadBloc(of: item), blocs.contains(lead) { return lead }
        var best: (bloc: BlocIndex, weight: Double)?
        for bloc in blocs {
            let weight = blocWeight(bloc)
            guard let current = best else {
                best = (bloc, weight)
                continue
            }
            // Weights are sums of shares / 100: equal on paper may differ in the last bit.
            let tied = abs(weight - current.weight) <= ItemWeights.tolerance
            if (!tied && weight > current.weight) || (tied && partition.name(bloc) < partition.name(current.bloc)) {
                best = (bloc, weight)
            }
        }
        return best?.bloc
    }
}
