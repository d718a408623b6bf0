import CleaveCore

/// JUnit XML for CI test dashboards: one test case per rule, one failure per finding.
public struct JUnitFindingsReporter: FindingsReporter {
    public init() {}

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        var ids = rules.map(\.id)
        for f in findings where !ids.contains(f.rule) { ids.append(f.rule) }
        let byRule = Dictionary(grouping: findings, by: \.rule)
        let failing = ids.filter { byRule[$0] != nil }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"cleave validate\" tests=\"\(ids.count)\" failures=\"\(failing)\">\n"
        out +=
            "  <testsuite name=\"cleave validate\" tests=\"\(ids.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
        for id in ids {
            let summary = rules.first { $0.id == id }?.summary ?? ""
            let cases = byRule[id] ?? []
            let name = escape(id)
            if cases.isEmpty {
                out += "    <testcase classname=\"cleave.validate\" name=\"\(name)\"/>\n"
                continue
            }
            out += "    <testcase classname=\"cleave.validate\" name=\"\(name)\">\n"
            for f in cases {
                out += "      <failure type=\"\(f.severity.rawValue)\" message=\"\(escape(f.message))\">"
                out += escape("\(f.location): \(f.message)\(summary.isEmpty ? "" : "\nrule: \(summary)")")
                out += "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD.
    func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += "&#\(scalar.value);"
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xD800...0xDFFF).contains(v) && v != 0xFFFE && v != 0xFFFF
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
