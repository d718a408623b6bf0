import ArgumentParser
import CleaveCore
import Foundation

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

            Exit status: 0 success; 1 the check found errors (or blockers, when asked to
            fail on them); 2 bad usage, unreadable input, or an internal failure.
            """,
        version: CleaveCommand.version,
        subcommands: [
            ValidateCommand.self,
            EntanglementCommand.self,
            OptionsCommand.self,
            BlockersCommand.self,
            PlanCommand.self,
            ImpactCommand.self,
            CostsCommand.self,
            RoadmapCommand.self,
            BusinessCaseCommand.self,
            InitCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            GenerateCommand.self,
            SchemaCommand.self,
            DiffCommand.self,
            RenderCommand.self,
            ReportCommand.self,
            ServeCommand.self,
            RenderWorkerCommand.self,
        ]
    )

    static let version = "0.1.0"

    /// Runs the command. A `UserError` is printed as it is; ArgumentParser's usage errors
    /// (64) and unexpected errors are printed as ArgumentParser words them; all exit with
    /// status 2, as the specification asks.
    static func main() {
        MemoryTuning.apply()
        InterruptCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as UserError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { Console.error(message) }
            Foundation.exit(2)
        }
    }
}
