import Foundation
import Testing

/// `cleave generate` end to end: it writes a valid estate, identical for the same
/// arguments, and never overwrites what it did not write.
struct GenerateCommandTests {
    func tree(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                result[String(url.path.dropFirst(root.path.count))] = data
            }
        }
        return result
    }

    @Test func writesAValidEstateReproducibly() throws {
        let folder = try TemporaryFolder()
        let first = try CLIRunner.run(
            ["generate", "--items", "600", "--parties", "4", "--seed", "3", "-o", "a"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Wrote 600 items for 4 parties"))
        #expect(
            try CLIRunner.run(
                ["generate", "--items", "600", "--parties", "4", "--seed", "3", "--output", "b"], in: folder.url
            ).status == 0)
        let a = try tree(folder.url.appendingPathComponent("a")), b = try tree(folder.url.appendingPathComponent("b"))
        #expect(!a.isEmpty && a == b)
        let validate = try CLIRunner.run(["validate", "a"], in: folder.url)
        #expect(validate.status == 0, "\(validate.stdout)")
        // Running again over its own output replaces it.
        #expect(try CLIRunner.run(["generate", "--items", "50", "-o", "a"], in: folder.url).status == 0)
        #expect(try tree(folder.url.appendingPathComponent("a")) != a)
    }

    @Test func refusesToOverwriteAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine/precious.yaml", "estate: {name: Mine}\n")
        let result = try CLIRunner.run(["generate", "--items", "50", "-o", "mine"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to overwrite"))
        #expect(try folder.read("mine/precious.yaml") == "estate: {name: Mine}\n")
    }

    @Test func outOfRangeArgumentsAreUsageErrors() throws {
        let tooFew = try CLIRunner.run(["generate", "--items", "9", "-o", "/tmp/never"])
        #expect(tooFew.status == 2)
        #expect(tooFew.stderr.contains("--items must be from 10 to 1000000, not 9"))
        let parties = try CLIRunner.run(["generate", "--items", "100", "--parties", "1", "-o", "/tmp/never"])
        #expect(parties.status == 2)
    }
}
