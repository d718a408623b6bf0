/// A file's path as the inventory root sees it, so that `inv`, `./inv/`, and `/abs/inv`
/// name the same files.
///
/// The loader spells every file as the root the user gave followed by the rest of the path
/// (`./inv` + `/sub/a.yaml`), so taking the root off is lexical: no file system needed.
public struct InventoryPath: Sendable, Hashable {
    /// The inventory path as the user gave it: a folder or one file.
    public var root: String
    /// True when `root` is one file rather than a folder.
    public var isFile: Bool

    public init(root: String, isFile: Bool) {
        self.root = root
        self.isFile = isFile
    }

    /// The root as it prefixes the files under it (`inv/`), or nil for a single-file root.
    var folderPrefix: String? {
        guard !isFile else { return nil }
        return root.hasSuffix("/") ? root : root + "/"
    }

    /// `file` relative to the root: `sub/a.yaml` for `./inv/sub/a.yaml` under `./inv`; a
    /// single-file root gives its file name. A file outside the root is returned as it is.
    public func relative(_ file: String) -> String {
        if let prefix = folderPrefix {
            return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        }
        guard file == root else { return file }
        return String(file.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(file))
    }

    /// `text` with every mention of the root's folder taken off, so a message that names
    /// `inv/b.yaml:3:9` reads `b.yaml:3:9`.
    public func relativeText(_ text: String) -> String {
        guard let prefix = folderPrefix, !prefix.isEmpty else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: prefix) {
            let before = rest[rest.startIndex..<range.lowerBound]
            // Only at the start of a path, not inside a longer one (`xinv/`).
            if let last = before.last, !(last == " " || last == "'" || last == "(" || last == "`" || last == "\"") {
                out += rest[rest.startIndex..<range.upperBound]
            } else {
                out += before
            }
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
