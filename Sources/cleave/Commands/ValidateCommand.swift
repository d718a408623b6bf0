import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the inventory and report every inconsistency at once.")

    @OptionGroup var inventory: InventoryOptions

    func run() throws {
        print("not yet")
    }
}
