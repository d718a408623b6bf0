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

    /// XML text and attribute escaping (see `Markup.xml`).
    func escape(_ s: String) -> String { Markup.xml(s) }
}
