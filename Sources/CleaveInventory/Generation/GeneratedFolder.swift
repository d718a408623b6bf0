import CleaveCore
import Foundation

/// Writes a generated estate into a folder safely: only into a folder that is new, empty,
/// or one this writer made before (it carries `marker`), unless forced; built beside the
/// target and swapped in whole, so a failure leaves the old folder as it was.
public struct GeneratedFolder {
    /// The file that marks a folder as written by `cleave generate`.
    public static let marker = ".cleave-generated"

    public let path: String
    /// Replace the folder even when Cleave did not write it.
    public var force: Bool

    public init(path: String, force: Bool = false) {
        self.path = path
        self.force = force
    }

    /// Writes `generator`'s files, calling `progress` with the items written so far.
    /// - Returns: the number of files written.
    /// - Throws: `UserError` when the folder belongs to someone else or cannot be written.
    public func write(_ generator: EstateGenerator, progress: (Int) -> Void = { _ in }) throws(UserError) -> Int {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            guard force || (isDirectory.boolValue && (contents.isEmpty || contents.contains(Self.marker))) else {
                throw UserError(
                    "exists and is not an empty folder or one `cleave generate` wrote; refusing to overwrite it",
                    place: path, hint: "choose a new folder, or add --force to replace it whole")
            }
        }
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(target.lastPathComponent).generating-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        // Each step inside `writing`, so an interrupted run removes the staging folder
        // whole and nothing is written after that.
        defer { TemporaryPaths.forget(staging.path) }
        var files = 0
        do {
            try TemporaryPaths.writing(staging.path) {
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
            try generator.generate(
                progress: progress,
                emit: { file in
                    try TemporaryPaths.writing(staging.path) {
                        let url = staging.appendingPathComponent(file.path)
                        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try Data(file.text.utf8).write(to: url)
                    }
                    files += 1
                })
            try TemporaryPaths.writing(staging.path) {
                try Data("This folder was written by cleave generate; it may replace it.\n".utf8)
                    .write(to: staging.appendingPathComponent(Self.marker))
                if exists { try fm.removeItem(at: target) }
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw UserError("cannot write the estate: \(error.localizedDescription)", place: path)
        }
        return files
    }
}
