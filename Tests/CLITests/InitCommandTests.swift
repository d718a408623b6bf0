import Foundation
import Testing

/// `cleave init` end to end: a starter that validates strictly, and no overwriting.
struct InitCommandTests {
    @Test func writesAStarterThatValidatesStrictly() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["init", "starter"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "Wrote a starter inventory to starter. Next: cleave validate starter --strict\n")
        let validate = try CLIRunner.run(["validate", "starter", "--strict"], in: folder.url)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout == "No problems found.\n")
        #expect(try folder.read("starter/items.yaml").contains("# Items: systems, infrastructure"))
        // Again over its own folder: replaced.
        #expect(try CLIRunner.run(["init", "starter"], in: folder.url).status == 0)
    }

    @Test func theNextCommandItSuggestsRunsAsWrittenForAFolderWithASpace() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["init", "my estate"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == "Wrote a starter inventory to my estate. Next: cleave validate 'my estate' --strict\n")
        // The suggestion, pasted into a shell, validates the folder just written.
        let suggested = try #require(result.stderr.components(separatedBy: "Next: cleave ").last)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "exec \"$CLEAVE\" \(suggested.dropLast())"]
        shell.environment = ["CLEAVE": CLIRunner.executable.path, "NO_COLOR": "1"]
        shell.currentDirectoryURL = folder.url
        let out = Pipe()
        shell.standardOutput = out
        try shell.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(printed == "No problems found.\n")
    }

    @Test func refusesANonEmptyFolderItDidNotWriteUnlessForced() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine/precious.yaml", "estate: {name: Mine}\n")
        let refused = try CLIRunner.run(["init", "mine"], in: folder.url)
        #expect(refused.status == 2)
        #expect(
            refused.stderr == """
                mine: error: is not empty and Cleave did not write it; refusing to overwrite it
                  hint: choose a new folder, or add --force to replace it whole

                """)
        #expect(try folder.read("mine/precious.yaml") == "estate: {name: Mine}\n")
        #expect(try CLIRunner.run(["init", "mine", "--force"], in: folder.url).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("mine/precious.yaml").path))
    }
}
