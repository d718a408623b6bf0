@testable import CleaveCore

/// SPEC 1.1 §4.5 computed straight from the text, item by item and party by party.
struct NaiveCosts {
    var before: [String: Double] = [:]
    var after: [String: Double] = [:]
    var oneOff: [String: Double] = [:]
    var bloc: [String: String] = [:]
    var stranded: [String: Double] = [:]
    var unallocated = 0.0

    init(_ estate: Estate, option: Option?) {
        let o = NaiveOption(estate, option)
        for (p, party) in estate.parties.enumerated() {
            before[party.id] = 0
            after[party.id] = 0
            oneOff[party.id] = 0
            bloc[party.id] = o.bloc(p)
            stranded[o.bloc(p)] = 0
        }
        for (i, item) in estate.items.enumerated() {
            let c = item.annualCost ?? 0, k = item.split.annualCostPerInstance ?? c
            if o.needs[i].isEmpty {
                unallocated += c
                continue
            }
            for p in o.needs[i] { before[estate.parties[p].id]! += c * o.weight(i, p) }
            guard o.outcome[i] == "duplicated" else {
                for p in o.needs[i] { after[estate.parties[p].id]! += c * o.weight(i, p) }
                continue
            }
            let keeper = o.keeper(i)
            for b in o.blocs(i) {
                let members = o.needs[i].filter { o.bloc($0) == b }
                let total = members.reduce(0) { $0 + o.weight(i, $1) }
                func share(_ amount: Double, into sums: inout [String: Double]) {
                    for p in members {
                        sums[estate.parties[p].id]! +=
                            total > 0 ? amount * o.weight(i, p) / total : amount / Double(members.count)
                    }
                }
                if b == keeper {
                    share(c, into: &after)
                    stranded[b]! += c * (1 - total)
                } else {
                    share(k, into: &after)
                    share(item.split.oneOffCost ?? estate.defaultDuplicateCost, into: &oneOff)
                }
            }
        }
    }
}
