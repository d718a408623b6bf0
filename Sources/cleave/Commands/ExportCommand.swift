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

extension OutputOptions where Target == ExportedFile {
    /// Writes `text` to the file, written whole over nothing but an earlier export of its kind
    /// (unless forced), or to standard output; `sharedLines` opening lines are the same in
    /// every export of its kind, and tell an earlier export from someone else's file.
    func write(_ text: String, what: String, sharedLines: Int) throws {
        guard let output else {
            Console.out(text)
            return
        }
        try OutputFile(path: output, force: force, sharedLines: sharedLines).write(text)
        Console.error("Wrote \(what) to \(output).")
    }
}
