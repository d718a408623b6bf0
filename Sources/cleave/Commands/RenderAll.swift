import ArgumentParser
import CleaveRender
import Foundation

extension MapBatch {
    /// Runs the batch into `folder`, printing progress on a terminal, then its notes,
    /// removals, failures and a count; exits 2 when a map failed.
    func runPrinting(into folder: String) throws {
        let progress = Progress(
            total: ViewCatalog.all(for: context.facts.estate).count,
            enabled: Console.standardErrorIsTerminal)
        let outcome = try run(into: folder, finished: progress.finished)
        for note in outcome.notes { Console.error(note) }
        for removed in outcome.removed { Console.error("removed \(folder)/\(removed): its view no longer exists") }
        for failure in outcome.failures { Console.error(failure) }
        Console.error("\(outcome.written) of \(outcome.views) maps written to \(folder)")
        if !outcome.failures.isEmpty { throw ExitCode(2) }
    }
}

/// One line per finished map on a terminal: `[3/17] option-a.svg`.
private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let enabled: Bool
    private var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func finished(_ file: String, failed: Bool) {
        guard enabled else { return }
        lock.withLock {
            done += 1
            Console.error("[\(done)/\(total)] \(file)\(failed ? " failed" : "")")
        }
    }
}
