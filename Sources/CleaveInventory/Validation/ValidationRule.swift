import CleaveCore

/// One validation rule: an id, a one-line summary, examples, and the check itself.
///
/// Rules report at their default severity; the engine applies `estate.rules` overrides.
public protocol ValidationRule: Sendable {
    static var id: String { get }
    static var summary: String { get }
    static var defaultSeverity: Severity { get }
    /// Inventories that trigger the rule, each with its exact findings (`line:column: message`).
    static var triggering: [RuleExample] { get }
    /// Inventories that must not trigger it.
    static var nonTriggering: [String] { get }
    static func check(_ context: ValidationContext) -> [Finding]
}

/// An example inventory (one file's text) and the findings the rule must give for it.
public struct RuleExample: Sendable {
    public var yaml: String
    public var expected: [String]
    public init(_ yaml: String, expect expected: [String]) {
        self.yaml = yaml
        self.expected = expected
    }
}

extension ValidationRule {
    static func finding(
        _ message: String, at location: SourceLocation, related: [Finding.Related] = [],
        suggestion: String? = nil
    ) -> Finding {
        Finding(
            rule: id, severity: defaultSeverity, message: message, location: location,
            related: related, suggestion: suggestion)
    }
}

/// Rules whose findings the loader makes while reading; they have no check of their own.
protocol LoaderRule: ValidationRule {}

extension LoaderRule {
    public static func check(_ context: ValidationContext) -> [Finding] { [] }
}
