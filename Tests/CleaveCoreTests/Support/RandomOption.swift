@testable import CleaveCore

/// A random option over a random estate: a random set of separating parties (sometimes
/// none named, so every party separates; sometimes an unknown one), a random default,
/// area and item dispositions (some naming nothing that exists), and random dates.
func randomOption(_ rng: inout SeededGenerator, for estate: Estate) -> Option {
    func disposition() -> Disposition { rng.chance(0.5) ? .split : .shared }
    func date() -> Day? {
        rng.chance(0.3) ? nil : Day(year: 2025 + rng.below(4), month: 1 + rng.below(12), day: 1 + rng.below(28))
    }
    var separate: [String]? = estate.parties.map(\.id).filter { _ in rng.chance(0.4) }
    if rng.chance(0.2) { separate = nil } else if rng.chance(0.05) { separate?.append("ghost") }
    var areas: [String: Disposition] = [:]
    for area in estate.areas.map(\.id) + ["ghost-area"] where rng.chance(0.4) { areas[area] = disposition() }
    var items: [String: Disposition] = [:]
    for item in estate.items.map(\.id) + ["ghost-item"] where rng.chance(0.25) { items[item] = disposition() }
    return Option(
        id: "o", separate: separate, defaultDisposition: disposition(), areas: areas, items: items,
        targetDate: date(), startDate: date())
}

/// Gives the contracts of `estate` random terms (end, notice, assignable), some areas
/// `inScope: false`, some items annual costs, per-instance costs and teams' FTE, and the
/// estate a random `asOf`, so every rule of SPEC §4.3 has something to bite on.
func randomizeTerms(_ estate: inout Estate, _ rng: inout SeededGenerator) {
    for a in estate.areas.indices where rng.chance(0.15) { estate.areas[a].inScope = false }
    estate.asOf =
        rng.chance(0.3) ? nil : Day(year: 2025 + rng.below(3), month: 1 + rng.below(12), day: 1 + rng.below(28))
    for i in estate.items.indices {
        if rng.chance(0.3) { estate.items[i].annualCost = Double(rng.below(50)) }
        if rng.chance(0.3) { estate.items[i].split.annualCostPerInstance = Double(rng.below(20)) }
        if estate.items[i].kind == .system && rng.chance(0.15) {
            estate.items[i].kind = .team
            estate.items[i].fte = rng.chance(0.2) ? nil : Double(rng.below(10)) / 2
        }
        guard estate.items[i].kind == .contract else { continue }
        // Month ends half the time, so notice dates are clamped (31 March less a month).
        let year = 2025 + rng.below(4), month = 1 + rng.below(12)
        let last = Day.daysIn(month: month, year: year)
        estate.items[i].end =
            rng.chance(0.25)
            ? nil
            : Day(year: year, month: month, day: rng.chance(0.5) ? last : 1 + rng.below(28))
        estate.items[i].noticeMonths = rng.chance(0.3) ? 0 : rng.below(25)
        estate.items[i].assignable = rng.chance(0.3)
    }
}
