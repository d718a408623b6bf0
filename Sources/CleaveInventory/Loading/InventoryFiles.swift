import CleaveCore
import Foundation

/// Finds the inventory's files: the path itself when it is a file, or every `*.yaml`,
/// `*.yml` and `*.json` below it (JSON is YAML 1.2), in sorted path order.
///
/// Symbolic links are followed, but a folder reached again through a link (a loop) is an
/// error rather than an endless walk.
enum InventoryFiles {
    static func list(at path: String) throws(UserError) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? fm.destinationOfSymbolicLink(atPath: path)) != nil {
                throw UserError(
                    "the path is a symbolic link that leads nowhere (or round in a loop)", place: path,
                    hint: "point the link at an existing inventory folder or file")
            }
            throw UserError(
                "no such file or folder", place: path,
                hint: "give the inventory folder (default: Inventory) or one YAML file")
        }
        guard isDirectory.boolValue else { return [path] }

        var files: [String] = []
        var visited: Set<String> = []
        var pending = [path]
        while let folder = pending.popLast() {
            guard let real = realPath(folder) else {
                throw UserError("cannot resolve this folder (a symbolic link loop?)", place: folder)
            }
            guard visited.insert(real).inserted else {
                throw UserError(
                    "symbolic link loop: this folder was already read as '\(real)'", place: folder,
                    hint: "remove the link that points back into the inventory")
            }
            let entries: [String]
            do { entries = try fm.contentsOfDirectory(atPath: folder) } catch {
                throw UserError("cannot read this folder: \(error.localizedDescription)", place: folder)
            }
            for entry in entries where !entry.hasPrefix(".") {
                let child = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
                var childIsDirectory: ObjCBool = false
                guard fm.fileExists(atPath: child, isDirectory: &childIsDirectory) else {
                    if (try? fm.destinationOfSymbolicLink(atPath: child)) != nil,
                        isInventoryFile(entry) || realPath(child) == nil
                    {
                        throw UserError(
                            "symbolic link that leads nowhere (or round in a loop)", place: child,
                            hint: "remove or repair the link")
                    }
                    continue
                }
                if childIsDirectory.boolValue {
                    pending.append(child)
                } else if isInventoryFile(entry) {
                    files.append(child)
                }
            }
        }
        guard !files.isEmpty else {
            throw UserError(
                "no inventory files (*.yaml, *.yml or *.json) in this folder", place: path,
                hint: "create one, e.g. \(path)/estate.yaml with an `estate:` section")
        }
        return files.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The extensions read from a folder.
    static let extensions = [".yaml", ".yml", ".json"]

    static func isInventoryFile(_ name: String) -> Bool {
        extensions.contains { name.hasSuffix($0) }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
