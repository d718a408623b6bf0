import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet or an architecture model into an inventory folder.",
        discussion: """
            Each importer writes a new inventory folder of readable YAML (estate.yaml,
            items.yaml), says what it could not read and where, and validates the result.

            Examples:
              cleave import csv systems.csv --output Inventory
              cleave import xlsx estate.xlsx --output Inventory
              cleave import archimate model.xml --output Inventory
              cleave import archi-csv exported/ --output Inventory
            """,
        subcommands: [
            ImportCSVCommand.self, ImportXLSXCommand.self, ImportArchiMateCommand.self, ImportArchiCSVCommand.self,
        ])
}

func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) \(n == 1 ? one : many ?? one + "s")"
}

/// The output folder every importer writes.
struct ImportOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The inventory folder to write.", valueName: "dir"))
    var output: String

    @Flag(help: "Replace the output folder even if Cleave did not write it.")
    var force = false

    var folder: InventoryFolder { InventoryFolder(path: output, force: force) }

    /// Writes the estate, prints what the import had to say and validates what it wrote.
    /// - Throws: `ExitCode(1)` when the written inventory has validation errors.
    func finish(_ estate: Estate, notes: ImportNotes, command: String, source: String, extra: [String] = []) throws {
        let header =
            "Imported by \(command) from \(URL(fileURLWithPath: source).lastPathComponent).\n"
            + "Cleave replaces this folder whole when it imports again; edit a copy."
        try folder.write(InventoryWriter(header: header).files(for: estate), command: command)
        for problem in notes.problems { Console.error(problem) }
        for note in notes.notes { Console.error("note: " + note) }
        let kinds = ItemKind.allCases.compactMap { kind -> String? in
            let n = estate.items.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind == .data ? "data" : n == 1 ? kind.rawValue : kind.section)"
        }
        let edges = estate.items.reduce(0) { $0 + $1.dependsOn.count + $1.contracts.count }
        Console.error(
            "Imported \(plural(estate.items.count, "item")) (\(kinds.isEmpty ? "none" : kinds.joined(separator: ", "))), "
                + "\(plural(edges, "edge")), \(plural(estate.parties.count, "party", "parties"))"
                + (estate.options.isEmpty
                    ? " and \(plural(estate.areas.count, "area"))"
                    : ", \(plural(estate.areas.count, "area")) and \(plural(estate.options.count, "option"))")
                + " to \(output)"
                + (notes.problems.isEmpty
                    ? "." : "; \(plural(notes.problems.count, "value")) could not be read as given (above)."))
        for line in extra { Console.error(line) }
        let loaded = try InventoryLoader.load(path: output)
        let findings = Validator.validate(loaded)
        if !findings.isEmpty {
            Console.error(TextFindingsReporter(colour: Console.colourOnStandardError).report(findings, rules: []))
        }
        if findings.contains(where: { $0.severity == .error }) {
            Console.error(
                "The imported inventory has errors (above); fix the source and import again, or edit \(output).")
            throw ExitCode(1)
        }
    }
}
