import Foundation
import Testing

/// Graphs/ holds the committed maps of Inventory/: the `.dot` of every view but the
/// per-item focus maps (those, and every SVG, `make demo` renders in place and git
/// ignores). Rendering Inventory/ again must give each committed `.dot` byte for byte, and
/// every view that should be committed must be, so the maps can never go stale unnoticed.
/// Regenerate with `cleave render Inventory --all --output Graphs`, then commit the `.dot`
/// files git does not ignore.
@Suite(
    .enabled(
        if: FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("Inventory").path),
        "Inventory/ is absent, so there are no committed maps to check"))
struct GraphsTests {
    /// The `.dot` files git tracks under Graphs/, by name.
    static func committed() throws -> [String] {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", CLIRunner.packageRoot.path, "ls-files", "--", "Graphs"]
        let pipe = Pipe()
        git.standardOutput = pipe
        try git.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        try #require(git.terminationStatus == 0, "git ls-files failed")
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { String($0.dropFirst("Graphs/".count)) }.filter { !$0.contains("/") && $0.hasSuffix(".dot") }.sorted()
    }

    /// Whether a view's map is committed: every view but an item's focus map.
    static func isCommitted(_ name: String) -> Bool { !name.hasPrefix("focus-") }

    @Test func committedMapsMatchTheInventory() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(
            ["render", "Inventory", "--all", "--format", "dot", "--output", folder.path], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let graphs = CLIRunner.packageRoot.appendingPathComponent("Graphs")
        let fresh = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".dot") && Self.isCommitted($0) }.sorted()
        let committed = try Self.committed()
        let hint = "Graphs/ is stale: run `cleave render Inventory --all --output Graphs` and commit its .dot files"
        #expect(fresh == committed, "\(hint)")
        #expect(committed.count > 10, "too few maps committed: \(committed)")
        for name in fresh where committed.contains(name) {
            let now = try Data(contentsOf: folder.url.appendingPathComponent(name))
            let then = try Data(contentsOf: graphs.appendingPathComponent(name))
            #expect(now == then, "\(name): \(hint)")
        }
    }

    @Test func theReadmesPicturesAreCommitted() throws {
        let readme = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let pictures = readme.components(separatedBy: "](Graphs/").dropFirst().map { $0.prefix { $0 != ")" } }
        #expect(!pictures.isEmpty)
        for picture in pictures {
            let path = CLIRunner.packageRoot.appendingPathComponent("Graphs").appendingPathComponent(String(picture))
            #expect(FileManager.default.fileExists(atPath: path.path), "README.md shows Graphs/\(picture), which is absent")
            #expect(picture.hasPrefix("print/"), "README.md shows Graphs/\(picture), which git ignores")
        }
    }
}
