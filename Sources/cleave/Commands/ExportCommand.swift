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
        subcommands: [ExportArchiMateCommand.self, ExportArchiCSVCommand.self, ExportGraphMLCommand.self, ExportJSONCommand.self])
}

/// Where a single-file export goes: a file, written whole, or standard output.
struct ExportFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    func write(_ text: String, what: String) throws {
        guard let output else { Console.out(text); return }
        try AtomicFile.write(text, to: output)
        Console.error("Wrote \(what) to \(output).")
    }
}

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
    @OptionGroup var file: ExportFileOptions

    func run() throws {
        let estate = try inventory.loadEstate()
        try file.write(ArchiMateWriter.exchangeXML(ArchiMateExport.model(estate)), what: "\(plural(estate.items.count, "item")) as ArchiMate")
    }
}

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

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write.", valueName: "dir"))
    var output: String

    @Flag(help: "Replace the folder even if Cleave did not write it.")
    var force = false

    func run() throws {
        let folder = InventoryFolder(path: output, force: force)
        try folder.checkWritable(command: "cleave export archi-csv")
        let estate = try inventory.loadEstate()
        let files = ArchiMateWriter.archiCSV(ArchiMateExport.model(estate)).map { InventoryFolder.File($0.name, $0.text) }
        try folder.write(files, command: "cleave export archi-csv")
        Console.error("Wrote \(plural(estate.items.count, "item")) as Archi CSV to \(output).")
    }
}

struct ExportGraphMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write the estate graph as GraphML, with the items' fields as attributes.",
        discussion: """
        A node per item (name, kind, area, lead, users, criticality, annualCost, …) and a
        directed edge per dependency (via, severCost) and per covering contract (via licence),
        as SPEC §4.1 builds the graph. For yEd, Gephi, Cytoscape or NetworkX.

        Examples:
          cleave export graphml --output estate.graphml
          cleave export graphml Inventory > estate.graphml
        """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var file: ExportFileOptions

    func run() throws {
        let estate = try inventory.loadEstate()
        try file.write(GraphMLWriter.graphML(estate), what: "\(plural(estate.items.count, "item")) as GraphML")
    }
}

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
    @OptionGroup var file: ExportFileOptions

    func run() throws {
        let estate = try inventory.loadEstate()
        try file.write(ModelJSON.json(estate).rendered(), what: "\(plural(estate.items.count, "item")) as JSON")
    }
}
