import CleaveCore

/// Compiler-style lines: `path:line:col: error: [rule-id] message`, with notes for related
/// places, then a count. Colour only when asked (the CLI asks on a terminal without NO_COLOR).
public struct TextFindingsReporter: FindingsReporter {
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        var out = ""
        // Paths and messages quote inventory text: control characters in them are shown
        // escaped (`TerminalText`), and a line break cannot start a line that looks like
        // another finding.
        func safe(_ s: String) -> String { TerminalText.escaped(s, newlines: false) }
        for finding in findings {
            let label = finding.severity == .error ? paint("error", "31") : paint("warning", "33")
            out +=
                "\(paint(safe(finding.location.description) + ":", "1")) \(label): [\(safe(finding.rule))] \(safe(finding.message))\n"
            for related in finding.related {
                out += "\(safe(related.location.description)): \(paint("note", "36")): \(safe(related.message))\n"
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
