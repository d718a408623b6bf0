import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the inventory for other tools: ArchiMate, Archi's CSV, GraphML or JSON.",
        discussion: """
            The inventory must have no validation errors. The same inventory always gives
            byte-identical output, and importing an ArchiMate or Archi CSV export gives back
            every id, kind and edge.

            Examples:
              cleave export archimate Inventory --output estate.xml
              cleave export archi-csv Inventory --output archi/
              cleave export graphml --output estate.graphml
              cleave export json > estate.json
            """,
        subcommands: [
            ExportArchiMateCommand.self, ExportArchiCSVCommand.self, ExportGraphMLCommand.self, ExportJSONCommand.self,
        ])
}

/// Where a single-file export goes: a file, written whole, or standard output.
struct ExportFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    func write(_ text: String, what: String) throws {
        guard let output else {
            Console.out(text)
            return
        }
        try AtomicFile.write(text, to: output)
        Console.error("Wrote \(what) to \(output).")
    }
}
