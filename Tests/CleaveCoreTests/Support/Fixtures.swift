@testable import CleaveCore

let here = SourceLocation.file("test.yaml")

/// A `dependsOn` entry.
func dep(_ id: String, sever: Double? = nil, via: Via = .other) -> Dependency {
    Dependency(Reference(id, at: here), via: via, severCost: sever)
}

/// An item with the keys tests set most, the rest at their defaults.
func makeItem(
    _ id: String, _ kind: ItemKind = .system, area: String, lead: String? = nil,
    users: [String] = [], parties: [String] = [], dependsOn: [Dependency] = [],
    contracts: [String] = [], strategy: SplitStrategy = .clone, oneOff: Double? = nil,
    annualCost: Double? = nil, perInstance: Double? = nil, fte: Double? = nil,
    end: Day? = nil, noticeMonths: Int = 0, assignable: Bool = false
) -> Item {
    var item = Item(kind: kind, id: id, area: area, location: here)
    item.lead = lead.map { Reference($0, at: here) }
    item.users = users.map { UserShare(Reference($0, at: here)) }
    item.parties = parties.map { Reference($0, at: here) }
    item.dependsOn = dependsOn
    item.contracts = contracts.map { Reference($0, at: here) }
    item.split = SplitSpec(strategy: strategy, oneOffCost: oneOff, annualCostPerInstance: perInstance)
    item.annualCost = annualCost
    item.fte = fte
    item.end = end
    item.noticeMonths = noticeMonths
    item.assignable = assignable
    return item
}

func day(_ text: String) -> Day { Day(text)! }

extension Estate {
    /// Parties by id (named after themselves) and areas as (id, lead) pairs.
    init(
        parties: [String], areas: [(String, String)], items: [Item], options: [Option] = [],
        defaultDuplicateCost: Double = 1, defaultSeverCost: Double? = nil, asOf: Day? = nil
    ) {
        self.init(
            name: "test", asOf: asOf, defaultDuplicateCost: defaultDuplicateCost,
            defaultSeverCost: defaultSeverCost,
            parties: parties.map { Party(id: $0, name: $0) },
            areas: areas.map { Area(id: $0.0, name: $0.0, lead: $0.1) },
            items: items, options: options)
    }
}

extension EstateGraph {
    func index(_ id: String) -> Int { itemIndex(id)! }
    func ids<S: Sequence<Int>>(_ items: S) -> [String] { items.map(itemID) }
}
