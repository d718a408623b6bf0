import CleaveCore

/// Compiler-style lines: `path:line:col: error: [rule-id] message`, with notes for related
/// places, then a count. Colour only when asked (the CLI asks on a terminal without NO_COLOR).
///
/// With `limitPerRule`, only the first findings of each rule and severity are printed, then
/// one line says how many more there are and where to see them all (`moreHint`): an import of
/// a million rows that nobody uses would otherwise print a million `orphan` warnings. The
/// closing count still counts every finding.
public struct TextFindingsReporter: FindingsReporter {
    public var colour: Bool
    /// At most this many findings of one rule and severity; nil prints them all.
    public var limitPerRule: Int?
    /// Where the findings left out can all be seen, e.g. "`cleave validate inv` lists them all".
    public var moreHint: String?

    /// How many findings of one rule the commands that print findings by the way (an import,
    /// an analysis stopped by errors) show before they count the rest.
    public static let defaultLimitPerRule = 20

    public init(colour: Bool = false, limitPerRule: Int? = nil, moreHint: String? = nil) {
        self.colour = colour
        self.limitPerRule = limitPerRule
        self.moreHint = moreHint
    }

    /// The reporter of the commands that print findings by the way: `defaultLimitPerRule` of
    /// each rule, and for the rest a pointer to `cleave validate` on `inventory`.
    public static func limited(colour: Bool, inventory: String) -> Self {
        Self(
            colour: colour, limitPerRule: defaultLimitPerRule,
            moreHint: "`cleave validate \(Wording.shellWord(inventory))` lists them all")
    }

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        var out = ""
        // Paths and messages quote inventory text: control characters in them are shown
        // escaped (`TerminalText`), and a line break cannot start a line that looks like
        // another finding.
        func safe(_ s: String) -> String { TerminalText.escaped(s, newlines: false) }
        var printed: [RuleAndSeverity: Int] = [:]
        var leftOut: [RuleAndSeverity: Int] = [:]
        for finding in findings {
            let key = RuleAndSeverity(rule: finding.rule, severity: finding.severity)
            if let limit = limitPerRule, printed[key, default: 0] >= limit {
                leftOut[key, default: 0] += 1
                continue
            }
            printed[key, default: 0] += 1
            out +=
                "\(paint(safe(finding.location.description) + ":", "1")) \(label(finding.severity)): [\(safe(finding.rule))] \(safe(finding.message))\n"
            for related in finding.related {
                out += "\(safe(related.location.description)): \(paint("note", "36")): \(safe(related.message))\n"
            }
        }
        for key in leftOut.keys.sorted() {
            let what = key.severity == .error ? "error" : "warning"
            out +=
                "\(label(key.severity)): [\(safe(key.rule))] \(Wording.count(leftOut[key]!, "more \(what)")) not shown"
                + (moreHint.map { "; \($0)" } ?? "") + "\n"
        }
        out += summary(findings) + "\n"
        return out
    }

    func summary(_ findings: [Finding]) -> String {
        let errors = findings.errorCount, warnings = findings.warningCount
        if errors == 0 && warnings == 0 { return "No problems found." }
        return "\(Wording.count(errors, "error")), \(Wording.count(warnings, "warning"))."
    }

    /// `error` in red, `warning` in yellow.
    private func label(_ severity: Severity) -> String {
        severity == .error ? paint("error", "31") : paint("warning", "33")
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Findings are limited by rule and severity, errors first, then by rule id.
private struct RuleAndSeverity: Hashable, Comparable {
    var rule: String
    var severity: Severity

    static func < (a: Self, b: Self) -> Bool {
        (a.severity == .error ? 0 : 1, a.rule) < (b.severity == .error ? 0 : 1, b.rule)
    }
}
