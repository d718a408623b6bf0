import Foundation

/// Writes output files whole or not at all: into a temporary file beside the target, then
/// renamed over it, so a reader never sees half a file and a failure leaves the old one.
/// The temporary file is registered with `TemporaryPaths` while it exists, so an interrupted
/// run removes it too.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(UserError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        defer { TemporaryPaths.forget(temporary.path) }
        try TemporaryPaths.writing(temporary.path) { () throws(UserError) in
            do {
                try data.write(to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw UserError("cannot write: \((error as NSError).localizedDescription)", place: path)
            }
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw UserError("cannot write: \(reason)", place: path)
            }
        }
    }

    public static func write(_ text: String, to path: String) throws(UserError) {
        try write(Data(text.utf8), to: path)
    }
}
