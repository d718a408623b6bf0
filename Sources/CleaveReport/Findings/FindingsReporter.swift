import CleaveCore

/// What a findings report says about the rules that were run.
public struct RuleDescription: Sendable {
    public var id: String
    public var summary: String
    public var defaultSeverity: Severity
    public init(id: String, summary: String, defaultSeverity: Severity) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
    }
}

/// Turns validation findings into one output format. One type per format.
public protocol FindingsReporter: Sendable {
    func report(_ findings: [Finding], rules: [RuleDescription]) -> String
}

extension Array where Element == Finding {
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
