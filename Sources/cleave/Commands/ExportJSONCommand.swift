import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ExportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Write the resolved model as JSON, with every default filled in.",
        discussion: """
            One object: schemaVersion, estate, parties, areas, items and options, each list
            sorted by id, with the defaults an analysis uses written out (an item's lead, its
            split costs and months, each dependency's sever cost, an option's parties).

            Examples:
              cleave export json > estate.json
              cleave export json Inventory --output estate.json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var file: OutputOptions<ExportedFile>

    func run() throws {
        let estate = try inventory.loadEstate()
        // `{`, `"schemaVersion": 1,` and `"estate": {`, the same in every export.
        try file.write(
            ModelJSON.json(estate).rendered(), what: "\(Wording.count(estate.items.count, "item")) as JSON",
            sharedLines: 3)
    }
}
