import CleaveCore
import Foundation

/// The one file `render --output FILE` writes, under the same rule as `--all`: it
/// overwrites only a file Cleave wrote (see `MapFolder.isCleaveFile`) unless forced, and
/// never creates the folder it goes in.
public struct MapFile: Sendable {
    public let path: String
    /// Overwrite whatever is there.
    public let force: Bool

    public init(path: String, force: Bool = false) {
        self.path = path
        self.force = force
    }

    private var url: URL { URL(fileURLWithPath: path) }
    private var folder: MapFolder { MapFolder(path: url.deletingLastPathComponent().path) }

    /// Checks, before any drawing, that the file can be written.
    /// - Throws: `UserError` naming a missing folder, or a file Cleave did not write.
    public func check() throws(UserError) {
        // The folder as the user wrote it, so the message names what they typed.
        let written = WrittenPath.parent(of: path)
        let parent = written.isEmpty ? "." : written
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) else {
            throw UserError(
                "the folder '\(parent)' does not exist", place: path,
                hint: "create it first, or choose another --output")
        }
        guard isFolder.boolValue else {
            throw UserError("'\(parent)' is not a folder", place: path)
        }
        guard FileManager.default.fileExists(atPath: path) else { return }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw UserError("this is a folder", place: path, hint: "give a file name, or use --all to fill a folder")
        }
        guard force || folder.isCleaveFile(url.lastPathComponent) else {
            throw UserError(
                "not overwriting a file Cleave did not write", place: path,
                hint: "choose another --output, or add --force to overwrite it")
        }
    }

    /// Writes `bytes` atomically, stamped as Cleave's (see `MapStamp`), after `check()`.
    public func write(_ bytes: [UInt8], format: RenderFormat) throws(UserError) {
        try check()
        try AtomicFile.write(Data(MapStamp.stamp(bytes, format: format)), to: path)
    }
}
