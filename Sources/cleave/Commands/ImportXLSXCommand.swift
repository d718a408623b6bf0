import ArgumentParser
import CleaveCore
import CleaveInventory
import Foundation

struct ImportXLSXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: XLSXImporter.name, abstract: XLSXImporter.summary, discussion: XLSXImporter.discussion)

    @Argument(help: ArgumentHelp(XLSXImporter.input.help, valueName: XLSXImporter.input.valueName))
    var file: String

    @Option(
        name: .customLong("sheet"),
        help: ArgumentHelp(
            "A sheet of items (repeat for more; default: every sheet but Parties and Areas).", valueName: "name"))
    var sheets: [String] = []

    @OptionGroup var output: OutputOptions<ImportedFolder>

    func run() throws {
        let flow = ImportFlow(XLSXImporter.self, output: output.path, force: output.force)
        try flow.checkWritable()
        let (estate, notes) = try XLSXImporter.read(path: file, sheets: sheets)
        try flow.finish(estate, notes: notes, source: file).print()
    }
}
