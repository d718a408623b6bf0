import Foundation

/// Runs a program with input on stdin, collecting stdout and stderr, and kills it when a
/// wall-clock timeout expires. Pipes are drained on their own threads so a chatty child
/// can never deadlock against a full pipe.
enum ChildProcess {
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    struct Outcome {
        var termination: Termination
        var standardOutput: Data
        var standardError: Data
        /// True when the child was killed because the timeout expired.
        var timedOut: Bool
    }

    /// A child that died must not take the parent with it through SIGPIPE on its stdin.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    static func run(executable: URL, arguments: [String], input: Data, timeout: Double) throws -> Outcome {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        // A crash should report Graphviz's message, not pages of Swift runtime backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        let streams = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: streams) {
            let handle = stdin.fileHandleForWriting
            try? handle.write(contentsOf: input)
            try? handle.close()
        }
        DispatchQueue.global().async(group: streams) {
            collected.set(output: stdout.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: streams) {
            collected.set(error: stderr.fileHandleForReading.readDataToEndOfFile())
        }

        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        streams.wait()
        let termination: Termination =
            process.terminationReason == .uncaughtSignal
            ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
        return Outcome(
            termination: termination, standardOutput: collected.output,
            standardError: collected.error, timedOut: timedOut)
    }

    /// What the reader threads collected, handed over under a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var _output = Data()
        private var _error = Data()

        func set(output: Data) { lock.withLock { _output = output } }
        func set(error: Data) { lock.withLock { _error = error } }
        var output: Data { lock.withLock { _output } }
        var error: Data { lock.withLock { _error } }
    }
}
