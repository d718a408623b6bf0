import Foundation
import Testing

/// A baseline names files relative to the inventory root, so it matches however the
/// inventory path is spelled, and lines can move.
struct BaselinePathTests {
    /// Two files: an unknown reference in `sys/a.yaml`, an id defined twice across files
    /// (whose message names the other file), and an orphan.
    static let estate = """
        estate: {name: Example}
        parties: [{id: A, name: Alpha}]
        areas: [{id: ar, name: Area, lead: A}]

        """
    static let systems = """
        systems:
          - {id: crm, name: CRM, area: ar, users: [A]}
          - {id: web, name: Web, area: ar, users: [A], dependsOn: [cmr]}
          - {id: old, name: Old, area: ar}
          - {id: ar, name: Clash, area: ar, users: [A]}

        """

    func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.estate)
        try folder.write("inv/sys/a.yaml", Self.systems)
        return folder
    }

    @Test(arguments: ["inv", "./inv", "inv/", "ABSOLUTE"])
    func writtenWithOneSpellingMatchesEveryOther(written: String) throws {
        let folder = try folder()
        let absolute = folder.url.appendingPathComponent("inv").path
        func spelled(_ s: String) -> String { s == "ABSOLUTE" ? absolute : s }
        let write = try CLIRunner.run(["validate", spelled(written), "--write-baseline", "b.json"], in: folder.url)
        #expect(write.status == 0)
        let text = try folder.read("b.json")
        #expect(text.contains("\"file\": \"sys/a.yaml\""))
        #expect(!text.contains("inv/"), "\(text)")
        for reading in ["inv", "./inv", "inv/", "ABSOLUTE", "../\(folder.url.lastPathComponent)/inv"] {
            let result = try CLIRunner.run(["validate", spelled(reading), "--baseline", "b.json"], in: folder.url)
            #expect(result.status == 0, "written as \(written), read as \(reading): \(result.stdout)")
            #expect(result.stdout == "No problems found.\n")
        }
        // From another working folder, with the baseline given by its own path.
        let sub = folder.url.appendingPathComponent("inv/sys")
        let elsewhere = try CLIRunner.run(["validate", "..", "--baseline", "../../b.json"], in: sub)
        #expect(elsewhere.status == 0, "\(elsewhere.stdout)")
    }

    @Test func movedLinesAndANewFindingAcrossSpellings() throws {
        let folder = try folder()
        #expect(try CLIRunner.run(["validate", "inv", "--write-baseline", "b.json"], in: folder.url).status == 0)
        try folder.write("inv/sys/a.yaml", "# moved down\n\n" + Self.systems)
        try folder.write("inv/estate.yaml", "# and here\n" + Self.estate)
        let moved = try CLIRunner.run(["validate", folder.url.path + "/inv", "--baseline", "b.json"], in: folder.url)
        #expect(moved.status == 0, "\(moved.stdout)")
        try folder.write(
            "inv/sys/a.yaml", Self.systems + "  - {id: api, name: API, area: ar, users: [A], dependsOn: [nope]}\n")
        let new = try CLIRunner.run(["validate", "./inv", "--baseline", "b.json"], in: folder.url)
        #expect(new.status == 1)
        #expect(
            new.stdout.contains("./inv/sys/a.yaml:6:") && new.stdout.contains("'nope'") && !new.stdout.contains("'cmr'")
        )
    }

    @Test func aSingleFileInventoryMatchesByFileName() throws {
        let folder = try TemporaryFolder()
        try folder.write("one/e.yaml", Self.estate + Self.systems)
        #expect(
            try CLIRunner.run(["validate", "one/e.yaml", "--write-baseline", "b.json"], in: folder.url).status == 0)
        #expect(try folder.read("b.json").contains("\"file\": \"e.yaml\""))
        #expect(
            try CLIRunner.run(["validate", folder.url.path + "/one/e.yaml", "--baseline", "b.json"], in: folder.url)
                .status == 0)
    }

    @Test func aBaselineWrittenBeforeRelativePathsStillMatches() throws {
        let folder = try folder()
        // As earlier versions wrote it: files as spelled, no "paths" key.
        let written = try CLIRunner.run(["validate", "inv", "--format", "json"], in: folder.url)
        let object = try #require(try JSONSerialization.jsonObject(with: written.stdoutData) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let entries = findings.map { f in
            ["rule": f["rule"] as! String, "file": f["file"] as! String, "message": f["message"] as! String]
        }
        #expect(entries.contains { ($0["message"] ?? "").contains("inv/estate.yaml") })
        let legacy = try JSONSerialization.data(withJSONObject: ["schemaVersion": 1, "findings": entries])
        try folder.write("old.json", legacy)
        for spelling in ["inv", "./inv", folder.url.path + "/inv"] {
            let result = try CLIRunner.run(["validate", spelling, "--baseline", "old.json"], in: folder.url)
            #expect(result.status == 0, "\(spelling): \(result.stdout)")
        }
    }
}
