import Foundation
import Testing

/// Same inventory in, same bytes out: every reporting command twice, and again on a copy of
/// the example estate elsewhere whose files were created in the opposite order.
struct DeterminismTests {
    static let commands: [[String]] = [
        ["validate"], ["validate", "--format", "json"], ["entanglement", "--format", "json"],
        ["entanglement", "--top", "10"], ["options"], ["options", "--format", "json"],
        ["blockers", "--option", "nnc-leaves", "--format", "csv"],
        ["plan", "--option", "nnc-leaves", "--format", "json"],
        ["costs", "--option", "nnc-leaves", "--format", "json"],
        ["roadmap", "--option", "nnc-leaves", "--format", "json"],
        ["impact", "erp-gold"], ["render", "--view", "blockers:nnc-leaves", "--format", "dot"],
        ["render", "--view", "roadmap:nnc-leaves", "--format", "svg"],
        ["render", "--view", "roadmap:nnc-leaves", "--format", "mermaid"],
        ["report", "--format", "markdown"],
    ]

    /// A copy of `Inventory/` at a new path, its files written in reverse sorted order.
    static func reversedCopy() throws -> URL {
        let source = CLIRunner.packageRoot.appendingPathComponent("Inventory")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "determinism-\(UUID().uuidString)/Inventory")
        let files = (FileManager.default.enumerator(atPath: source.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().reversed()
        for file in files {
            let target = copy.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: target)
        }
        return copy
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("Inventory").path)))
    func everyCommandGivesTheSameBytesTwiceAndElsewhere() throws {
        let original = CLIRunner.packageRoot.appendingPathComponent("Inventory").path
        let copy = try Self.reversedCopy()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        for command in Self.commands {
            let arguments = [command[0], original] + command.dropFirst()
            let first = try CLIRunner.run(arguments)
            let second = try CLIRunner.run(arguments)
            let elsewhere = try CLIRunner.run([command[0], copy.path] + command.dropFirst())
            #expect(!first.stdout.isEmpty, "\(command)")
            #expect(first.stdout == second.stdout, "\(command) differs between two runs")
            // File paths in messages aside: validation findings name their files.
            #expect(
                first.stdout.replacingOccurrences(of: original, with: "")
                    == elsewhere.stdout.replacingOccurrences(of: copy.path, with: ""),
                "\(command) differs on a copy written in another order")
        }
    }
}
