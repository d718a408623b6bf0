/// One thing in the estate: a system, infrastructure, contract, data set or team.
public struct Item: Sendable, Identifiable {
    public var kind: ItemKind
    public var id: String
    public var name: String
    public var area: Reference
    /// Who runs it today; nil means the area's lead.
    public var lead: Reference?
    /// Who uses it directly, with an optional share in percent.
    public var users: [UserShare]
    public var dependsOn: [Dependency]
    public var contracts: [Reference]
    public var criticality: Criticality
    public var annualCost: Double?
    public var split: SplitSpec
    public var owner: String?
    public var notes: String?
    public var tags: [String]

    // contracts
    public var supplier: String?
    /// The signatories of a contract; they count as direct users.
    public var parties: [Reference]
    public var start: Day?
    public var end: Day?
    public var noticeMonths: Int
    public var assignable: Bool
    // infrastructure
    public var type: InfrastructureType?
    // data
    public var personal: Bool?
    public var classification: String?
    // teams
    public var fte: Double?
    public var employer: Reference?

    /// Where the item's mapping starts.
    public var location: SourceLocation
    /// Where each key's value was written, by key path (`split.oneOffCost`).
    public var locations: FieldLocations

    public init(
        kind: ItemKind, id: String, name: String? = nil, area: String,
        location: SourceLocation = .file("")
    ) {
        self.kind = kind
        self.id = id
        self.name = name ?? id
        self.area = Reference(area, at: location)
        self.lead = nil
        self.users = []
        self.dependsOn = []
        self.contracts = []
        self.criticality = .medium
        self.annualCost = nil
        self.split = SplitSpec()
        self.owner = nil
        self.notes = nil
        self.tags = []
        self.supplier = nil
        self.parties = []
        self.start = nil
        self.end = nil
        self.noticeMonths = 0
        self.assignable = false
        self.type = nil
        self.personal = nil
        self.classification = nil
        self.fte = nil
        self.employer = nil
        self.location = location
        self.locations = [:]
    }

    /// The date a contract is released (SPEC 1.1 §4.3): its `end`, since the shared contract
    /// runs until then; nil when open-ended.
    public var releaseDate: Day? { end }

    /// The last day to serve notice so as to leave at `end`: `end` less `noticeMonths`
    /// calendar months, the day clamped to the month's last; nil when open-ended.
    public var noticeDate: Day? {
        end.map { $0.subtracting(months: noticeMonths) }
    }
}

/// A direct user of an item, with its share in percent where shares are given.
public struct UserShare: Hashable, Sendable {
    public var party: Reference
    public var share: Double?

    public init(_ party: Reference, share: Double? = nil) {
        self.party = party
        self.share = share
    }
}

/// One entry of `dependsOn`.
public struct Dependency: Hashable, Sendable {
    public var target: Reference
    public var via: Via
    /// Cost of re-engineering this dependency away; nil means the estate default.
    public var severCost: Double?
    public var note: String?

    public init(_ target: Reference, via: Via = .other, severCost: Double? = nil, note: String? = nil) {
        self.target = target
        self.via = via
        self.severCost = severCost
        self.note = note
    }
}

/// How an item can be separated.
public struct SplitSpec: Hashable, Sendable {
    public var strategy: SplitStrategy
    /// One-off cost of giving one more bloc its own instance; nil means the estate default.
    public var oneOffCost: Double?
    /// Recurring cost of each extra instance; nil means the item's `annualCost`.
    public var annualCostPerInstance: Double?
    /// Months of work to give a bloc its own instance, or to move the item (SPEC 1.1 §4.6);
    /// nil means the estate default.
    public var months: Int?

    public init(
        strategy: SplitStrategy = .clone, oneOffCost: Double? = nil,
        annualCostPerInstance: Double? = nil, months: Int? = nil
    ) {
        self.strategy = strategy
        self.oneOffCost = oneOffCost
        self.annualCostPerInstance = annualCostPerInstance
        self.months = months
    }
}
