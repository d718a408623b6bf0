import CleaveCore
import Foundation

/// The folder `render --all` writes into. It overwrites and removes only files Cleave
/// wrote (they carry `DOTWriter.marker`); any other file in the way stops the run.
public struct MapFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the folder and checks that no file about to be written belongs to someone else.
    public func prepare(writing names: [String]) throws(UserError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create the folder: \(error.localizedDescription)", place: path)
        }
        let foreign = names.filter { exists($0) && !isCleaveFile($0) }
        guard foreign.isEmpty else {
            throw UserError("not overwriting files Cleave did not write: " + foreign.joined(separator: ", "),
                            place: path, hint: "move them, or choose another --output")
        }
    }

    public func write(_ data: Data, as name: String) throws(UserError) {
        try AtomicFile.write(data, to: url(name).path)
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

    /// A `.dot`, `.svg` or `.mmd` file that carries the marker, or a `.png`/`.pdf` beside
    /// such a `.dot`.
    public func isCleaveFile(_ name: String) -> Bool {
        let file = url(name)
        switch file.pathExtension {
        case "dot": return head(file).hasPrefix("/* \(DOTWriter.marker):")
        case "svg": return head(file).contains("<!-- \(DOTWriter.marker) -->")
        case "mmd": return head(file).contains("%% \(DOTWriter.marker):")
        case "png", "pdf":
            let dot = file.deletingPathExtension().appendingPathExtension("dot").lastPathComponent
            return exists(dot) && isCleaveFile(dot)
        default: return false
        }
    }

    private func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }

    private func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

    private func head(_ file: URL) -> String {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 2048)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
