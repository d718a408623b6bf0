import Foundation
import Testing

/// `cleave costs` and `cleave roadmap` end to end on the council fixture.
struct CostsRoadmapCommandTests {
    let inventory = CLIRunner.fixtures.appendingPathComponent("Council/Inventory").path

    @Test func costsBalanceToTheOptionsExtraRecurringCost() throws {
        let result = try CLIRunner.run(["costs", inventory, "--option", "full-split", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let change = (json["parties"] as? [[String: Any]] ?? []).compactMap { $0["change"] as? Double }.reduce(0, +)
        let options = try CLIRunner.run(["options", inventory, "--option", "full-split", "--format", "json"])
        let option = try #require(
            ((JSONSerialization.jsonObject(with: Data(options.stdout.utf8)) as? [String: Any])?["options"]
                as? [[String: Any]])?.first)
        #expect(abs(change - (option["recurringDelta"] as? Double ?? -1)) < 1e-6)
        #expect(json["option"] as? String == "full-split" && json["currency"] as? String == "GBP")
        // The staff the option affects: its FTE matches the options table's.
        let staffing = try #require(json["staffing"] as? [String: Any])
        #expect(staffing["fteAffected"] as? Double == option["fteAffected"] as? Double)
    }

    @Test func bothTablesListTheTeamsMovedWithTheirEmployers() throws {
        for command in ["costs", "roadmap"] {
            let result = try CLIRunner.run([command, inventory, "--option", "b-leaves"])
            #expect(result.status == 0)
            // payroll-team, employed by A, moves to B: its 2.5 FTE transfer (TUPE).
            #expect(result.stdout.contains("Staff: 1 team duplicated or moved, 2.5 FTE"), "\(command)")
            #expect(result.stdout.contains("B: transfers to B"), "\(command)")
        }
    }

    @Test func roadmapWithoutAStartIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["estate.yaml", "items.yaml", "options.yaml"] {
            var text = try String(contentsOfFile: "\(inventory)/\(name)", encoding: .utf8)
            if name == "estate.yaml" { text = text.replacingOccurrences(of: "  asOf: 2025-01-01\n", with: "") }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try CLIRunner.run(["roadmap", folder.path, "--option", "full-split"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("has no start") && result.stderr.contains("hint: set startDate"))
    }

    @Test func roadmapTargetDateOverridesTheOptions() throws {
        let late = try CLIRunner.run(["roadmap", inventory, "--option", "full-split", "--format", "json"])
        let early = try CLIRunner.run([
            "roadmap", inventory, "--option", "full-split", "--target-date", "2030-01-01",
            "--format", "json",
        ])
        func lateCount(_ text: String) throws -> Int {
            let json = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return (json["items"] as? [[String: Any]] ?? []).filter { $0["late"] as? Bool == true }.count
        }
        #expect(try lateCount(late.stdout) > 0)
        #expect(try lateCount(early.stdout) == 0)
    }
}
