import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ExportArchiCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archi-csv",
        abstract: "Write elements.csv, relations.csv and properties.csv as Archi imports them.",
        discussion: """
            The same mapping as `cleave export archimate`, in the three files of Archi's
            File › Import › CSV Data Into Selected Model. The folder is written as a whole
            (it must be new, empty, or written by Cleave, unless --force).

            Examples:
              cleave export archi-csv --output archi
              cleave import archi-csv archi --output copy
            """)

    @OptionGroup var inventory: InventoryOptions

    @OptionGroup var output: OutputOptions<WrittenFolder>

    func run() throws {
        let folder = InventoryFolder(path: output.path, force: output.force)
        try folder.checkWritable(command: "cleave export archi-csv")
        let estate = try inventory.loadEstate()
        let files = ArchiMateWriter.archiCSV(ArchiMateExport.model(estate)).map {
            InventoryFolder.File($0.name, $0.text)
        }
        try folder.write(files, command: "cleave export archi-csv")
        Console.error("Wrote \(Wording.count(estate.items.count, "item")) as Archi CSV to \(output.path).")
    }
}
