import CleaveCore
import Foundation

/// Writes a whole folder of files safely: only into a folder that is new, empty, or one
/// Cleave wrote before (it carries a marker file), unless forced; built beside the target and
/// swapped in whole, so a failure leaves the old folder as it was and no stale file survives.
public struct InventoryFolder {
    /// The file that marks a folder as written by `cleave init`, `import` or `export`.
    public static let marker = ".cleave-written"

    public let path: String
    /// Replace the folder even when Cleave did not write it.
    public var force: Bool

    public init(path: String, force: Bool = false) {
        self.path = path
        self.force = force
    }

    /// A file to write: its path inside the folder and its text.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
        public init(_ path: String, _ text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Throws unless the folder may be written: call before slow work, so a refusal comes first.
    public func checkWritable(command: String) throws(UserError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw UserError("exists and is not a folder", place: path, hint: "choose a folder to write")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        guard force || contents.isEmpty || contents.contains(Self.marker) || contents.contains(GeneratedFolder.marker)
        else {
            throw UserError(
                "is not empty and Cleave did not write it; refusing to overwrite it", place: path,
                hint: "choose a new folder, or add --force to replace it whole")
        }
    }

    /// Writes the files, replacing the folder whole.
    /// - Throws: `UserError` when the folder belongs to someone else or cannot be written.
    public func write(_ files: [File], command: String) throws(UserError) {
        try checkWritable(command: command)
        try replaceWhole(
            marker: Self.marker, note: "This folder was written by \(command); Cleave may replace it whole.\n"
        ) {
            add in for file in files { try add(file) }
        }
    }

    /// Builds the folder beside the target from the files `fill` hands to `add`, one at a
    /// time, with `marker` holding `note`, then swaps it in whole, in one step where the
    /// file system allows (`FolderSwap`). Every step runs inside `TemporaryPaths.writing`, so
    /// an interrupted run removes the staging folder whole and nothing is written after
    /// that; the staging folders that killed runs left beside the target are removed first.
    /// The caller has checked the folder may be written.
    /// - Throws: `UserError` when the folder cannot be written, with the system's reason
    ///   ("No space left on device"); the old one is left as it was.
    func replaceWhole(
        marker: String, note: String, what: String = "the folder",
        _ fill: (_ add: (File) throws -> Void) throws -> Void
    ) throws(UserError) {
        let target = URL(fileURLWithPath: path)
        StaleTemporaries.removeStagingFolders(of: path)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).writing-\(ProcessInfo.processInfo.processIdentifier)")
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        defer { TemporaryPaths.forget(staging.path) }
        func write(_ data: Data, at url: URL) throws(Failure) {
            if let reason = FolderSwap.makeFolders(url.deletingLastPathComponent().path)
                ?? AtomicFile.create(data, at: url.path)
            {
                throw Failure(reason: reason)
            }
        }
        do {
            try TemporaryPaths.writing(staging.path) { () throws(Failure) in
                if let reason = FolderSwap.makeFolders(staging.path) { throw Failure(reason: reason) }
            }
            try fill { file in
                try TemporaryPaths.writing(staging.path) { () throws(Failure) in
                    try write(Data(file.text.utf8), at: staging.appendingPathComponent(file.path))
                }
            }
            try TemporaryPaths.writing(staging.path) { () throws(Failure) in
                try write(Data(note.utf8), at: staging.appendingPathComponent(marker))
                if let reason = FolderSwap.swap(staging.path, into: target.path) { throw Failure(reason: reason) }
            }
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? UserError { throw error }
            let reason = (error as? Failure)?.reason ?? error.localizedDescription
            throw UserError("cannot write \(what): \(reason)", place: path)
        }
    }

    /// A step that failed, with the system's reason.
    private struct Failure: Error {
        var reason: String
    }
}
