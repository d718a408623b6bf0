@testable import CleaveCore

/// The specification's definitions computed the slow, obvious way, straight from the model,
/// to check the real analyses against.
struct BruteForce {
    let estate: Estate
    let n: Int
    /// (from, to, sever cost with the default applied; nil = cannot sever)
    var edges: [(from: Int, to: Int, sever: Double?)] = []
    var direct: [Set<Int>]

    init(_ estate: Estate) {
        self.estate = estate
        n = estate.items.count
        func first(_ id: String) -> Int? { estate.items.firstIndex { $0.id == id } }
        func party(_ id: String) -> Int? { estate.parties.firstIndex { $0.id == id } }
        direct = estate.items.map { item in
            Set((item.users.map(\.party.id) + item.parties.map(\.id)).compactMap(party))
        }
        for (a, item) in estate.items.enumerated() {
            for d in item.dependsOn {
                if let b = first(d.target.id), b != a { edges.append((a, b, d.severCost ?? estate.defaultSeverCost)) }
            }
            for c in item.contracts {
                if let b = first(c.id), b != a, estate.items[b].kind == .contract {
                    edges.append((a, b, estate.defaultSeverCost))
                }
            }
        }
    }

    /// Everything `i` reaches, itself included, by repeated passes over the edge list.
    func reach(_ i: Int) -> Set<Int> {
        var seen: Set<Int> = [i]
        var changed = true
        while changed {
            changed = false
            for e in edges where seen.contains(e.from) && !seen.contains(e.to) {
                seen.insert(e.to)
                changed = true
            }
        }
        return seen
    }

    /// needs(i): the direct users of every item that reaches i.
    func needs() -> [Set<Int>] {
        var needs = direct
        for j in 0..<n {
            for i in reach(j) { needs[i].formUnion(direct[j]) }
        }
        return needs
    }

    func drag(needs: [Set<Int>]) -> [Int] {
        (0..<n).map { i in reach(i).filter { needs[$0].count >= 2 }.count }
    }

    /// hold(i): the entangled items among those whose reach contains `i`.
    func hold(needs: [Set<Int>]) -> [Int] {
        let reaches = (0..<n).map(reach)
        return (0..<n).map { i in (0..<n).filter { reaches[$0].contains(i) && needs[$0].count >= 2 }.count }
    }

    struct Plan: Equatable {
        var cost: Double?
        var duplicate: Set<Int> = []
        var shared: Set<Int> = []
        var move: Set<Int> = []
        /// (from, to, side) with side "bloc" or "others"
        var sever: [String] = []
    }

    /// The cheapest labeling by trying all of them (n ≤ 12), and of the cheapest ones the
    /// one whose source side is the intersection of all theirs. With `sharing`, an
    /// unsplittable item may stay shared for nothing; of equally cheap labelings, those
    /// sharing the fewest such items count as the cheapest. With `among`, only those items
    /// take part (SPEC 1.1 §4.4): the others are labelled 0 on both sides and every edge to
    /// or from them is ignored.
    func plan(bloc: Set<Int>, sharing: Bool = false, among: Set<Int>? = nil) -> Plan {
        precondition(n <= 12)
        let full = 1 << n
        var allowed = 0
        for i in 0..<n where among?.contains(i) ?? true { allowed |= 1 << i }
        let edges = self.edges.filter { allowed & (1 << $0.from) != 0 && allowed & (1 << $0.to) != 0 }
        var forcedX = 0, forcedY = 0
        for i in 0..<n where allowed & (1 << i) != 0 {
            if !direct[i].isDisjoint(with: bloc) { forcedX |= 1 << i }
            if !direct[i].subtracting(bloc).isEmpty { forcedY |= 1 << i }
        }
        // sever[m]: what one side pays for the edges it cuts when it holds the items in m.
        var sever = [Double](repeating: 0, count: full)
        var duplicate = [Double](repeating: 0, count: full)
        var sharedCount = [Int](repeating: 0, count: full)
        for m in 0..<full {
            for e in edges where m & (1 << e.from) != 0 && m & (1 << e.to) == 0 {
                sever[m] += e.sever ?? .infinity
            }
            for i in 0..<n where m & (1 << i) != 0 {
                let item = estate.items[i]
                if item.split.strategy != .none {
                    duplicate[m] += item.split.oneOffCost ?? estate.defaultDuplicateCost
                } else if sharing {
                    sharedCount[m] += 1
                } else {
                    duplicate[m] = .infinity
                }
            }
        }
        var best = Double.infinity, bestShared = Int.max
        var xAll = full - 1, zAll = full - 1
        for x in 0..<full where x & forcedX == forcedX && x & ~allowed == 0 {
            for y in 0..<full where y & forcedY == forcedY && y & ~allowed == 0 {
                let cost = sever[x] + sever[y] + duplicate[x & y], shared = sharedCount[x & y]
                if cost < best || (cost == best && shared < bestShared) {
                    best = cost
                    bestShared = shared
                    xAll = x
                    zAll = ~y & (full - 1)
                } else if cost == best && shared == bestShared {
                    xAll &= x
                    zAll &= ~y & (full - 1)
                }
            }
        }
        guard best.isFinite else { return Plan(cost: nil) }
        var plan = Plan(cost: best)
        let y = ~zAll & allowed
        for i in 0..<n where xAll & (1 << i) != 0 {
            if y & (1 << i) == 0 {
                plan.move.insert(i)
            } else if estate.items[i].split.strategy == .none {
                plan.shared.insert(i)
            } else {
                plan.duplicate.insert(i)
            }
        }
        for e in edges {
            if xAll & (1 << e.from) != 0 && xAll & (1 << e.to) == 0 { plan.sever.append("\(e.from)>\(e.to) bloc") }
            if y & (1 << e.from) != 0 && y & (1 << e.to) == 0 { plan.sever.append("\(e.from)>\(e.to) others") }
        }
        plan.sever.sort()
        return plan
    }
}
