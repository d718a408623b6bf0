import ArgumentParser
import CleaveCore
import CleaveInventory
import Foundation

struct ImportArchiCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archi-csv",
        abstract: "Import a model from the CSV files Archi exports (elements, relations, properties).",
        discussion: """
            Reads elements.csv, relations.csv and properties.csv (with any file prefix) from
            the folder, then maps the model as `cleave import archimate` does.

            Examples:
              cleave import archi-csv exported --output Inventory
            """)

    @Argument(help: ArgumentHelp("The folder of Archi's CSV files.", valueName: "dir"))
    var folder: String

    @OptionGroup var output: ImportOutputOptions

    func run() throws {
        try output.folder.checkWritable(command: "cleave import archi-csv")
        let model = try ArchiCSVReader.read(folder: folder)
        let (estate, notes, counts) = ArchiMateImporter(model: model, source: "elements.csv").run()
        try output.finish(
            estate, notes: notes, command: "cleave import archi-csv", source: folder,
            extra: [ImportArchiMateCommand.skippedLine(counts)])
    }
}
