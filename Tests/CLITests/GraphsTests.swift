import Foundation
import Testing

/// Graphs/ holds the maps of Inventory/. Rendering Inventory/ again must give the
/// committed `.dot` files byte for byte (SVG is not compared: it varies with Graphviz and
/// fonts), so the maps can never go stale unnoticed. Regenerate with
/// `cleave render Inventory --all --output Graphs`.
@Suite(
    .enabled(
        if: FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("Inventory").path),
        "Inventory/ is absent, so there are no committed maps to check"))
struct GraphsTests {
    @Test func committedMapsMatchTheInventory() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(
            ["render", "Inventory", "--all", "--format", "dot", "--output", folder.path], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let graphs = CLIRunner.packageRoot.appendingPathComponent("Graphs")
        let fresh = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dot") }
            .sorted()
        let committed = ((try? FileManager.default.contentsOfDirectory(atPath: graphs.path)) ?? [])
            .filter { $0.hasSuffix(".dot") }.sorted()
        let hint = "Graphs/ is stale: run `cleave render Inventory --all --output Graphs` and commit the result"
        #expect(fresh == committed, "\(hint)")
        for name in fresh where committed.contains(name) {
            let now = try Data(contentsOf: folder.url.appendingPathComponent(name))
            let then = try Data(contentsOf: graphs.appendingPathComponent(name))
            #expect(now == then, "\(name): \(hint)")
        }
        for name in committed {
            let svg = graphs.appendingPathComponent(name.replacingOccurrences(of: ".dot", with: ".svg"))
            #expect(FileManager.default.fileExists(atPath: svg.path), "\(name) has no .svg: \(hint)")
        }
    }
}
