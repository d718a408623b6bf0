import Foundation
import Testing

/// `validate --format sarif` as code scanning needs it: URIs relative to the repository
/// root under `%SRCROOT%`, the root in `originalUriBaseIds`, and rules that explain themselves.
struct SARIFLocationTests {
    static let flawed = """
        estate: {name: Example}
        parties: [{id: A, name: Alpha}]
        areas: [{id: ar, name: Area, lead: A}]
        systems:
          - {id: crm, name: CRM, area: ar, users: [A]}
          - {id: web, name: Web, area: ar, users: [A], dependsOn: [cmr]}
          - {id: ar, name: Clash, area: ar, users: [A]}

        """

    /// A repository (a `.git` folder) with the inventory in `data/inv`.
    func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try folder.write("data/inv/estate.yaml", Self.flawed)
        return folder
    }

    func sarif(_ arguments: [String], in directory: URL) throws -> [String: Any] {
        let result = try CLIRunner.run(["validate"] + arguments + ["--format", "sarif"], in: directory)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        return try #require((object["runs"] as? [[String: Any]])?.first)
    }

    func artifacts(_ run: [String: Any]) throws -> [[String: String]] {
        let results = try #require(run["results"] as? [[String: Any]])
        var out: [[String: String]] = []
        for result in results {
            var locations = (result["locations"] as? [[String: Any]]) ?? []
            locations += (result["relatedLocations"] as? [[String: Any]]) ?? []
            for location in locations {
                let physical = try #require(location["physicalLocation"] as? [String: Any])
                out.append(try #require(physical["artifactLocation"] as? [String: String]))
            }
        }
        return out
    }

    @Test func locationsAreRelativeToTheRepositoryRootWhateverTheSpelling() throws {
        let repo = try repository()
        let data = repo.url.appendingPathComponent("data")
        let spellings: [([String], URL)] = [
            (["inv"], data), (["./inv/"], data), ([data.path + "/inv"], data),
            (["data/inv"], repo.url), (["../inv"], data.appendingPathComponent("inv/..").appendingPathComponent("inv")),
        ]
        for (arguments, directory) in spellings {
            let run = try sarif(arguments, in: directory)
            let artifacts = try artifacts(run)
            #expect(artifacts.count == 3, "\(arguments)")  // two results and one related place
            for artifact in artifacts {
                #expect(artifact == ["uri": "data/inv/estate.yaml", "uriBaseId": "%SRCROOT%"], "\(arguments)")
            }
            let bases = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
            let root = try #require(bases["%SRCROOT%"]?["uri"] as? String)
            #expect(root == "file://" + repo.url.standardizedFileURL.path + "/")
        }
    }

    @Test func withoutARepositoryTheWorkingFolderIsTheRoot() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.flawed)
        let run = try sarif(["inv"], in: folder.url)
        #expect(try artifacts(run).allSatisfy { $0 == ["uri": "inv/estate.yaml", "uriBaseId": "%SRCROOT%"] })
        // A file outside the root is named absolutely.
        let other = try TemporaryFolder()
        let outside = try sarif([folder.path + "/inv"], in: other.url)
        #expect(
            try artifacts(outside).allSatisfy {
                $0["uri"] == "file://" + folder.url.standardizedFileURL.path + "/inv/estate.yaml"
                    && $0["uriBaseId"] == nil
            })
    }

    @Test func rulesCarryDescriptionsHelpAndNoPlaceholders() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.flawed)
        let result = try CLIRunner.run(["validate", "inv", "--format", "sarif"], in: folder.url)
        #expect(!result.stdout.contains("example.org"))
        #expect(!result.stdout.contains("informationUri"))
        let run = try sarif(["inv"], in: folder.url)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cleave")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // Every rule of `validate --help`'s list: 14 from SPEC §3, default-cost and option-dates.
        #expect(rules.count == 16)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let summary = try #require((rule["shortDescription"] as? [String: String])?["text"])
            #expect(!summary.isEmpty, "\(id)")
            #expect((rule["fullDescription"] as? [String: String])?["text"] == summary)
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["text"]?.hasPrefix(summary) == true, "\(id)")
            #expect(help["text"]?.contains("\(id): off") == true, "\(id)")
            #expect(help["markdown"]?.contains("```yaml") == true, "\(id)")
            #expect(rule["name"] as? String != nil)
            let level = (rule["defaultConfiguration"] as? [String: String])?["level"]
            #expect(level == "error" || level == "warning")
        }
        let unknown = try #require(rules.first { $0["id"] as? String == "unknown-reference" })
        #expect(unknown["name"] as? String == "UnknownReference")
        let help = try #require((unknown["help"] as? [String: String])?["text"])
        #expect(help.contains("Example that triggers it:") && help.contains("no item has the id"))
    }
}
