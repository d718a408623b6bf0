import CleaveCore

/// What a findings report says about the rules that were run.
public struct RuleDescription: Sendable {
    /// An inventory that triggers the rule, and the findings it gives (`line:column: message`).
    public struct Example: Sendable {
        public var yaml: String
        public var findings: [String]
        public init(yaml: String, findings: [String]) {
            self.yaml = yaml
            self.findings = findings
        }
    }

    public var id: String
    public var summary: String
    public var defaultSeverity: Severity
    public var examples: [Example]

    public init(id: String, summary: String, defaultSeverity: Severity, examples: [Example] = []) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.examples = examples
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
