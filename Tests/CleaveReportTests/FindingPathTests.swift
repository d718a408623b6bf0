import CleaveCore
import CleaveReport
import Testing

/// Paths in baselines (relative to the inventory) and SARIF (relative to the source root).
struct FindingPathTests {
    @Test func inventoryRelativePaths() {
        let folder = InventoryPath(root: "./inv/", isFile: false)
        #expect(folder.relative("./inv/sub/a.yaml") == "sub/a.yaml")
        #expect(folder.relative("elsewhere/a.yaml") == "elsewhere/a.yaml")
        #expect(InventoryPath(root: "/abs/inv", isFile: false).relative("/abs/inv/a.yaml") == "a.yaml")
        #expect(InventoryPath(root: "one/e.yaml", isFile: true).relative("one/e.yaml") == "e.yaml")
        // Places a message names lose the root, but not a longer path that merely contains it.
        let inv = InventoryPath(root: "inv", isFile: false)
        #expect(inv.relativeText("as an area at inv/b.yaml:3:9") == "as an area at b.yaml:3:9")
        #expect(inv.relativeText("see 'inv/b.yaml' and xinv/c.yaml") == "see 'b.yaml' and xinv/c.yaml")
    }

    @Test func legacyBaselinesMatchAcrossSpellings() throws {
        let finding = Finding(
            rule: "duplicate-id", severity: .error, message: "id 'x' is already defined, as an area at inv/b.yaml:3:9",
            location: SourceLocation(file: "inv/a.yaml", line: 3, column: 7))
        let legacy = Baseline(entries: [.init(finding)], legacy: true)
        let moved = Finding(
            rule: "duplicate-id", severity: .error,
            message: "id 'x' is already defined, as an area at /abs/inv/b.yaml:5:9",
            location: SourceLocation(file: "/abs/inv/a.yaml", line: 9, column: 7))
        #expect(legacy.filter([moved], root: InventoryPath(root: "/abs/inv", isFile: false)).known == 1)
        let other = Finding(
            rule: "duplicate-id", severity: .error,
            message: "id 'x' is already defined, as an area at /abs/inv/c.yaml:5:9",
            location: SourceLocation(file: "/abs/inv/a.yaml", line: 9, column: 7))
        #expect(legacy.filter([other], root: InventoryPath(root: "/abs/inv", isFile: false)).known == 0)
    }

    @Test func sarifSourceRoot() {
        let root = SARIFSourceRoot(root: "/repo", workingDirectory: "/repo/data/")
        #expect(root.relative("inv/a.yaml") == "data/inv/a.yaml")
        #expect(root.relative("./inv/../inv/a.yaml") == "data/inv/a.yaml")
        #expect(root.relative("/repo/x.yaml") == "x.yaml")
        #expect(root.relative("/repository/x.yaml") == nil)
        #expect(root.relative("../../elsewhere/x.yaml") == nil)
        #expect(SARIFSourceRoot(root: "/my repo", workingDirectory: "/").uri == "file:///my%20repo/")
    }
}
