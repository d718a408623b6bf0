import CleaveCore

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, which
/// show as annotations on the changed lines of a pull request.
public struct GitHubFindingsReporter: FindingsReporter {
    public init() {}

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        findings.map { f in
            let command = f.severity == .error ? "error" : "warning"
            let properties = [
                "file=" + property(f.location.file),
                "line=\(f.location.line)",
                "col=\(f.location.column)",
                "title=" + property("cleave " + f.rule),
            ].joined(separator: ",")
            return "::\(command) \(properties)::\(data(f.message))\n"
        }.joined()
    }

    /// Escaping for the message part of a workflow command.
    func data(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escaping for a property value: also `:` and `,`, which delimit properties.
    func property(_ s: String) -> String {
        data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every `target` replaced, compared scalar by scalar: a CR before an LF is one
    /// `Character` ("\r\n") and would slip past a comparison of characters.
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
