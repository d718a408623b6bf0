import Foundation
import Testing

/// A command stopped by SIGINT (Ctrl-C) or SIGTERM while it writes leaves no temporary file
/// or staging folder, and its output is either as it was before or complete; it ends by
/// the signal, as the shell expects (status 130 or 143).
struct InterruptTests {
    /// Starts `cleave`, waits (polling, up to `patience` seconds) until `ready` holds, then
    /// sends `signal`. Returns the signal that ended the run, or nil when it exited first.
    private func interrupt(
        _ arguments: [String], in folder: URL, with signal: Int32, patience: TimeInterval = 30,
        when ready: () -> Bool
    ) throws -> (signal: Int32?, status: Int32) {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(patience)
        // Wait for the condition, not for a fixed time: the run may be fast or slow.
        while process.isRunning, !ready(), Date() < deadline { usleep(2_000) }
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return (signalled ? process.terminationStatus : nil, process.terminationStatus)
    }

    private func hidden(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedGenerateLeavesTheOldFolder(_ signal: Int32) throws {
        let folder = try TemporaryFolder()
        #expect(try CLIRunner.run(["generate", "--items", "10", "-o", "estate"], in: folder.url).status == 0)
        let before = try folder.read("estate/estate.yaml")
        let result = try interrupt(["generate", "--items", "1000000", "-o", "estate"], in: folder.url, with: signal) {
            // Some of the new estate is written in its staging folder.
            hidden(in: folder.path).contains { name in
                FileManager.default.fileExists(atPath: folder.path + "/" + name + "/systems")
            }
        }
        #expect(result.signal == signal, "the run ended before the signal (status \(result.status))")
        #expect(hidden(in: folder.path).isEmpty, "\(hidden(in: folder.path))")
        #expect(try folder.read("estate/estate.yaml") == before)
        #expect(try CLIRunner.run(["validate", "estate"], in: folder.url).status == 0)
    }

    @Test func interruptedRenderLeavesOnlyWholeMaps() throws {
        let folder = try TemporaryFolder()
        let inventory = CLIRunner.packageRoot.appendingPathComponent("Inventory").path
        let maps = folder.path + "/maps"
        let result = try interrupt(["render", inventory, "--all", "--output", "maps"], in: folder.url, with: SIGINT) {
            ((try? FileManager.default.contentsOfDirectory(atPath: maps)) ?? []).count > 20
        }
        #expect(result.signal == SIGINT, "the run ended before the signal (status \(result.status))")
        #expect(hidden(in: maps).isEmpty, "\(hidden(in: maps))")
        let names = try FileManager.default.contentsOfDirectory(atPath: maps)
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOfFile: maps + "/" + name, encoding: .utf8)
            let whole = name.hasSuffix(".dot") ? text.hasSuffix("}\n") : text.hasSuffix("</svg>\n")
            #expect(whole, "\(name) is not whole: …\(text.suffix(40))")
        }
    }
}
