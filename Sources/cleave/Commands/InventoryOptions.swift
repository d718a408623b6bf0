import ArgumentParser

/// The inventory argument every command shares.
struct InventoryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The inventory: a folder read recursively, or one YAML file.",
                                 valueName: "path"))
    var path: String = "Inventory"
}
