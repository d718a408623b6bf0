/// One disaggregation option: which areas or items are split, for which parties.
public struct Option: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    /// The parties that leave the shared arrangement; nil means every party.
    public var separate: [Reference]?
    public var defaultDisposition: Disposition
    public var areas: [(area: Reference, disposition: Disposition)]
    public var items: [(item: Reference, disposition: Disposition)]
    public var targetDate: Day?
    /// When separation work starts (SPEC 1.1 §4.6); nil means `estate.asOf`.
    public var startDate: Day?
    /// What the parties agree for the transition (SPEC 1.2 §2.6 `transition`, §4.7).
    public var transition: Transition
    public var location: SourceLocation
    public var locations: FieldLocations

    public init(
        id: String, name: String? = nil, separate: [String]? = nil,
        defaultDisposition: Disposition = .shared,
        areas: [String: Disposition] = [:], items: [String: Disposition] = [:],
        targetDate: Day? = nil, startDate: Day? = nil, transition: Transition = Transition(),
        location: SourceLocation = .file("")
    ) {
        self.id = id
        self.name = name ?? id
        self.description = nil
        self.separate = separate.map { $0.map { Reference($0, at: location) } }
        self.defaultDisposition = defaultDisposition
        self.areas = areas.keys.sorted().map { (Reference($0, at: location), areas[$0]!) }
        self.items = items.keys.sorted().map { (Reference($0, at: location), items[$0]!) }
        self.targetDate = targetDate
        self.startDate = startDate
        self.transition = transition
        self.location = location
        self.locations = [:]
    }
}
