// Every file of this target sees the shared test support (temporary folders, golden files).
@_exported import CleaveTestSupport
import Foundation

/// A program run through `env`, to its end: its exit status and what it printed (both
/// streams), for tests that probe the machine (a browser, a mount) rather than run Cleave.
enum Shell {
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
