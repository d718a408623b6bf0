import CleaveCore

/// Runs every rule over a loaded inventory and applies the estate's severity overrides.
public enum Validator {
    /// All findings, in report order, with `off` rules removed.
    public static func validate(_ inventory: LoadedInventory) -> [Finding] {
        check(inventory).findings
    }

    /// All findings, as `validate` gives them, and the estate's graph the rules were run on,
    /// for a command that goes on to analyse the estate when it has no errors.
    public static func check(_ inventory: LoadedInventory) -> (findings: [Finding], graph: EstateGraph) {
        let context = ValidationContext(estate: inventory.estate)
        // The rules only read the context: they run side by side, their findings kept in rule order.
        let rules = RuleRegistry.rules
        var findings = inventory.findings
        let overrides = inventory.estate.ruleSeverities
        // A rule that is off (by default or by the estate) is not run at all.
        let running = rules.filter { (overrides[$0.id] ?? $0.defaultSeverity) != .off }
        for ruleFindings in parallelMap(running.count, { running[$0].check(context) }) {
            findings += ruleFindings
        }
        findings = findings.compactMap { finding in
            var finding = finding
            if let severity = overrides[finding.rule] { finding.severity = severity }
            return finding.severity == .off ? nil : finding
        }
        return (findings.sorted(by: Finding.reportOrder), context.graph)
    }
}
