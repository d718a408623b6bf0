import Foundation
import Testing

/// Bad input of every sort ends in exit status 1 or 2 with a clear message, never a crash
/// and never a hang (the runner kills a run after ten seconds).
struct HostileInputTests {
    static let header = "estate: {name: E}\nparties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\n"

    static func bytes(_ n: Int, seed: UInt64) -> Data {
        var state = seed
        return Data(
            (0..<n).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
    }

    static var billionLaughs: String {
        var text =
            header
            + "systems:\n  - id: s\n    name: S\n    area: ar\n    users: [A]\n    tags: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        text += "  - id: t\n    name: T\n    area: ar\n    users: [A]\n    notes:\n"
        for level in 1...9 {
            text +=
                "      - &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "    dependsOn: *l9\n"
        return text
    }

    static var wideAliases: String {
        var text = header + "systems:\n  - id: hub\n    name: Hub\n    area: ar\n    users: [A]\n    tags: &many ["
        text += (0..<20_000).map { "t\($0)" }.joined(separator: ", ") + "]\n"
        for i in 0..<2_000 { text += "  - {id: s\(i), name: S, area: ar, users: [A], tags: *many}\n" }
        return text
    }

    static let cases: [(name: String, content: Data, status: Int32, message: String)] = [
        ("garbage bytes", bytes(4096, seed: 7), 1, "not UTF-8 text"),
        (
            "invalid UTF-8", Data("estate: {name: caf".utf8) + Data([0xE9, 0x0A]), 1,
            "inventory.yaml:1:19: error: [yaml-syntax] the file is not UTF-8 text: byte 0xE9 at offset 18 is invalid"
        ),
        ("alias bomb", Data(billionLaughs.utf8), 1, "[schema]"),
        ("wide aliases", Data(wideAliases.utf8), 1, "an alias bomb?"),
        (
            "nesting 50,000 deep", Data(("estate: {name: E}\nparties: " + String(repeating: "[", count: 50_000)).utf8),
            1, "nested more than 200 levels deep"
        ),
        (
            "nested block lists",
            Data(("estate: {name: E}\nparties:\n" + String(repeating: "- ", count: 50_000) + "x\n").utf8), 1,
            "nested more than 200 levels deep"
        ),
        (
            "duplicate keys", Data("estate:\n  name: E\n  name: F\n".utf8), 1,
            "3:3: error: [yaml-syntax] duplicate key 'name' in one mapping (first written at line 2)"
        ),
        (
            ".nan cost", Data((header + "systems: [{id: s, name: S, area: ar, users: [A], annualCost: .nan}]\n").utf8),
            1, "annualCost: expected a number ≥ 0, found '.nan'"
        ),
        (
            "1e400 cost",
            Data((header + "systems: [{id: s, name: S, area: ar, users: [A], annualCost: 1e400}]\n").utf8), 1,
            "'1e400' is too large"
        ),
        (
            "2027-02-30", Data((header + "options: [{id: o, name: O, targetDate: 2027-02-30}]\n").utf8), 1,
            "[invalid-dates] targetDate: '2027-02-30' is not a date"
        ),
        (
            "zero-width id", Data((header + "systems: [{id: \"crm\\u200B\", name: S, area: ar, users: [A]}]\n").utf8),
            1, "[invalid-id] id 'crm\\u{200B}' is not valid: U+200B at position 4"
        ),
        ("tab indentation", Data("estate:\n\tname: E\n".utf8), 1, "a tab: YAML indents with spaces only"),
        ("empty file", Data(), 1, "the file is empty"),
        ("NUL bytes", Data("estate: {name: E}\n\0\0".utf8), 1, "NUL byte"),
        ("two documents", Data("estate: {name: E}\n---\nparties: []\n".utf8), 1, "but found another document"),
        ("merge key", Data((header + "systems: [{<<: {id: s}, name: S}]\n").utf8), 1, "merge keys are not supported"),
    ]

    @Test(arguments: cases.indices)
    func hostileFileEndsCleanly(_ index: Int) throws {
        let c = Self.cases[index]
        let folder = try TemporaryFolder()
        try folder.write("inventory.yaml", c.content)
        let result = try CLIRunner.run(["validate", "inventory.yaml"], in: folder.url, timeout: 10)
        #expect(!result.crashed, "\(c.name): crashed")
        #expect(result.status == c.status, "\(c.name): \(result.stdout) \(result.stderr)")
        #expect(
            (result.stdout + result.stderr).contains(c.message),
            "\(c.name): \(result.stdout.prefix(600)) \(result.stderr.prefix(300))")
        // A file that cannot be parsed is not also said to lack an `estate:` section.
        if c.name != "empty file" { #expect(!result.stdout.contains("no `estate:` section"), "\(c.name)") }
        // Short, located messages: never the whole document echoed back.
        #expect(result.stdout.count < 20_000, "\(c.name): \(result.stdout.count) characters of output")
    }

    @Test func missingPath() throws {
        let result = try CLIRunner.run(["validate", "no/such/inventory"], timeout: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/inventory: error: no such file or folder"))
    }

    @Test func emptyFolder() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["validate", folder.path], timeout: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no inventory files (*.yaml, *.yml or *.json) in this folder"))
    }

    @Test func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", "estate: {name: E}\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inv/again", withDestinationPath: folder.path + "/inv")
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("symbolic link loop"), "\(result.stderr)")
    }

    @Test func selfLinkedFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", "estate: {name: E}\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inv/loop.yaml", withDestinationPath: folder.path + "/inv/loop.yaml")
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 10)
        #expect(result.status == 2)
        #expect(result.stderr.contains("leads nowhere (or round in a loop)"), "\(result.stderr)")
    }
}
