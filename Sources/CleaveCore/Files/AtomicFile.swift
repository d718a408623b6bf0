import Foundation

/// Writes output files whole or not at all: into a temporary file beside the target, then
/// renamed over it, so a reader never sees half a file and a failure leaves the old one.
/// The temporary file is registered with `TemporaryPaths` while it exists, so an interrupted
/// run removes it too; it is named by `StaleTemporaries`, so the next run removes one a
/// killed run left. Two runs writing the same file at once each rename a whole file of
/// their own: the last to finish wins.
public enum AtomicFile {
    /// Writes `data` to `path`.
    /// - Parameter removingStale: first remove the temporaries of `path` that killed runs
    ///   left beside it (a folder writer that has swept the folder once passes false).
    /// - Throws: `UserError` naming `path` and the system's reason ("No space left on
    ///   device"); the old file is left as it was and the temporary file is removed.
    public static func write(_ data: Data, to path: String, removingStale: Bool = true) throws(UserError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        if removingStale { StaleTemporaries.removeFiles(in: folder) { $0 == name } }
        let temporary = folder + "/" + StaleTemporaries.fileName(for: name)
        defer { TemporaryPaths.forget(temporary) }
        try TemporaryPaths.writing(temporary) { () throws(UserError) in
            if let reason = writeNew(data, to: temporary) ?? rename(temporary, over: url.path) {
                unlink(temporary)
                throw UserError("cannot write: \(reason)", place: path)
            }
        }
    }

    public static func write(_ text: String, to path: String, removingStale: Bool = true) throws(UserError) {
        try write(Data(text.utf8), to: path, removingStale: removingStale)
    }

    /// Writes `data` into a new file at `path`, in place, without a temporary: for files
    /// inside a folder that is built whole and then swapped in (`FolderSwap`).
    /// - Returns: the system's reason when it cannot ("No space left on device"), else nil.
    public static func create(_ data: Data, at path: String) -> String? {
        writeNew(data, to: path)
    }

    /// Creates `path` afresh (never through a link planted under its name) and writes all of
    /// `data`; returns the system's reason when it cannot.
    private static func writeNew(_ data: Data, to path: String) -> String? {
        unlink(path)
        let file = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard file >= 0 else { return reason() }
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(file, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = reason()
                    return
                }
                offset += count
            }
        }
        // A full disk may show only when the file is closed (on NFS, say).
        if close(file) != 0, failure == nil { failure = reason() }
        return failure
    }

    private static func rename(_ temporary: String, over path: String) -> String? {
        Foundation.rename(temporary, path) == 0 ? nil : reason()
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
