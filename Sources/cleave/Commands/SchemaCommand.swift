import ArgumentParser
import CleaveInventory

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of inventory files, for editors.",
        discussion: """
            Prints a JSON Schema (draft 2020-12) of one inventory file: every section and
            key of the specification with its meaning, the allowed values, bounds and
            required keys, and no unknown keys. Editors that read JSON Schema complete,
            check and explain inventory files with it as you type. It checks what one file
            shows on its own; `cleave validate` checks the inventory as a whole.

            The repository keeps a copy in docs/cleave.schema.json. Point an inventory
            file at it with a first line such as:
              # yaml-language-server: $schema=../docs/cleave.schema.json

            Examples:
              cleave schema > docs/cleave.schema.json
            """)

    func run() throws {
        Console.out(InventorySchema.text)
    }
}
