import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import items from a CSV file, one row per item.",
        discussion: """
            Columns are matched by header ignoring case, spaces, _ and - and a trailing unit
            in parentheses ("Annual Cost (£)" is annualCost); common synonyms work too
            (Ref for ID, Type for Kind, Used By for Users, …: see the README). References
            may give an id or an item's or party's name. Parties and areas come from their
            own files, else are created from the values seen, and the command says so.

            A cell that cannot be read is reported with its place and left out:
              sheet.csv:14: Annual Cost (£): 'n/a' is not a number

            Examples:
              cleave import csv --template > items.csv       # a blank sheet with every header
              cleave import csv items.csv --output Inventory
              cleave import csv items.csv --parties parties.csv -o Inventory
              cleave import csv items.csv --areas areas.csv -o Inventory
            """)

    @Argument(help: ArgumentHelp("The CSV file of items.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("A CSV file of parties (ID, Name, Kind).", valueName: "file"))
    var parties: String?

    @Option(
        help: ArgumentHelp("A CSV file of areas (ID, Name, Lead, Arrangement, In Scope, Notes).", valueName: "file"))
    var areas: String?

    @Flag(help: "Print a blank sheet with the canonical headers, and stop.")
    var template = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The inventory folder to write.", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace the output folder even if Cleave did not write it.")
    var force = false

    func validate() throws {
        if template { return }
        guard file != nil else { throw ValidationError("give the CSV file to import, or --template") }
        guard output != nil else { throw ValidationError("give the folder to write with --output") }
    }

    func run() throws {
        if template {
            let line = ColumnCatalog.templateFields.map(ColumnCatalog.canonicalHeader).joined(separator: ",") + "\r\n"
            // Only a blank template is replaced without --force: a filled-in sheet has the same headers.
            if let output {
                try OutputFile(path: output, force: force, sharedLines: nil).write(line)
            } else {
                Console.out(line)
            }
            return
        }
        guard let file, let output else { return }
        let out = ImportOutputOptions(output: output, force: force)
        try out.folder.checkWritable(command: "cleave import csv")
        let importer = TableImporter(
            estateName: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            itemTables: [try CSVReader.read(path: file)],
            partyTable: try parties.map { path throws(UserError) in try CSVReader.read(path: path) },
            areaTable: try areas.map { path throws(UserError) in try CSVReader.read(path: path) })
        let (estate, notes) = importer.run()
        try out.finish(estate, notes: notes, command: "cleave import csv", source: file)
    }
}

extension ImportOutputOptions {
    init(output: String, force: Bool) {
        self.init()
        self.output = output
        self.force = force
    }
}
