import CleaveCore

/// SPEC §5: `{schemaVersion, errors, warnings, findings: [{rule, severity, message, file, line, column}]}`.
public struct JSONFindingsReporter: FindingsReporter {
    public init() {}

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        JSONValue.object([
            ("schemaVersion", .int(1)),
            ("errors", .int(findings.errorCount)),
            ("warnings", .int(findings.warningCount)),
            (
                "findings",
                .array(
                    findings.map { f in
                        .object([
                            ("rule", .string(f.rule)),
                            ("severity", .string(f.severity.rawValue)),
                            ("message", .string(f.message)),
                            ("file", .string(f.location.file)),
                            ("line", .int(f.location.line)),
                            ("column", .int(f.location.column)),
                        ])
                    })
            ),
        ]).rendered()
    }
}
