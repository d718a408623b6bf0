@testable import CleaveCore

/// `randomEstate`'s estates, with what costs, roadmaps and staffing read added on top: annual
/// and per-instance costs, user shares (summing to 100), months of work, contract ends
/// (often at a month's end), notice and assignability, teams with FTE and employers, an
/// `asOf`, a default for months, and three options with start and target dates.
func randomCostedEstate(_ rng: inout SeededGenerator, items maxItems: Int, density: Double = 0.25) -> Estate {
    var estate = randomEstate(&rng, items: maxItems, density: density)
    let parties = estate.parties.map(\.id)
    for i in estate.items.indices {
        var item = estate.items[i]
        item.annualCost = rng.chance(0.3) ? nil : Double(rng.below(50))
        item.split.annualCostPerInstance = rng.chance(0.6) ? nil : Double(rng.below(30))
        item.split.months = rng.chance(0.3) ? nil : rng.below(7)
        let known = Array(Set(item.users.map(\.party.id).filter(parties.contains))).sorted()
        if !known.isEmpty && rng.chance(0.4) {
            let shares = randomShares(&rng, count: known.count)
            item.users = zip(known, shares).map { UserShare(Reference($0, at: here), share: $1) }
        }
        if item.kind == .contract {
            item.end = rng.chance(0.2) ? nil : randomDay(&rng)
            item.noticeMonths = rng.below(13)
            item.assignable = rng.chance(0.3)
        } else if rng.chance(0.2) {
            item.kind = .team
            item.fte = rng.chance(0.1) ? nil : Double(rng.below(20)) / 2
            if rng.chance(0.5) {
                item.employer = Reference(rng.chance(0.1) ? "ghost" : parties[rng.below(parties.count)], at: here)
            }
        }
        estate.items[i] = item
    }
    estate.asOf = rng.chance(0.8) ? randomDay(&rng) : nil
    estate.defaultSplitMonths = rng.below(5)
    estate.options = (0..<3).map { randomOption(&rng, id: "o\($0)", parties: parties, items: estate.items.map(\.id)) }
    return estate
}

/// Whole-number shares of 100 (some of them 0) for `count` users.
func randomShares(_ rng: inout SeededGenerator, count: Int) -> [Double] {
    var cuts = (0..<count - 1).map { _ in rng.below(101) }.sorted()
    cuts = [0] + cuts + [100]
    return (0..<count).map { Double(cuts[$0 + 1] - cuts[$0]) }
}

/// A date from 2026 to 2029, at a month's end one time in three.
func randomDay(_ rng: inout SeededGenerator) -> Day {
    let year = 2026 + rng.below(4), month = 1 + rng.below(12)
    let last = Day.daysIn(month: month, year: year)
    return Day(year: year, month: month, day: rng.chance(0.33) ? last : 1 + rng.below(last))!
}

func randomOption(_ rng: inout SeededGenerator, id: String, parties: [String], items: [String]) -> Option {
    var separate: [String]? = rng.chance(0.3) ? nil : parties.filter { _ in rng.chance(0.5) }
    if rng.chance(0.05) { separate?.append("ghost") }
    var overrides: [String: Disposition] = [:]
    for item in items where rng.chance(0.1) { overrides[item] = rng.chance(0.5) ? .split : .shared }
    return Option(
        id: id, separate: separate, defaultDisposition: rng.chance(0.7) ? .split : .shared,
        areas: rng.chance(0.3) ? ["core": rng.chance(0.5) ? .split : .shared] : [:], items: overrides,
        targetDate: rng.chance(0.7) ? randomDay(&rng) : nil, startDate: rng.chance(0.6) ? randomDay(&rng) : nil)
}
