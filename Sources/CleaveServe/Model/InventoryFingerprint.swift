import Foundation

/// What the watcher compares from one second to the next: each inventory file's path,
/// size and modification time. Polling them is simple and works on every system.
struct InventoryFingerprint: Equatable, Sendable {
    var entries: [String]

    static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// The fingerprint of the inventory at `path` (a folder, read recursively, or one file).
    /// Hidden files and folders (`.git`, a temporary file being written) are left out.
    static func read(_ path: String) -> InventoryFingerprint {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return InventoryFingerprint(entries: []) }
        guard isDirectory.boolValue else {
            return InventoryFingerprint(entries: [entry(path, shown: path)].compactMap { $0 })
        }
        let root = URL(fileURLWithPath: path)
        var entries: [String] = []
        if let walk = fm.enumerator(
            at: root, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey],
            options: [.skipsHiddenFiles])
        {
            for case let url as URL in walk where extensions.contains(url.pathExtension.lowercased()) {
                if let line = entry(url.path, shown: url.path) { entries.append(line) }
            }
        }
        return InventoryFingerprint(entries: entries.sorted())
    }

    private static func entry(_ path: String, shown: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return "\(shown)|\(info.st_size)|\(modified.tv_sec).\(modified.tv_nsec)|\(info.st_ino)"
    }
}
