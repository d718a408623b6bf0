/// One validation finding: which rule, how severe, what is wrong, and where.
public struct Finding: Hashable, Sendable, Error {
    /// A further place that helps explain the finding (the first definition of a duplicate id, say).
    public struct Related: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String
        public init(_ location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    public var rule: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var related: [Related]
    /// A replacement the user probably meant ("did you mean …?"), already part of `message`.
    public var suggestion: String?

    public init(
        rule: String, severity: Severity, message: String, location: SourceLocation,
        related: [Related] = [], suggestion: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.suggestion = suggestion
    }

    /// The order findings are reported in: by place, then rule, then message.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
