import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `cleave validate` end to end: every format, --strict, the baseline and exit statuses.
struct ValidateCommandTests {
    /// One error (unknown reference, line 6) and one warning (orphan, line 7).
    static let flawed = """
        estate: {name: Example}
        parties: [{id: A, name: Alpha}]
        areas: [{id: ar, name: Area, lead: A}]
        systems:
          - {id: crm, name: CRM, area: ar, users: [A]}
          - {id: web, name: "Web, \\"portal\\"", area: ar, users: [A], dependsOn: [cmr]}
          - {id: old, name: Old, area: ar}

        """
    static let clean =
        "estate: {name: E}\nparties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\nsystems: [{id: s, name: S, area: ar, users: [A]}]\n"

    func run(_ yaml: String, _ arguments: [String]) throws -> (CLIRunner.Result, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", yaml)
        return (try CLIRunner.run(["validate", "inv"] + arguments, in: folder.url), folder)
    }

    @Test func textFormatIsCompilerStyle() throws {
        let (result, _) = try run(Self.flawed, [])
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                inv/estate.yaml:6:74: error: [unknown-reference] dependsOn: no item has the id 'cmr'; did you mean 'crm'?
                inv/estate.yaml:7:5: warning: [orphan] 'old' has no users and nothing depends on it; add users, or retire it from the inventory
                1 error, 1 warning.

                """)
    }

    @Test func cleanInventoryExitsZero() throws {
        let (result, _) = try run(Self.clean, ["--strict"])
        #expect(result.status == 0)
        #expect(result.stdout == "No problems found.\n")
    }

    @Test func warningsAloneExitZeroUnlessStrict() throws {
        let warningOnly = Self.clean + "infrastructure: [{id: spare, name: Spare, area: ar}]\n"
        #expect(try run(warningOnly, []).0.status == 0)
        let (strict, _) = try run(warningOnly, ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("inv/estate.yaml:5:18: error: [orphan]"))
    }

    @Test func jsonFollowsTheSpecification() throws {
        let (result, _) = try run(Self.flawed, ["--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["errors"] as? Int == 1 && object["warnings"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["rule"] as? String == "unknown-reference")
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["file"] as? String == "inv/estate.yaml")
        #expect(findings[0]["line"] as? Int == 6 && findings[0]["column"] as? Int == 74)
        #expect(Array(findings[0].keys).sorted() == ["column", "file", "line", "message", "rule", "severity"])
        // Fields in the order SPEC §5 lists them, and byte-identical on a second run.
        #expect(
            result.stdout.hasPrefix(
                "{\n  \"schemaVersion\": 1,\n  \"errors\": 1,\n  \"warnings\": 1,\n  \"findings\": ["))
        #expect(try run(Self.flawed, ["--format", "json"]).0.stdout == result.stdout)
    }

    @Test func sarifIsVersion210WithRulesAndLocations() throws {
        let (result, _) = try run(Self.flawed, ["--format", "sarif"])
        #expect(result.status == 1)
        let sarif = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count >= 14)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "warning"])
        let first = results[0]
        #expect(first["ruleId"] as? String == "unknown-reference")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "unknown-reference")
        let physical = try #require(
            ((first["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "inv/estate.yaml")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 6)
        #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 74)
    }

    @Test func githubAnnotations() throws {
        let (result, _) = try run(Self.flawed, ["--format", "github"])
        #expect(result.status == 1)
        #expect(
            result.stdout.split(separator: "\n") == [
                "::error file=inv/estate.yaml,line=6,col=74,title=cleave unknown-reference::dependsOn: no item has the id 'cmr'; did you mean 'crm'?",
                "::warning file=inv/estate.yaml,line=7,col=5,title=cleave orphan::'old' has no users and nothing depends on it; add users, or retire it from the inventory",
            ])
    }

    @Test func junitHasATestCasePerRuleAndAFailurePerFinding() throws {
        let (result, _) = try run(Self.flawed, ["--format", "junit"])
        #expect(result.status == 1)
        let document = try XMLDocument(data: result.stdoutData)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count >= 14)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 2)
        let failing = try document.nodes(forXPath: "//testcase[failure]/@name").compactMap(\.stringValue)
        #expect(failing.sorted() == ["orphan", "unknown-reference"])
    }

    @Test func baselineForgivesKnownFindingsEvenAfterLinesMove() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.flawed)
        let written = try CLIRunner.run(["validate", "inv", "--write-baseline", "baseline.json"], in: folder.url)
        #expect(written.status == 0)
        #expect(try folder.read("baseline.json").contains("\"rule\": \"unknown-reference\""))
        #expect(try CLIRunner.run(["validate", "inv", "--baseline", "baseline.json"], in: folder.url).status == 0)
        // Lines move: still known.
        try folder.write("inv/estate.yaml", "# a comment\n\n" + Self.flawed)
        let moved = try CLIRunner.run(["validate", "inv", "--baseline", "baseline.json"], in: folder.url)
        #expect(moved.status == 0, "\(moved.stdout)")
        #expect(moved.stdout == "No problems found.\n")
        // A new finding fails.
        try folder.write(
            "inv/estate.yaml", Self.flawed + "  - {id: api, name: API, area: ar, users: [A], dependsOn: [nope]}\n")
        let new = try CLIRunner.run(["validate", "inv", "--baseline", "baseline.json"], in: folder.url)
        #expect(new.status == 1)
        #expect(new.stdout.contains("no item has the id 'nope'") && !new.stdout.contains("'cmr'"))
    }

    @Test func unreadableBaselineIsAUsageError() throws {
        let (missing, _) = try run(Self.clean, ["--baseline", "nope.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json: error: cannot read the baseline file"))
        let folder = try TemporaryFolder()
        try folder.write("inv/e.yaml", Self.clean)
        try folder.write("b.json", "{\"not\": \"a baseline\"}")
        let bad = try CLIRunner.run(["validate", "inv", "--baseline", "b.json"], in: folder.url)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("not a Cleave baseline"))
    }

    @Test func badUsageExitsTwo() throws {
        let result = try CLIRunner.run(["validate", "--format", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Please provide one of 'text', 'json', 'sarif', 'github' or 'junit'"))
    }

    @Test func helpTeachesWithExamples() throws {
        let result = try CLIRunner.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("cleave validate --format sarif > cleave.sarif"))
        #expect(result.stdout.contains("dependency-cycle"))
    }

    @Test func completionScript() throws {
        let result = try CLIRunner.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_cleave"))
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        // Output to a pipe never carries escape codes, whatever NO_COLOR says.
        let folder = try TemporaryFolder()
        try folder.write("inv/e.yaml", Self.flawed)
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, environment: ["NO_COLOR": ""])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
