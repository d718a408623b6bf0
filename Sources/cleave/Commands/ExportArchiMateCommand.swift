import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ExportArchiMateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archimate",
        abstract: "Write The Open Group exchange format (ArchiMate 3.1), Cleave's fields as properties.",
        discussion: """
            Parties become business actors, areas groupings (aggregating their items), items
            application components, nodes, devices, system software, networks, data objects,
            contracts or business roles (teams). A dependency "A depends on B" is written as
            "B serves A"; a user as "item serves actor"; a covering contract as an association.

            Examples:
              cleave export archimate --output estate.xml
              cleave export archimate Inventory -o estate.xml && cleave import archimate estate.xml -o copy
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var file: OutputOptions<ExportedFile>

    func run() throws {
        let estate = try inventory.loadEstate()
        try file.write(
            ArchiMateWriter.exchangeXML(ArchiMateExport.model(estate)),
            what: "\(Wording.count(estate.items.count, "item")) as ArchiMate",
            // The XML declaration and the model element (its identifier is always id-model).
            sharedLines: 2)
    }
}
