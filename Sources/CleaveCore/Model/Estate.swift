/// A whole inventory: the estate settings and every party, area, item and option.
///
/// The loader fills it even from a flawed inventory (what could not be read is left out
/// and reported), so validation rules and analyses must not assume references resolve.
public struct Estate: Sendable {
    public var name: String
    public var currency: String
    public var asOf: Day?
    public var defaultDuplicateCost: Double
    public var defaultSeverCost: Double?
    /// Months of work to separate an item that gives no `split.months` (SPEC 1.1 §4.6).
    public var defaultSplitMonths: Int
    /// How a business case is appraised (SPEC 1.2 §2.1 `appraisal`, §4.7).
    public var appraisal: Appraisal
    /// Severity overrides by rule id, with where each was written.
    public var ruleSeverities: [String: Severity]
    public var ruleSeverityLocations: [String: SourceLocation]
    /// Where `estate` was written; nil when no file has one.
    public var location: SourceLocation?
    /// Where each `estate` key's value was written, by key path (`defaults.severCost`).
    public var locations: FieldLocations

    public var parties: [Party]
    public var areas: [Area]
    public var items: [Item]
    public var options: [Option]
    /// Every file that was read, in reading order.
    public var files: [String]

    public init(
        name: String = "", currency: String = "GBP", asOf: Day? = nil,
        defaultDuplicateCost: Double = 1, defaultSeverCost: Double? = nil, defaultSplitMonths: Int = 3,
        ruleSeverities: [String: Severity] = [:], parties: [Party] = [], areas: [Area] = [],
        items: [Item] = [], options: [Option] = [], appraisal: Appraisal = Appraisal()
    ) {
        self.name = name
        self.currency = currency
        self.asOf = asOf
        self.defaultDuplicateCost = defaultDuplicateCost
        self.defaultSeverCost = defaultSeverCost
        self.defaultSplitMonths = defaultSplitMonths
        self.appraisal = appraisal
        self.ruleSeverities = ruleSeverities
        self.ruleSeverityLocations = [:]
        self.location = nil
        self.locations = [:]
        self.parties = parties
        self.areas = areas
        self.items = items
        self.options = options
        self.files = []
    }
}

/// An organisation that uses the shared estate.
public struct Party: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: PartyKind
    public var location: SourceLocation
    public var locations: FieldLocations

    public init(
        id: String, name: String, kind: PartyKind = .council,
        location: SourceLocation = .file("")
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.location = location
        self.locations = [:]
    }
}

/// A service area with a lead party.
public struct Area: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var lead: Reference
    public var arrangement: Arrangement
    public var inScope: Bool
    public var notes: String?
    public var location: SourceLocation
    public var locations: FieldLocations

    public init(
        id: String, name: String, lead: String, arrangement: Arrangement = .lead,
        inScope: Bool = true, notes: String? = nil, location: SourceLocation = .file("")
    ) {
        self.id = id
        self.name = name
        self.lead = Reference(lead, at: location)
        self.arrangement = arrangement
        self.inScope = inScope
        self.notes = notes
        self.location = location
        self.locations = [:]
    }
}
