import ArgumentParser
import CleaveCore
import CleaveInventory

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small, commented starter inventory to begin from.",
        discussion: """
            Two parties, two areas, a system of each kind and one option, with comments that
            say what each key means. It validates with no findings, even with --strict.

            The folder must be new, empty, or one Cleave wrote before; anything else is refused
            unless --force is given (the folder is then replaced whole).

            Examples:
              cleave init                   # writes Inventory/
              cleave init my-estate
              cleave validate my-estate --strict
            """)

    @Argument(help: ArgumentHelp("The folder to write. (default: Inventory)", valueName: "dir"))
    var directory: String?

    @OptionGroup var output: OutputOptions<StarterFolder>

    func validate() throws {
        if output.output != nil, directory != nil {
            throw ValidationError("give the folder once: as the argument or with --output")
        }
    }

    func run() throws {
        let directory = output.output ?? directory ?? "Inventory"
        try InventoryFolder(path: directory, force: output.force).write(StarterInventory.files, command: "cleave init")
        Console.error(
            "Wrote a starter inventory to \(directory). Next: cleave validate \(Wording.shellWord(directory)) --strict")
    }
}
