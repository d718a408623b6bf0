import ArgumentParser
import CleaveCore
import CleaveInventory
import Foundation

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CSVImporter.name, abstract: CSVImporter.summary, discussion: CSVImporter.discussion)

    @Argument(help: ArgumentHelp(CSVImporter.input.help, valueName: CSVImporter.input.valueName))
    var file: String?

    @Option(help: ArgumentHelp("A CSV file of parties (ID, Name, Kind).", valueName: "file"))
    var parties: String?

    @Option(
        help: ArgumentHelp("A CSV file of areas (ID, Name, Lead, Arrangement, In Scope, Notes).", valueName: "file"))
    var areas: String?

    @Flag(help: "Print a blank sheet with the canonical headers, and stop.")
    var template = false

    @OptionGroup var output: OutputOptions<ImportedFolderOrTemplate>

    func validate() throws {
        if template { return }
        guard file != nil else { throw ValidationError("give the CSV file to import, or --template") }
        guard output.output != nil else { throw ValidationError("give the folder to write with --output") }
    }

    func run() throws {
        if template {
            // Only a blank template is replaced without --force: a filled-in sheet has the same headers.
            if let path = output.output {
                try OutputFile(path: path, force: output.force, sharedLines: nil).write(CSVImporter.template)
            } else {
                Console.out(CSVImporter.template)
            }
            return
        }
        guard let file else { return }
        let flow = ImportFlow(CSVImporter.self, output: output.path, force: output.force)
        try flow.checkWritable()
        let (estate, notes) = try CSVImporter.read(items: file, parties: parties, areas: areas)
        try flow.finish(estate, notes: notes, source: file).print()
    }
}
