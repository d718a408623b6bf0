import ArgumentParser
import CleaveCore
import CleaveInventory
import Foundation

struct ImportArchiMateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archimate",
        abstract: "Import an ArchiMate model from The Open Group exchange format (XML).",
        discussion: """
            Reads ArchiMate 3.x exchange files (and the 2.1 namespace and type names).
            Application components, nodes, devices, system software, networks, technology
            services, data objects, artifacts and contracts become items; Serving,
            Realization, Assignment, Flow, Access and Triggering become dependsOn, as "what
            an item needs to work" ("A serves B": B depends on A). Properties named like
            inventory keys (Annual Cost, Criticality, Supplier, …) fill those keys. Business
            actors related to an item become its users; groupings and locations become
            areas. What is skipped is counted by type. The README has the full mapping.

            Examples:
              cleave import archimate model.xml --output Inventory
              cleave import archimate model.xml -o Inventory --force
            """)

    @Argument(help: ArgumentHelp("The exchange file.", valueName: "file"))
    var file: String

    @OptionGroup var output: ImportOutputOptions

    func run() throws {
        try output.folder.checkWritable(command: "cleave import archimate")
        let model = try ArchiMateModel.read(path: file)
        let (estate, notes, counts) = ArchiMateImporter(model: model, source: file).run()
        try output.finish(
            estate, notes: notes, command: "cleave import archimate", source: file,
            extra: [Self.skippedLine(counts)])
    }

    static func skippedLine(_ counts: ArchiMateImporter.Counts) -> String {
        let skipped = counts.skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let total = skipped.reduce(0) { $0 + $1.value }
        guard total > 0 else { return "Skipped nothing." }
        return "Skipped \(total): " + skipped.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "."
    }
}
