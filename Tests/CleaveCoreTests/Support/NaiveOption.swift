@testable import CleaveCore

/// SPEC §4.3's blocs and outcomes the slow, obvious way, with bloc names for blocs, for the
/// naive costs and roadmap to build on.
struct NaiveOption {
    let estate: Estate
    let brute: BruteForce
    /// needs(i), party indices.
    let needs: [Set<Int>]
    let separated: Set<Int>
    let outcome: [String]  // "duplicated", "transferred" or "unchanged"

    init(_ estate: Estate, _ option: Option?) {
        self.estate = estate
        brute = BruteForce(estate)
        needs = brute.needs()
        let ids = estate.parties.map(\.id)
        let separated =
            option.map { o in Set(o.separate.map { $0.compactMap { ids.firstIndex(of: $0.id) } } ?? Array(ids.indices))
            }
            ?? Set(ids.indices)
        self.separated = separated
        var outcome: [String] = []
        for (i, item) in estate.items.enumerated() {
            guard let option else {
                outcome.append("unchanged")
                continue
            }
            let area = estate.areas.first { $0.id == item.area.id }
            var d = option.defaultDisposition
            if let area, !area.inScope {
                d = .shared
            } else if let a = option.areas.first(where: { $0.area.id == item.area.id }) {
                d = a.disposition
            }
            if let o = option.items.first(where: { $0.item.id == item.id }) { d = o.disposition }
            let blocs = Set(needs[i].map { Self.bloc($0, ids, separated) })
            let lead = Self.lead(item, estate).map { Self.bloc($0, ids, separated) }
            if d == .split && blocs.count >= 2 {
                outcome.append("duplicated")
            } else if d == .split && blocs.count == 1 && blocs.first != lead {
                outcome.append("transferred")
            } else {
                outcome.append("unchanged")
            }
        }
        self.outcome = outcome
    }

    static func bloc(_ p: Int, _ ids: [String], _ separated: Set<Int>) -> String {
        separated.contains(p) ? ids[p] : "rest"
    }
    func bloc(_ p: Int) -> String { Self.bloc(p, estate.parties.map(\.id), separated) }
    func blocs(_ i: Int) -> Set<String> { Set(needs[i].map(bloc)) }

    /// The lead's party index: the item's own lead, else its area's.
    static func lead(_ item: Item, _ estate: Estate) -> Int? {
        let id = item.lead?.id ?? estate.areas.first { $0.id == item.area.id }?.lead.id
        return id.flatMap { id in estate.parties.firstIndex { $0.id == id } }
    }

    /// w(i, p) for p in needs(i).
    func weight(_ i: Int, _ p: Int) -> Double {
        let users = estate.items[i].users
        if users.contains(where: { $0.share != nil }) {
            return users.filter { $0.party.id == estate.parties[p].id }.reduce(0) { $0 + ($1.share ?? 0) / 100 }
        }
        return 1 / Double(needs[i].count)
    }

    /// The bloc keeping the original of duplicated item `i`.
    func keeper(_ i: Int) -> String {
        let blocs = blocs(i)
        if let lead = Self.lead(estate.items[i], estate).map(bloc), blocs.contains(lead) { return lead }
        let totals = blocs.map { b in (b, needs[i].filter { bloc($0) == b }.reduce(0) { $0 + weight(i, $1) }) }
        let best = totals.map(\.1).max()!
        return totals.filter { best - $0.1 <= 1e-9 }.map(\.0).min()!
    }
}
