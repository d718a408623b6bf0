import Foundation
import Testing

/// `cleave render --view roadmap:OPTION` end to end: the chart as SVG, PNG and Mermaid,
/// a misspelt option, and an option with no start.
struct RenderRoadmapTests {
    static let inventory = """
        estate: {name: Roadmap estate}
        parties:
          - {id: north, name: North Council}
          - {id: south, name: South Council}
        areas:
          - {id: digital, name: Digital, lead: south}
        systems:
          - {id: crm, name: "CRM <b> & \\"co\\": #1", area: digital, users: [north, south], dependsOn: [{id: dc, via: hosting}], split: {months: 6}}
          - {id: web, name: Website, area: digital, users: [north], dependsOn: [{id: crm, via: integration}]}
        infrastructure:
          - {id: dc, name: Data centre, area: digital, type: datacentre, users: [north, south], split: {months: 4}}
        options:
          - {id: north-out, name: North leaves, separate: [north], default: split, startDate: 2026-04-01, targetDate: 2026-12-31}
          - {id: undated, name: Undated, separate: [north], default: split}

        """

    func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.inventory)
        return folder
    }

    @Test func svgIsWrittenToTheOutputFile() throws {
        let folder = try folder()
        let result = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:north-out", "--output", "roadmap.svg"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: folder.url.appendingPathComponent("roadmap.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<!-- Cleave map -->"))
        #expect(svg.contains(">Roadmap: North leaves (north-out)</text>"))
        #expect(svg.contains("CRM &lt;b&gt; &amp; &quot;co&quot;: #1 (crm)"))
        #expect(svg.contains(">target 2026-12-31</text>"))
        // Written by Cleave, so it may be written again without --force.
        let again = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:north-out", "--output", "roadmap.svg"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func pngIsRenderedThroughGraphviz() throws {
        let folder = try folder()
        let result = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:north-out", "--output", "roadmap.png"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.url.appendingPathComponent("roadmap.png"))
        #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func mermaidPrintsAGanttBlock() throws {
        let folder = try folder()
        let result = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:north-out", "--format", "mermaid"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\ngantt\n  dateFormat YYYY-MM-DD\n"))
        #expect(result.stdout.contains("  section Wave 1\n    Data centre (dc) :crit, w0, 2026-04-01, 2026-08-01\n"))
        #expect(
            result.stdout.contains(
                "    CRM <b> & \"co\"꞉ ＃1 (crm) - late꞉ its work runs past the target :crit, w1, 2026-08-01, 2027-02-01"
            ))
    }

    @Test func aMisspeltOptionGetsASuggestion() throws {
        let folder = try folder()
        let result = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:north-uot", "--format", "mermaid"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: no option has the id 'north-uot'; did you mean 'north-out'?"))
    }

    @Test func anOptionWithNoStartSaysHowToGiveOne() throws {
        let folder = try folder()
        let result = try CLIRunner.run(
            ["render", "inv", "--view", "roadmap:undated", "--output", "undated.svg"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("option 'undated' has no start: set startDate on the option or estate.asOf"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("undated.svg").path))
    }
}
