import Foundation
import Testing

/// `cleave export` end to end, and importing what it wrote.
struct ExportCommandTests {
    @Test func archiMateExportImportsBackAndValidates() throws {
        let folder = try TemporaryFolder()
        let inventory = CLIRunner.packageRoot.appendingPathComponent("Inventory").path
        let export = try CLIRunner.run(["export", "archimate", inventory, "--output", "estate.xml"], in: folder.url)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "Wrote 388 items as ArchiMate to estate.xml.\n")
        let back = try CLIRunner.run(["import", "archimate", "estate.xml", "-o", "copy"], in: folder.url)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(
            back.stderr == """
                Imported 388 items (194 systems, 68 infrastructure, 92 contracts, 19 data, 15 teams), 784 edges, 5 parties, 6 areas and 6 options to copy.
                Skipped nothing.

                """)
        let original = try CLIRunner.run(["entanglement", inventory, "--format", "json"], in: folder.url)
        let copy = try CLIRunner.run(["entanglement", "copy", "--format", "json"], in: folder.url)
        #expect(original.status == 0 && copy.stdout == original.stdout)
        // Options travel as work packages, so every analysis gives the same answer.
        let originalOptions = try CLIRunner.run(["options", inventory, "--format", "json"], in: folder.url)
        let copyOptions = try CLIRunner.run(["options", "copy", "--format", "json"], in: folder.url)
        #expect(originalOptions.status == 0 && copyOptions.stdout == originalOptions.stdout)
    }

    @Test func archiCSVExportImportsBack() throws {
        let folder = try TemporaryFolder()
        let inventory = CLIRunner.packageRoot.appendingPathComponent("Inventory").path
        #expect(try CLIRunner.run(["export", "archi-csv", inventory, "-o", "archi"], in: folder.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("archi/relations.csv").path))
        let back = try CLIRunner.run(["import", "archi-csv", "archi", "-o", "copy"], in: folder.url)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(
            back.stderr.hasPrefix(
                "Imported 388 items (194 systems, 68 infrastructure, 92 contracts, 19 data, 15 teams), 784 edges"))
    }

    @Test func jsonAndGraphMLAreStable() throws {
        let first = try CLIRunner.run(["export", "json"]), second = try CLIRunner.run(["export", "json"])
        #expect(first.status == 0 && first.stdoutData == second.stdoutData)
        #expect(first.stdout.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"estate\": {\n"))
        let graph = try CLIRunner.run(["export", "graphml"])
        #expect(graph.status == 0)
        #expect(graph.stdout.contains("<edge id=\"e1\" source="))
    }

    @Test func refusesAnInventoryWithErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad/estate.yaml", "estate: {name: X}\nsystems: [{id: a, name: A, area: nowhere}]\n")
        let result = try CLIRunner.run(["export", "json", "bad"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: the inventory has errors; fix them first"))
    }
}
