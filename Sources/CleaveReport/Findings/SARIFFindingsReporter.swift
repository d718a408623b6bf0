import CleaveCore

/// SARIF 2.1.0, as code-scanning services take it: one run, the rules in the driver, one
/// result per finding with its physical location and related locations.
public struct SARIFFindingsReporter: FindingsReporter {
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        func location(_ l: SourceLocation, message: String? = nil) -> JSONValue {
            var pairs: [(String, JSONValue)] = [
                ("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(l.file)))])),
                    ("region", .object([("startLine", .int(l.line)), ("startColumn", .int(l.column))])),
                ])),
            ]
            if let message { pairs.append(("message", .object([("text", .string(message))]))) }
            return .object(pairs)
        }
        let results: [JSONValue] = findings.map { f in
            var pairs: [(String, JSONValue)] = [("ruleId", .string(f.rule))]
            if let index = ruleIndex[f.rule] { pairs.append(("ruleIndex", .int(index))) }
            pairs += [
                ("level", .string(f.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(f.message))])),
                ("locations", .array([location(f.location)])),
            ]
            if !f.related.isEmpty {
                pairs.append(("relatedLocations", .array(f.related.enumerated().map { i, r in
                    var value = location(r.location, message: r.message)
                    if case .object(var p) = value { p.insert(("id", .int(i)), at: 0); value = .object(p) }
                    return value
                })))
            }
            return .object(pairs)
        }
        let driver: JSONValue = .object([
            ("name", .string("cleave")),
            ("version", .string(toolVersion)),
            ("informationUri", .string("https://example.org/cleave")),
            ("rules", .array(rules.map { r in
                .object([
                    ("id", .string(r.id)),
                    ("shortDescription", .object([("text", .string(r.summary))])),
                    ("defaultConfiguration", .object([("level", .string(r.defaultSeverity == .error ? "error" : "warning"))])),
                ])
            })),
        ])
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }

    /// A relative URI reference for a path: separators kept, everything unsafe percent-encoded.
    func uri(_ path: String) -> String {
        var out = ""
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
