import Foundation
import Testing

/// `cleave case` end to end on the council fixture: the JSON's check sums against `costs`
/// and `options`, the overrides, the comparison, bad values and an option with no Start,
/// and `render --view case:OPTION`.
struct BusinessCaseCommandTests {
    let inventory = CLIRunner.fixtures.appendingPathComponent("Council/Inventory").path

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theCaseAgreesWithCostsAndTheOptionsTable() throws {
        let c = try json(["case", inventory, "--option", "full-split", "--years", "12", "--optimism-bias", "10"])
        #expect(c["option"] as? String == "full-split" && c["years"] as? Double == 12)
        #expect(c["optimismBias"] as? Double == 10 && c["discountRate"] as? Double == 3.5)
        let parties = try #require(c["parties"] as? [[String: Any]])
        let totals = try #require(c["totals"] as? [String: Any])
        // One-off costs, uplifted, sum to the option's; compensation sums to 0.
        let options = try json(["options", inventory, "--option", "full-split"])
        let option = try #require((options["options"] as? [[String: Any]])?.first)
        let oneOff = try #require(option["oneOffCost"] as? Double)
        #expect(abs((totals["oneOff"] as? Double ?? 0) - oneOff * 1.1) < 1e-6)
        #expect(abs(parties.compactMap { $0["compensation"] as? Double }.reduce(0, +)) < 1e-6)
        // Twelve years reach past the last cut-over: the last year nets the recurring change.
        let lastYears = parties.compactMap { ($0["years"] as? [[String: Any]])?.last?["net"] as? Double }
        #expect(abs(lastYears.reduce(0, +) - (option["recurringDelta"] as? Double ?? .nan)) < 1e-6)
        // The options table's NPV (on the estate's appraisal) is the case's on the same terms.
        let plain = try json(["case", inventory, "--option", "full-split"])
        let table = try #require(option["businessCase"] as? [String: Any])
        #expect(table["npv"] as? Double == (plain["totals"] as? [String: Any])?["npv"] as? Double)
    }

    @Test func comparedWithItselfEveryNetIsZero() throws {
        let c = try json(["case", inventory, "--option", "b-leaves", "--compare-with", "b-leaves"])
        #expect(c["comparedWith"] as? String == "b-leaves")
        for party in c["parties"] as? [[String: Any]] ?? [] {
            #expect(party["net"] as? Double == 0 && party["npv"] as? Double == 0)
        }
    }

    @Test func tableMarkdownAndCSVSayWhatEachPartyPays() throws {
        let table = try CLIRunner.run(["case", inventory, "--option", "full-split"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("Business case — option full-split against staying as it is (GBP)"))
        #expect(table.stdout.contains("Per party (compensation: paid less received"))
        let markdown = try CLIRunner.run(["case", inventory, "--option", "full-split", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Business case"))
        let csv = try CLIRunner.run(["case", inventory, "--option", "full-split", "--years", "4", "--format", "csv"])
        let rows = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.first == "party,year,from,baseline,cost,net,cumulativeNet,presentValue")
        // One row per party and year: two parties, four years.
        #expect(rows.count == 1 + 2 * 4)
    }

    @Test(arguments: [
        (["--years", "0"], "--years must be between 1 and 60"),
        (["--years", "61"], "--years must be between 1 and 60"),
        (["--discount-rate", "101"], "--discount-rate must be between 0 and 100"),
        (["--discount-rate=-1"], "--discount-rate must be between 0 and 100"),
        (["--optimism-bias=-5"], "--optimism-bias must be 0 or more"),
        (["--compare-with", "ful-split"], "did you mean 'full-split'"),
    ])
    func badValuesAreRefused(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["case", inventory, "--option", "full-split"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anOptionWithoutAStartIsAClearError() throws {
        let folder = try TemporaryFolder()
        for name in ["estate.yaml", "items.yaml", "options.yaml"] {
            var text = try String(contentsOfFile: "\(inventory)/\(name)", encoding: .utf8)
            if name == "estate.yaml" { text = text.replacingOccurrences(of: "  asOf: 2025-01-01\n", with: "") }
            try folder.write("inv/\(name)", text)
        }
        let result = try CLIRunner.run(["case", "inv", "--option", "full-split"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("has no start") && result.stderr.contains("hint: set startDate"))
    }

    @Test func theChartIsWrittenAsSVGAndMermaid() throws {
        let folder = try TemporaryFolder()
        let svg = try CLIRunner.run(
            ["render", inventory, "--view", "case:full-split", "--output", "case.svg"], in: folder.url)
        #expect(svg.status == 0, "\(svg.stderr)")
        let text = try String(contentsOf: folder.url.appendingPathComponent("case.svg"), encoding: .utf8)
        #expect(text.hasPrefix("<?xml") && text.contains("Business case — Full split (full-split)"))
        let mermaid = try CLIRunner.run(["render", inventory, "--view", "case:full-split", "--format", "mermaid"])
        #expect(mermaid.status == 0 && mermaid.stdout.hasPrefix("xychart-beta\n"))
    }
}
