import CleaveCore

/// Runs every rule over a loaded inventory and applies the estate's severity overrides.
public enum Validator {
    /// All findings, in report order, with `off` rules removed.
    public static func validate(_ inventory: LoadedInventory) -> [Finding] {
        let context = ValidationContext(estate: inventory.estate)
        var findings = inventory.findings
        let overrides = inventory.estate.ruleSeverities
        // A rule that is off (by default or by the estate) is not run at all.
        for rule in RuleRegistry.rules where (overrides[rule.id] ?? rule.defaultSeverity) != .off {
            findings += rule.check(context)
        }
        findings = findings.compactMap { finding in
            var finding = finding
            if let severity = overrides[finding.rule] { finding.severity = severity }
            return finding.severity == .off ? nil : finding
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}
