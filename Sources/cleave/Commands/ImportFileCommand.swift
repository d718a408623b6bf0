import ArgumentParser
import CleaveInventory

/// `cleave import <name> FILE --output DIR` for an importer that reads one file or folder:
/// its help comes from the importer, the import from `ImportFlow`.
struct ImportFileCommand<Importer: EstateImporter>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Importer.name, abstract: Importer.summary, discussion: Importer.discussion)
    }

    @Argument(help: ArgumentHelp(Importer.input.help, valueName: Importer.input.valueName))
    var path: String

    @OptionGroup var output: OutputOptions<ImportedFolder>

    func run() throws {
        try ImportFlow(Importer.self, output: output.path, force: output.force).run(Importer.self, paths: [path])
            .print()
    }
}

/// `cleave import <name> FILE... --output DIR` for an importer that reads several files.
struct ImportFilesCommand<Importer: EstateImporter>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Importer.name, abstract: Importer.summary, discussion: Importer.discussion)
    }

    @Argument(help: ArgumentHelp(Importer.input.help, valueName: Importer.input.valueName))
    var paths: [String]

    @OptionGroup var output: OutputOptions<ImportedFolder>

    func run() throws {
        try ImportFlow(Importer.self, output: output.path, force: output.force).run(Importer.self, paths: paths).print()
    }
}
