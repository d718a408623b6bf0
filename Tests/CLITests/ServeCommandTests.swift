import CleaveTestSupport
import Foundation
import Testing

@Suite struct ServeCommandTests {
    /// Headless Chromium through Selenium (Tests/Browser/check_workbench.py) against a real
    /// `cleave serve` on a copy of the example estate: a new option that separates NNC and
    /// splits digital shows the one-off cost and blocker count that `cleave options` gives
    /// for the same option written by hand; it is saved and `cleave options` lists it; an
    /// edit on disk reaches the open page, an invalid one shows its findings. Screenshots go
    /// to .build/workbench-browser. Without a browser the test is skipped and says why.
    @Test(
        .enabled(if: Browser.unavailable == nil, Comment(rawValue: Browser.unavailable ?? "")),
        .timeLimit(.minutes(5)))
    func theWorkbenchWorksInABrowser() throws {
        let folder = try TemporaryFolder()
        let inventory = folder.url.appendingPathComponent("Inventory")
        try FileManager.default.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("Inventory"), to: inventory)
        let shots = CLIRunner.packageRoot.appendingPathComponent(".build/workbench-browser")
        try Browser.check(script: "check_workbench.py", [CLIRunner.executable.path, inventory.path, shots.path])
        // What the check saved is an option of the inventory, in Cleave's own file only.
        let saved = try folder.read("Inventory/options.workbench.yaml")
        #expect(saved.contains("id: digital-for-nnc"))
        let hand = try String(contentsOf: inventory.appendingPathComponent("options.yaml"), encoding: .utf8)
        let original = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("Inventory/options.yaml"), encoding: .utf8)
        #expect(hand == original)
    }

    @Test func aHostOtherThanLoopbackNeedsALongEnoughToken() throws {
        let result = try CLIRunner.run(["serve", "Inventory", "--host", "0.0.0.0", "--token", "short"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("token"), "\(result.stderr)")
    }
}
