import ArgumentParser
import CleaveCore
import CleaveServe
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A what-if workbench in the browser: change an option and see its figures at once.",
        discussion: """
            Loads and validates the inventory once, keeps it in memory and serves one page: pick
            an option, or start a new one, choose the parties to separate, split or share areas
            and items, set the dates, and see at once the option's figures beside the others,
            its blockers with notice dates, who pays what and its roadmap. "Save as option"
            shows the YAML and the diff, then writes the option into options.workbench.yaml at
            the top of the inventory folder (a file of Cleave's own; no other file is touched).
            When a file of the inventory changes, the page shows the new figures; a change that
            does not validate shows its findings and keeps the last good version.

            It listens on 127.0.0.1 (this machine only) unless --host says otherwise. Any other
            address needs a token: give --token, or one is made and printed. Every request must
            carry it (the printed address sets it as a cookie). Put a TLS reverse proxy in front
            to serve a team over the network.

            Examples:
              cleave serve                              # Inventory, on http://127.0.0.1:8080/
              cleave serve Inventory --port 0 --open    # a free port, opened in the browser
              cleave serve --host 0.0.0.0 --port 8443   # for a team; prints the token
            """)

    @OptionGroup var inventory: InventoryOptions

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(
        help: ArgumentHelp(
            "A token every request must carry (at least 16 letters, digits, '-', '.', '_', '~'); made and printed when --host is not loopback.",
            valueName: "token"))
    var token: String?

    @Flag(help: "Open the page in the default browser once the server is listening.")
    var open = false

    func run() throws {
        let (graph, warnings) = try InventoryOptions.checkedGraph(
            at: inventory.path, failure: "the inventory has errors; fix them first",
            hint: "see `cleave validate \(Wording.shellWord(inventory.path))`")
        let made = token == nil && !WorkbenchSettings.isLoopback(host)
        let settings = try WorkbenchSettings(
            host: host, port: port, token: token ?? (made ? WorkbenchSettings.makeToken() : nil))
        let server = WorkbenchServer(
            workbench: Workbench(path: inventory.path, graph: graph, warnings: warnings), settings: settings)
        if !warnings.isEmpty {
            Console.error(
                "note: the inventory has \(Wording.count(warnings.count, "validation warning")) (cleave validate \(Wording.shellWord(inventory.path)) lists them)"
            )
        }
        let open = self.open
        let finished = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                try await server.run { port in
                    let shown = WorkbenchSettings.isLoopback(settings.host) ? "127.0.0.1" : settings.host
                    let address = "http://\(shown.contains(":") ? "[\(shown)]" : shown):\(port)/"
                    Console.out("Cleave workbench for \(graph.estate.name), listening on port \(port)\n")
                    if let token = settings.token {
                        Console.out("Open: \(address)?token=\(token)\n")
                        Console.out("Token: \(token)\(made ? " (made for this run)" : "")\n")
                    } else {
                        Console.out("Open: \(address)\n")
                    }
                    Console.out("Stop it with Ctrl-C.\n")
                    if open { Self.openInBrowser(address + (settings.token.map { "?token=\($0)" } ?? "")) }
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            throw UserError("cannot serve on \(host):\(port): \(error)", hint: "try another --port, or --port 0")
        }
    }

    private static func openInBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(macOS)
            process.arguments = ["open", address]
        #else
            process.arguments = ["xdg-open", address]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

/// The server's error, handed from its task to the command.
private final class ServeFailure: @unchecked Sendable {
    var error: (any Error)?
}
