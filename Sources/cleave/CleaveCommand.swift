import ArgumentParser

@main
struct CleaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleave",
        abstract: "Model a shared ICT estate as a dependency graph and plan how to take it apart.",
        discussion: """
        Cleave reads an inventory of systems, infrastructure, contracts, data and teams
        (YAML files under Inventory/) and answers: what ties the parties together, how
        cleanly each disaggregation option cuts the estate, what blocks it, and what the
        cheapest possible separation costs.

        Start with:
          cleave validate Inventory
        """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
        ]
    )
}
