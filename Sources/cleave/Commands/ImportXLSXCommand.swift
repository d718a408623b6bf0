import ArgumentParser
import CleaveCore
import CleaveInventory
import Foundation

struct ImportXLSXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Import items from an Excel workbook (.xlsx), one row per item.",
        discussion: """
            Columns are matched as for `cleave import csv`. A sheet named Parties or Areas
            gives the parties or areas; every other sheet (or only those named with --sheet)
            gives items. A sheet named after a kind (Systems, Contracts, …) gives items of
            that kind where there is no Kind column. Dates may be real spreadsheet dates.

            A cell that cannot be read is reported with its sheet and row:
              estate.xlsx:Systems:14: Annual Cost (£): 'n/a' is not a number

            Examples:
              cleave import xlsx estate.xlsx --output Inventory
              cleave import xlsx estate.xlsx --sheet Systems --sheet Contracts -o Inventory
            """)

    @Argument(help: ArgumentHelp("The workbook.", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("sheet"),
        help: ArgumentHelp(
            "A sheet of items (repeat for more; default: every sheet but Parties and Areas).", valueName: "name"))
    var sheets: [String] = []

    @OptionGroup var output: ImportOutputOptions

    func run() throws {
        try output.folder.checkWritable(command: "cleave import xlsx")
        let tables = try XLSXReader.read(path: file)
        func named(_ name: String) -> ImportTable? {
            tables.first { $0.sheet?.lowercased() == name.lowercased() && !$0.header.isEmpty }
        }
        var items: [ImportTable] = []
        if sheets.isEmpty {
            items = tables.filter {
                !["parties", "areas"].contains($0.sheet?.lowercased() ?? "") && !$0.header.isEmpty
            }
        } else {
            for sheet in sheets {
                guard let table = tables.first(where: { $0.sheet == sheet }) ?? named(sheet) else {
                    throw UserError(
                        "the workbook has no sheet '\(sheet)'", place: file,
                        notes: ["its sheets: " + tables.compactMap(\.sheet).joined(separator: ", ")])
                }
                items.append(table)
            }
        }
        guard !items.isEmpty else {
            throw UserError(
                "the workbook has no sheet of items", place: file, hint: "put one row per item under a header row")
        }
        let importer = TableImporter(
            estateName: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            itemTables: items, partyTable: named("parties"), areaTable: named("areas"))
        let (estate, notes) = importer.run()
        try output.finish(estate, notes: notes, command: "cleave import xlsx", source: file)
    }
}
