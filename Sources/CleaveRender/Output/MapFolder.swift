import CleaveCore
import Foundation

/// The folder `render --all` writes into. It overwrites and removes only files Cleave
/// wrote (they carry `DOTWriter.marker`, or `MapStamp`'s); any other file in the way
/// stops the run unless forced.
public struct MapFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the folder (not its parents: a missing parent is more likely a typo) and
    /// checks that no file about to be written belongs to someone else, unless `force`;
    /// then removes the temporaries killed runs left in it (`StaleTemporaries`).
    public func prepare(writing names: [String], force: Bool = false) throws(UserError) {
        let written = WrittenPath.parent(of: path)
        let parent = written.isEmpty ? "." : written
        guard FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: parent) else {
            throw UserError(
                "the folder '\(parent)' does not exist", place: path,
                hint: "create it first, or choose another --output")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch  where FileManager.default.fileExists(atPath: path) {
        } catch {
            throw UserError("cannot create the folder: \(error.localizedDescription)", place: path)
        }
        let foreign = names.filter { exists($0) && !isCleaveFile($0) }
        guard force || foreign.isEmpty else {
            throw UserError(
                "not overwriting files Cleave did not write: " + foreign.joined(separator: ", "),
                place: path, hint: "move them, choose another --output, or add --force to overwrite them")
        }
        // What a killed run was writing (a SIGKILL runs no clean-up): its temporaries only.
        StaleTemporaries.removeFiles(in: path)
    }

    /// Writes one map atomically; `prepare` has swept the folder of stale temporaries.
    public func write(_ data: Data, as name: String) throws(UserError) {
        try AtomicFile.write(data, to: url(name).path, removingStale: false)
    }

    /// Removes Cleave's maps that this run did not produce (a deleted option's, say).
    /// Returns the names removed, sorted.
    public func prune(keeping produced: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var removed: [String] = []
        for name in names.sorted() where !produced.contains(name) && isCleaveFile(name) {
            if (try? FileManager.default.removeItem(at: url(name))) != nil { removed.append(name) }
        }
        return removed
    }

    /// A `.dot`, `.svg` or `.mmd` file that carries the marker, or a `.png`/`.pdf` that
    /// carries `MapStamp`'s stamp or sits beside such a `.dot`.
    public func isCleaveFile(_ name: String) -> Bool {
        let file = url(name)
        switch file.pathExtension {
        case "dot": return head(file).hasPrefix("/* \(DOTWriter.marker):")
        case "svg": return head(file).contains("<!-- \(DOTWriter.marker) -->")
        case "mmd", "mermaid": return head(file).contains("%% \(DOTWriter.marker):")
        case "png" where MapStamp.isStamped(headBytes(file), format: .png): return true
        case "pdf" where MapStamp.isStamped(tail(file), format: .pdf): return true
        case "png", "pdf":
            let dot = file.deletingPathExtension().appendingPathExtension("dot").lastPathComponent
            return exists(dot) && isCleaveFile(dot)
        default: return false
        }
    }

    private func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }

    private func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

    private func head(_ file: URL) -> String { String(decoding: headBytes(file), as: UTF8.self) }

    private func headBytes(_ file: URL) -> [UInt8] {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 2048)) ?? Data())
    }

    private func tail(_ file: URL) -> [UInt8] {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [] }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd() else { return [] }
        try? handle.seek(toOffset: end > 256 ? end - 256 : 0)
        return [UInt8]((try? handle.readToEnd()) ?? Data())
    }
}
