import CleaveCore

/// SARIF 2.1.0, as code-scanning services take it: one run, the rules in the driver with
/// their descriptions and help, one result per finding with its physical location and
/// related locations.
///
/// With a `sourceRoot`, locations are URIs relative to it under `uriBaseId: "%SRCROOT%"`,
/// and the run's `originalUriBaseIds` says where that was, so a service places each
/// result on the file in the repository whatever folder `cleave` ran in. A file outside the
/// root gets an absolute `file:` URI. Without one, paths are used as they are, relative.
public struct SARIFFindingsReporter: FindingsReporter {
    public var toolVersion: String
    public var sourceRoot: SARIFSourceRoot?

    public init(toolVersion: String, sourceRoot: SARIFSourceRoot? = nil) {
        self.toolVersion = toolVersion
        self.sourceRoot = sourceRoot
    }

    public func report(_ findings: [Finding], rules: [RuleDescription]) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        func location(_ l: SourceLocation, message: String? = nil) -> JSONValue {
            var pairs: [(String, JSONValue)] = [
                (
                    "physicalLocation",
                    .object([
                        ("artifactLocation", artifactLocation(l.file)),
                        ("region", .object([("startLine", .int(l.line)), ("startColumn", .int(l.column))])),
                    ])
                )
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
                pairs.append(
                    (
                        "relatedLocations",
                        .array(
                            f.related.enumerated().map { i, r in
                                var value = location(r.location, message: r.message)
                                if case .object(var p) = value {
                                    p.insert(("id", .int(i)), at: 0)
                                    value = .object(p)
                                }
                                return value
                            })
                    ))
            }
            return .object(pairs)
        }
        let driver: JSONValue = .object([
            ("name", .string("cleave")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
            ("rules", .array(rules.map(rule))),
        ])
        var run: [(String, JSONValue)] = [("tool", .object([("driver", driver)]))]
        if let sourceRoot {
            run.append(
                (
                    "originalUriBaseIds",
                    .object([
                        (
                            SARIFSourceRoot.baseID,
                            .object([
                                ("uri", .string(sourceRoot.uri)),
                                (
                                    "description",
                                    .object([
                                        (
                                            "text",
                                            .string(
                                                "The folder the inventory paths are relative to: the repository root.")
                                        )
                                    ])
                                ),
                            ])
                        )
                    ])
                ))
        }
        run.append(("results", .array(results)))
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).rendered()
    }

    /// `{uri, uriBaseId}` relative to the source root, or an absolute URI outside it.
    func artifactLocation(_ file: String) -> JSONValue {
        guard let sourceRoot else {
            let trimmed = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
            if trimmed.hasPrefix("/") { return .object([("uri", .string("file://" + uri(trimmed)))]) }
            return .object([("uri", .string(uri(trimmed))), ("uriBaseId", .string(SARIFSourceRoot.baseID))])
        }
        guard let relative = sourceRoot.relative(file) else {
            return .object([
                (
                    "uri",
                    .string(
                        "file://"
                            + uri(
                                SARIFSourceRoot.normalized(
                                    file.hasPrefix("/") ? file : sourceRoot.workingDirectory + "/" + file)))
                )
            ])
        }
        return .object([("uri", .string(uri(relative))), ("uriBaseId", .string(SARIFSourceRoot.baseID))])
    }

    /// A rule as `reportingDescriptor`: what it checks, why, and an example, in text and
    /// Markdown, so a code-scanning alert explains itself.
    func rule(_ r: RuleDescription) -> JSONValue {
        let level = r.defaultSeverity == .error ? "error" : "warning"
        var text =
            "\(r.summary)\n\nDefault severity: \(level). Change it under `estate.rules` in the inventory, e.g. `\(r.id): off`."
        var markdown =
            "**\(r.summary)**\n\nDefault severity: `\(level)`. Change it under `estate.rules` in the inventory:\n\n```yaml\nestate:\n  rules:\n    \(r.id): off\n```"
        for example in r.examples {
            text += "\n\nExample that triggers it:\n\(example.yaml)"
            markdown +=
                "\n\nExample that triggers it:\n\n```yaml\n\(example.yaml.hasSuffix("\n") ? example.yaml : example.yaml + "\n")```"
            if !example.findings.isEmpty {
                text +=
                    "\nFindings (line:column: message):\n" + example.findings.map { "  " + $0 }.joined(separator: "\n")
                markdown += "\n\nFindings:\n\n" + example.findings.map { "- `\($0)`" }.joined(separator: "\n")
            }
        }
        return .object([
            ("id", .string(r.id)),
            ("name", .string(SARIFFindingsReporter.ruleName(r.id))),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.summary))])),
            ("help", .object([("text", .string(text)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
            (
                "properties",
                .object([
                    ("tags", .array([.string("cleave"), .string("inventory")])),
                    ("problem.severity", .string(level)),
                ])
            ),
        ])
    }

    /// `unknown-reference` → `UnknownReference`, SARIF's readable rule name.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI reference for a path: separators kept, everything unsafe percent-encoded.
    func uri(_ path: String) -> String {
        SARIFFindingsReporter.percentEncoded(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
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
