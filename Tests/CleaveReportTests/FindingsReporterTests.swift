import CleaveCore
import CleaveReport
import Foundation
import Testing

/// The validation formats escape what would break them, and the baseline matches by rule,
/// file and message.
struct FindingsReporterTests {
    static func finding(
        _ message: String, rule: String = "schema", file: String = "inv/a.yaml", line: Int = 3,
        severity: Severity = .error
    ) -> Finding {
        Finding(
            rule: rule, severity: severity, message: message,
            location: SourceLocation(file: file, line: line, column: 7))
    }

    @Test func githubEscapesDelimiters() {
        let out = GitHubFindingsReporter().report(
            [Self.finding("100% sure: a, b\nc", file: "in,v/a:b.yaml")], rules: [])
        #expect(out == "::error file=in%2Cv/a%3Ab.yaml,line=3,col=7,title=cleave schema::100%25 sure: a, b%0Ac\n")
    }

    @Test func junitEscapesMarkupAndControlCharacters() throws {
        let out = JUnitFindingsReporter().report(
            [Self.finding("<b> & \"q\" \u{1}")],
            rules: [RuleDescription(id: "schema", summary: "Schema.", defaultSeverity: .error)])
        #expect(out.contains("message=\"&lt;b&gt; &amp; &quot;q&quot; \u{FFFD}\""))
        #expect(out.contains("tests=\"1\" failures=\"1\""))
    }

    @Test func textListsRelatedPlacesAsNotes() {
        var f = Self.finding("id 'x' is already defined", rule: "duplicate-id")
        f.related = [.init(SourceLocation(file: "inv/b.yaml", line: 1, column: 5), "first defined here")]
        let out = TextFindingsReporter().report(
            [f, Self.finding("lonely", rule: "orphan", severity: .warning)], rules: [])
        #expect(
            out == """
                inv/a.yaml:3:7: error: [duplicate-id] id 'x' is already defined
                inv/b.yaml:1:5: note: first defined here
                inv/a.yaml:3:7: warning: [orphan] lonely
                1 error, 1 warning.

                """)
        #expect(TextFindingsReporter(colour: true).report([f], rules: []).contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test("Text shows at most the limit of each rule, then how many more and where to see them")
    func textLimitsEachRule() {
        let orphans = (1...25).map { Self.finding("item o\($0) is used by nobody", rule: "orphan", severity: .warning) }
        let errors = (1...3).map { Self.finding("bad \($0)", rule: "schema") }
        let reporter = TextFindingsReporter(limitPerRule: 2, moreHint: "`cleave validate inv` lists them all")
        let lines = reporter.report(orphans + errors, rules: []).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("[orphan] item") }.count == 2)
        #expect(lines.filter { $0.contains("[schema] bad") }.count == 2)
        #expect(
            lines.suffix(3) == [
                "error: [schema] 1 more error not shown; `cleave validate inv` lists them all",
                "warning: [orphan] 23 more warnings not shown; `cleave validate inv` lists them all",
                "3 errors, 25 warnings.",
            ])
        // Without a limit every finding is printed, and no count of the rest.
        let all = TextFindingsReporter().report(orphans + errors, rules: [])
        #expect(all.split(separator: "\n").count == 29)
        #expect(!all.contains("not shown"))
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let out = SARIFFindingsReporter(toolVersion: "1").report(
            [Self.finding("m", file: "./inv/my file#1.yaml")], rules: [])
        #expect(out.contains("\"uri\": \"inv/my%20file%231.yaml\""))
    }

    @Test func baselineMatchesByRuleFileAndMessageOncePerEntry() throws {
        let known = Self.finding("known", line: 3)
        let baseline = Baseline(findings: [known])
        let moved = Self.finding("known", line: 40)
        let (new, count) = baseline.filter([moved, Self.finding("known", line: 41), Self.finding("other")])
        #expect(count == 1)
        #expect(new.map(\.message) == ["known", "other"])
        // Places named inside a message move with the lines too.
        let duplicate = Baseline(findings: [
            Self.finding("id 'x' is already defined, as an area at 3:9", rule: "duplicate-id")
        ])
        #expect(
            duplicate.filter([
                Self.finding("id 'x' is already defined, as an area at 5:9", rule: "duplicate-id", line: 7)
            ]).known == 1)
        #expect(
            duplicate.filter([Self.finding("id 'y' is already defined, as an area at 5:9", rule: "duplicate-id")]).known
                == 0)
        let key = Baseline(findings: [
            Self.finding("duplicate key 'name' in one mapping (first written at line 2)", rule: "yaml-syntax")
        ])
        #expect(
            key.filter([
                Self.finding("duplicate key 'name' in one mapping (first written at line 12)", rule: "yaml-syntax")
            ]).known == 1)
        #expect(
            key.filter([
                Self.finding("duplicate key 'id' in one mapping (first written at line 12)", rule: "yaml-syntax")
            ]).known == 0)
        // It survives a round trip through its file.
        let reread = try Baseline.parse(Data(baseline.json().utf8))
        #expect(reread.entries == baseline.entries)
        #expect(throws: BaselineError.self) {
            try Baseline.parse(Data("{\"schemaVersion\": 2, \"findings\": []}".utf8))
        }
    }
}
