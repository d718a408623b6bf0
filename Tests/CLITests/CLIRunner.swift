import Foundation

/// Runs the built `cleave` executable, found beside the test bundle in the build products,
/// and captures what it prints and how it exits.
struct CLIRunner {
    struct Result {
        var status: Int32
        /// True when the process was killed by a signal (a crash), not an exit.
        var crashed: Bool
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    static let executable: URL = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        // On platforms where the tests run inside a bundle, climb out of it.
        while folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("cleave")
    }()

    /// The package root, for the bundled inventory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `cleave` with the arguments in `directory`, killing it after `timeout` seconds
    /// (a hang is reported as a failed run, not waited out).
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: Data? = nil, timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        let deadline = DispatchTime.now() + timeout
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: deadline)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outBox.data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        process.waitUntilExit()
        timer.cancel()
        return Result(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            stdoutData: outData)
    }
}
