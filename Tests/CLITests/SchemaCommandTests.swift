import Foundation
import Testing

/// `cleave schema`: the committed copy is current, every inventory file points at it, and
/// Python's `jsonschema` (installed by `make test` with PyYAML) agrees with it on real and
/// broken files.
struct SchemaCommandTests {
    static let committed = CLIRunner.packageRoot.appendingPathComponent("docs/cleave.schema.json")

    @Test func committedCopyIsCurrent() throws {
        let result = try CLIRunner.run(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(
            result.stdout == committed,
            "docs/cleave.schema.json is stale: run `cleave schema > docs/cleave.schema.json`")
        #expect(try CLIRunner.run(["schema"]).stdout == result.stdout)
    }

    @Test func describesEveryKeyWithBounds() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.committed)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        let sections = try #require(schema["properties"] as? [String: Any])
        #expect(
            Set(sections.keys) == [
                "estate", "parties", "areas", "systems", "infrastructure", "contracts", "data", "teams", "options",
            ])
        let defs = try #require(schema["$defs"] as? [String: [String: Any]])
        func properties(_ name: String) throws -> [String: [String: Any]] {
            let def = try #require(defs[name])
            #expect(def["additionalProperties"] as? Bool == false, "\(name)")
            return try #require(def["properties"] as? [String: [String: Any]])
        }
        let contract = try properties("contract")
        #expect(
            Set(contract.keys) == [
                "id", "name", "area", "lead", "users", "dependsOn", "contracts", "criticality", "annualCost",
                "split", "owner", "notes", "tags", "supplier", "parties", "start", "end", "noticeMonths", "assignable",
            ])
        #expect(
            contract["noticeMonths"]?["type"] as? String == "integer"
                && contract["noticeMonths"]?["minimum"] as? Int == 0)
        #expect(contract["annualCost"]?["minimum"] as? Int == 0)
        #expect((contract["criticality"]?["enum"] as? [String]) == ["low", "medium", "high", "critical"])
        #expect((defs["contract"]?["required"] as? [String]) == ["id", "name", "area", "supplier"])
        for (name, def) in defs where def["properties"] != nil {
            for (key, value) in try properties(name) {
                #expect((value["description"] as? String)?.isEmpty == false, "\(name).\(key) has no description")
            }
        }
        #expect(try properties("split")["months"]?["type"] as? String == "integer")
        #expect(try properties("option")["startDate"]?["$ref"] as? String == "#/$defs/date")
        #expect(defs["date"]?["format"] as? String == "date")
        #expect(defs["id"]?["pattern"] as? String == "^[A-Za-z0-9][A-Za-z0-9._-]*$")
        let rules = try #require(try properties("estate")["rules"]?["properties"] as? [String: Any])
        #expect(rules.count == 16 && rules["orphan"] != nil)
    }

    @Test func everyInventoryFileNamesTheSchemaOnItsFirstLine() throws {
        let root = CLIRunner.packageRoot.appendingPathComponent("Inventory")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String })
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(files.count >= 10)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let depth = file.split(separator: "/").count
            let expected =
                "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + "docs/cleave.schema.json"
            #expect(text.split(separator: "\n", maxSplits: 1).first.map(String.init) == expected, "\(file)")
        }
    }

    // MARK: - Checked by Python's jsonschema

    static let python: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Validates each named YAML text against the committed schema; prints {name: [messages]}.
    static let checker = """
        import json, sys
        try:
            import jsonschema, yaml
        except ImportError as e:
            print("MISSING " + str(e)); sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        out = {}
        for name, text in json.load(sys.stdin).items():
            doc = json.loads(json.dumps(yaml.safe_load(text), default=str))
            out[name] = sorted(e.message for e in v.iter_errors(doc))
        print(json.dumps(out))
        """

    func check(_ files: [String: String]) throws -> [String: [String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = ["-c", Self.checker, Self.committed.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: files))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(
            process.terminationStatus == 0,
            "python3 could not check the schema (\(text.trimmingCharacters(in: .whitespacesAndNewlines))); install the test tools: pip install jsonschema pyyaml (make test does)"
        )
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
    }

    @Test(
        .enabled(
            if: python != nil,
            "python3 is absent, so the schema is not checked with jsonschema; install python3, then pip install jsonschema pyyaml"
        ))
    func acceptsEveryInventoryFile() throws {
        let root = CLIRunner.packageRoot.appendingPathComponent("Inventory")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String })
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        var texts: [String: String] = [:]
        for file in files { texts[file] = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) }
        let verdicts = try check(texts)
        #expect(verdicts.count == files.count)
        for (file, errors) in verdicts { #expect(errors.isEmpty, "\(file): \(errors)") }
    }

    static let header =
        "estate: {name: E, asOf: 2026-01-01}\nparties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\n"

    @Test(
        .enabled(
            if: python != nil,
            "python3 is absent, so the schema is not checked with jsonschema; install python3, then pip install jsonschema pyyaml"
        ))
    func rejectsWhatTheSpecificationForbids() throws {
        let cases: [String: (yaml: String, message: String)] = [
            "unknown key": ("systems: [{id: s, name: S, area: ar, dependson: [x]}]", "'dependson' was unexpected"),
            "unknown section": ("system: []", "'system' was unexpected"),
            "unknown split key": ("systems: [{id: s, name: S, area: ar, split: {cost: 3}}]", "'cost' was unexpected"),
            "bad criticality": ("systems: [{id: s, name: S, area: ar, criticality: severe}]", "'severe' is not one of"),
            "bad strategy": ("systems: [{id: s, name: S, area: ar, split: {strategy: copy}}]", "'copy' is not one of"),
            "bad via": (
                "systems: [{id: s, name: S, area: ar, dependsOn: [{id: t, via: magic}]}]",
                "is not valid under any of the given schemas"
            ),
            "negative cost": (
                "systems: [{id: s, name: S, area: ar, annualCost: -5}]", "-5 is less than the minimum of 0"
            ),
            "negative fte": ("teams: [{id: t, name: T, area: ar, fte: -1}]", "-1 is less than the minimum of 0"),
            "fractional months": (
                "systems: [{id: s, name: S, area: ar, split: {months: 1.5}}]", "1.5 is not of type 'integer'"
            ),
            "bad id": ("parties: [{id: -x, name: X}]", "'-x' does not match"),
            "bad date": ("options: [{id: o, name: O, targetDate: '2026-02-30'}]", "is not a 'date'"),
            "date as words": ("options: [{id: o, name: O, startDate: next May}]", "does not match"),
            "missing name": ("areas: [{id: b, lead: A}]", "'name' is a required property"),
            "bad severity": ("estate: {name: E, rules: {orphan: loud}}", "'loud' is not one of"),
            "unknown rule": ("estate: {name: E, rules: {orphans: off}}", "'orphans' was unexpected"),
            "bad disposition": ("options: [{id: o, name: O, areas: {ar: halved}}]", "'halved' is not one of"),
        ]
        var texts = [
            "good": Self.header
                + "systems: [{id: s, name: S, area: ar, users: {A: 100}, dependsOn: [t, {id: t, via: data, severCost: 5}], split: {strategy: none, months: 2}}]\n"
        ]
        for (name, c) in cases {
            texts[name] = (name.contains("severity") || name.contains("rule") ? "" : Self.header) + c.yaml + "\n"
        }
        let verdicts = try check(texts)
        #expect(verdicts["good"] == [])
        for (name, c) in cases {
            let errors = verdicts[name] ?? []
            #expect(errors.contains { $0.contains(c.message) }, "\(name): \(errors)")
        }
    }
}
