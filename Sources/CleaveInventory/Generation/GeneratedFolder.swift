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
        var files = 0
        try InventoryFolder(path: path, force: force).replaceWhole(
            marker: Self.marker, note: "This folder was written by cleave generate; it may replace it.\n",
            what: "the estate"
        ) { add in
            try generator.generate(
                progress: progress,
                emit: { file in
                    try add(InventoryFolder.File(file.path, file.text))
                    files += 1
                })
        }
        return files
    }
}
