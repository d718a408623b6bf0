import Foundation
import Testing

/// `cleave diff` end to end: two paths, the gates, usage errors, and `--git` on a
/// temporary repository.
struct DiffCommandTests {
    static let before = """
        estate: {name: E, asOf: 2026-01-01}
        parties: [{id: A, name: Alpha}, {id: B, name: Beta}]
        areas: [{id: ar, name: Area, lead: A}]
        systems:
          - {id: crm, name: CRM, area: ar, users: [A, B], dependsOn: [db]}
          - {id: web, name: Web, area: ar, users: [A]}
        infrastructure:
          - {id: db, name: Database, area: ar, type: server}
        options:
          - {id: b-leaves, name: B leaves, separate: [B], default: split}

        """
    /// `web` becomes entangled; `db` cannot be split, a new blocker for `b-leaves`.
    static let after =
        before
        .replacingOccurrences(of: "users: [A]}", with: "users: [A, B]}")
        .replacingOccurrences(of: "type: server}", with: "type: server, split: {strategy: none}}")

    static let git: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            if FileManager.default.isExecutableFile(atPath: "\(folder)/git") { return "\(folder)/git" }
        }
        return nil
    }()

    func folders() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("old/e.yaml", Self.before)
        try folder.write("new/e.yaml", Self.after)
        return folder
    }

    @Test func twoPathsAsJSON() throws {
        let folder = try folders()
        let result = try CLIRunner.run(["diff", "old", "new", "--format", "json"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["before"] as? String == "old" && object["after"] as? String == "new")
        let entanglement = try #require(object["entanglement"] as? [String: [String]])
        #expect(entanglement["became"] == ["web"] && entanglement["stopped"] == [])
        let items = try #require(object["items"] as? [String: Any])
        let changed = try #require(items["changed"] as? [[String: Any]])
        #expect(changed.compactMap { $0["id"] as? String } == ["db", "web"])
        let option = try #require((object["options"] as? [[String: Any]])?.first)
        #expect((option["newBlockers"] as? [[String: Any]])?.first?["item"] as? String == "db")
        #expect((option["before"] as? [String: Any])?["blockers"] as? Int == 0)
        #expect((option["after"] as? [String: Any])?["blockers"] as? Int == 1)
    }

    @Test func gatesExitOneOnlyOnWhatTheyWatch() throws {
        let folder = try folders()
        let blockers = try CLIRunner.run(["diff", "old", "new", "--fail-on", "new-blockers"], in: folder.url)
        #expect(blockers.status == 1)
        #expect(blockers.stderr.contains("cleave diff: 1 new blocker."))
        #expect(blockers.stdout.contains("b-leaves  new     unsplittable  db"))
        let entanglement = try CLIRunner.run(["diff", "old", "new", "--fail-on", "new-entanglement"], in: folder.url)
        #expect(entanglement.status == 1 && entanglement.stderr.contains("1 newly entangled item"))
        // The other way round, nothing is new: both gates pass.
        let back = try CLIRunner.run(
            ["diff", "new", "old", "--fail-on", "new-blockers", "--fail-on", "new-entanglement"], in: folder.url)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("web   no longer entangled"))
        let same = try CLIRunner.run(["diff", "old", "old", "--format", "markdown"], in: folder.url)
        #expect(same.stdout == "## Cleave: Inventory changes: old → old\n\nNo changes.\n")
        let csv = try CLIRunner.run(["diff", "old", "old", "--format", "csv"], in: folder.url)
        #expect(csv.status == 0 && csv.stdout.hasPrefix("section,id,kind,field,before,after"))
    }

    @Test func helpTeachesWithExamples() throws {
        let diff = try CLIRunner.run(["diff", "--help"])
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("cleave diff --git origin/main --fail-on new-blockers"))
        // The formats every report has (ReportFormat), CSV included.
        #expect(diff.stdout.contains("table, markdown, csv, json"))
        let schema = try CLIRunner.run(["schema", "--help"])
        #expect(
            schema.status == 0 && schema.stdout.contains("# yaml-language-server: $schema=../docs/cleave.schema.json"))
        let top = try CLIRunner.run(["--help"])
        #expect(top.stdout.contains("diff") && top.stdout.contains("schema"))
    }

    @Test func badUsageAndBrokenInventoriesExitTwo() throws {
        let folder = try folders()
        let one = try CLIRunner.run(["diff", "old"], in: folder.url)
        #expect(one.status == 2 && one.stderr.contains("Give two inventories"))
        let gate = try CLIRunner.run(["diff", "old", "new", "--fail-on", "anything"], in: folder.url)
        #expect(gate.status == 2)
        try folder.write("bad/e.yaml", Self.before + "teams: [{id: t, name: T, area: nowhere}]\n")
        let broken = try CLIRunner.run(["diff", "old", "bad"], in: folder.url)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("the new inventory has errors"))
        #expect(broken.stderr.contains("bad/e.yaml:11:32: error: [unknown-reference]"))
    }

    func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("inv/e.yaml", Self.before)
        try runGit(["init", "-q", "-b", "main"], in: folder)
        try runGit(["-c", "user.name=Test", "-c", "user.email=test@example.com", "add", "."], in: folder)
        try runGit(
            ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "first"], in: folder)
        try folder.write("inv/e.yaml", Self.after)
        return folder
    }

    func runGit(_ arguments: [String], in folder: TemporaryFolder) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.git))
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test(.enabled(if: git != nil, "git is absent, so `diff --git` cannot be run"))
    func gitRevisionAgainstTheWorkingTree() throws {
        let before = Set(
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path))
        let repo = try repository()
        let result = try CLIRunner.run(["diff", "--git", "HEAD", "inv", "--format", "markdown"], in: repo.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("## Cleave: Inventory changes: inv at HEAD → inv (working tree)\n"))
        #expect(result.stdout.contains("| b-leaves | new | unsplittable | db | — |"))
        #expect(result.stdout.contains("| web | now entangled |"))
        // From a subfolder, by another spelling of the path; the same changes.
        let sub = repo.url.appendingPathComponent("inv")
        let fromSub = try CLIRunner.run(
            ["diff", "--git", "main", ".", "--format", "json", "--fail-on", "new-blockers"], in: sub)
        #expect(fromSub.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: fromSub.stdoutData) as? [String: Any])
        #expect((object["entanglement"] as? [String: [String]])?["became"] == ["web"])
        // The temporary copy is gone afterwards.
        let temporary = FileManager.default.temporaryDirectory
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter {
            $0.hasPrefix("cleave-diff-") && !before.contains($0)
                && FileManager.default.fileExists(
                    atPath: temporary.appendingPathComponent("\($0)/tree/inv/e.yaml").path)
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// A link committed into the inventory that points outside it is not followed: it is
    /// removed from the snapshot before reading, and the user is told.
    @Test(.enabled(if: git != nil, "git is absent, so `diff --git` cannot be run"))
    func aLinkOutOfTheRevisionIsNotReadAndIsNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/e.yaml", Self.before)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inv/host.yaml", withDestinationPath: "/etc/hostname")
        try runGit(["init", "-q", "-b", "main"], in: folder)
        try runGit(["-c", "user.name=Test", "-c", "user.email=test@example.com", "add", "."], in: folder)
        try runGit(
            ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "link"], in: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/inv/host.yaml")
        let run = try CLIRunner.run(["diff", "--git", "HEAD", "inv"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "inv: warning: at HEAD, 1 symbolic link pointed outside the revision and was not read: 'inv/host.yaml'"),
            "\(run.stderr)")
    }

    @Test(.enabled(if: git != nil, "git is absent, so `diff --git` cannot be run"))
    func gitErrorsAreClear() throws {
        let repo = try repository()
        let unknown = try CLIRunner.run(["diff", "--git", "no-such-branch", "inv"], in: repo.url)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no-such-branch: error: no such revision"))
        try repo.write("later/e.yaml", Self.before)
        let missing = try CLIRunner.run(["diff", "--git", "HEAD", "later"], in: repo.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("'later' did not exist at HEAD"))
        let outside = try TemporaryFolder()
        try outside.write("inv/e.yaml", Self.before)
        let notRepo = try CLIRunner.run(["diff", "--git", "HEAD", "inv"], in: outside.url)
        #expect(notRepo.status == 2 && notRepo.stderr.contains("not inside a Git repository"))
        let twoPaths = try CLIRunner.run(["diff", "--git", "HEAD", "inv", "other"], in: repo.url)
        #expect(twoPaths.status == 2 && twoPaths.stderr.contains("With --git, give at most one PATH"))
    }
}
