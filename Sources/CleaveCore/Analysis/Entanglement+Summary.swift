/// Counts of items by `EntanglementStatus`.
public struct EntanglementSummary: Hashable, Sendable {
    public var items = 0
    public var entangled = 0
    public var exclusive = 0
    public var unused = 0

    public init() {}
}

extension Entanglement {
    /// The summary of the given items (every item by default).
    /// - Complexity: O(items · parties / 64).
    public func summary<S: Sequence<Int>>(of items: S) -> EntanglementSummary {
        var summary = EntanglementSummary()
        for item in items {
            summary.items += 1
            switch status(item) {
            case .entangled: summary.entangled += 1
            case .exclusive: summary.exclusive += 1
            case .unused: summary.unused += 1
            }
        }
        return summary
    }

    public var summary: EntanglementSummary { summary(of: 0..<graph.itemCount) }

    /// For each pair of parties (by party index), how many of the given items both need;
    /// the diagonal holds how many each party needs.
    ///
    /// Items with the same needs are counted together, so the work is linear in the items
    /// plus, per distinct needs set, the square of its size.
    /// - Complexity: O(items · parties / 64 + Σ over distinct needs sets of |set|²).
    public func sharedItems<S: Sequence<Int>>(among items: S) -> PartyTable<PartyTable<Int>> {
        var countBySet: [PartySet: Int] = [:]
        for item in items { countBySet[needs(item), default: 0] += 1 }
        let p = graph.partyCount
        var matrix = PartyTable(repeating: PartyTable(repeating: 0, count: p), count: p)
        for (set, count) in countBySet {
            let members = Array(set)
            for a in members {
                for b in members { matrix[a][b] += count }
            }
        }
        return matrix
    }
}
