import CleaveCore

/// Compiler-style lines: `path:line:col: error: [rule-id] message`, with notes for related
/// places, then a count. Colour only when asked (the CLI asks on a terminal without NO_COLOR).
public struct TextFindingsReporter: FindingsReporter {
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        var out = ""
        for finding in findings {
            let label = finding.severity == .error ? paint("error", "31") : paint("warning", "33")
            out += "\(paint(finding.location.description + ":", "1")) \(label): [\(finding.rule)] \(finding.message)\n"
            for related in finding.related {
                out += "\(related.location): \(paint("note", "36")): \(related.message)\n"
            }
        }
        out += summary(findings) + "\n"
        return out
    }

    func summary(_ findings: [Finding]) -> String {
        let errors = findings.errorCount, warnings = findings.warningCount
        if errors == 0 && warnings == 0 { return "No problems found." }
        return "\(Wording.count(errors, "error")), \(Wording.count(warnings, "warning"))."
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
