import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet, a model or a catalog into an inventory folder.",
        discussion: """
            Each importer writes a new inventory folder of readable YAML (estate.yaml,
            items.yaml), says what it could not read and where, and validates the result.

            Examples:
              cleave import csv systems.csv --output Inventory
              cleave import xlsx estate.xlsx --output Inventory
              cleave import archimate model.xml --output Inventory
              cleave import archi-csv exported/ --output Inventory
              cleave import backstage catalog-info.yaml --output Inventory
              cleave import structurizr workspace.json --output Inventory
            """,
        subcommands: ImportRegistry.importers.map(command(for:)))

    /// The importers whose options go beyond their files have commands of their own.
    static let ownCommands: [any ParsableCommand.Type] = [ImportCSVCommand.self, ImportXLSXCommand.self]

    /// `cleave import <name>` for the importer: its own command, or one made from the protocol.
    static func command(for importer: any EstateImporter.Type) -> any ParsableCommand.Type {
        if let own = ownCommands.first(where: { $0.configuration.commandName == importer.name }) { return own }
        func made<Importer: EstateImporter>(_: Importer.Type) -> any ParsableCommand.Type {
            Importer.input.many ? ImportFilesCommand<Importer>.self : ImportFileCommand<Importer>.self
        }
        return made(importer)
    }
}

extension ImportOutcome {
    /// Prints what the import has to say and the findings on standard error, at most
    /// `TextFindingsReporter.defaultLimitPerRule` of each rule.
    /// - Throws: `ExitCode(1)` when the written inventory has validation errors.
    func print() throws {
        for line in lines { Console.error(line) }
        if !findings.isEmpty {
            let reporter = TextFindingsReporter.limited(colour: Console.colourOnStandardError, inventory: output)
            Console.error(reporter.report(findings, rules: []))
        }
        if let failure {
            Console.error(failure)
            throw ExitCode(1)
        }
    }
}
