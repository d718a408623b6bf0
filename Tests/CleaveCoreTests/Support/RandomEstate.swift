@testable import CleaveCore

/// Small random estates with every awkward feature: cycles, repeated and dangling
/// references, self-dependencies, contracts, unsplittable items, unseverable dependencies
/// and free (zero-cost) ones.
func randomEstate(_ rng: inout SeededGenerator, items maxItems: Int, density: Double = 0.25) -> Estate {
    let partyCount = Int.random(in: 1...4, using: &rng)
    let parties = (0..<partyCount).map { "P\($0)" }
    let areas = [("core", parties.randomElement(using: &rng)!), ("edge", rng.chance(0.1) ? "ghost" : parties[0])]
    let n = Int.random(in: 1...maxItems, using: &rng)
    let kinds: [ItemKind] = (0..<n).map { _ in rng.chance(0.2) ? .contract : .system }
    func cost() -> Double? { rng.chance(0.4) ? nil : Double(Int.random(in: 0...8, using: &rng)) }
    var items: [Item] = []
    for i in 0..<n {
        var users = parties.filter { _ in rng.chance(0.3) }
        if rng.chance(0.05) { users.append("nobody") }
        var dependsOn: [Dependency] = []
        for j in 0..<n where j != i && rng.chance(density) {
            dependsOn.append(dep("i\(j)", sever: rng.chance(0.3) ? nil : Double(Int.random(in: 0...6, using: &rng))))
            if rng.chance(0.05) { dependsOn.append(dep("i\(j)", sever: Double(Int.random(in: 0...3, using: &rng)))) }
        }
        if rng.chance(0.03) { dependsOn.append(dep("i\(i)")) }
        if rng.chance(0.05) { dependsOn.append(dep("ghost")) }
        let contracts = (0..<n).filter { kinds[$0] == .contract && $0 != i && rng.chance(0.2) }.map { "i\($0)" }
        items.append(
            makeItem(
                "i\(i)", kinds[i], area: rng.chance(0.5) ? "core" : "edge",
                lead: rng.chance(0.2) ? parties.randomElement(using: &rng) : nil,
                users: users, parties: kinds[i] == .contract ? parties.filter { _ in rng.chance(0.2) } : [],
                dependsOn: dependsOn, contracts: contracts,
                strategy: rng.chance(0.15) ? .none : .clone, oneOff: cost()))
    }
    items.shuffle(using: &rng)
    return Estate(
        parties: parties, areas: areas, items: items,
        defaultDuplicateCost: Double(Int.random(in: 0...5, using: &rng)),
        defaultSeverCost: rng.chance(0.4) ? nil : Double(Int.random(in: 0...5, using: &rng)))
}
