/// Paths as the user wrote them, taken apart without Foundation's `NSString` path methods,
/// which trap on a last component of one character (`"a"`, `"x/y/"`) in the Foundation
/// Swift 6.3 ships on Linux.
public enum WrittenPath {
    /// The folder `path` is in, spelled as written: `"maps/a.svg"` → `"maps"`, `"/a"` → `"/"`,
    /// and `""` for a bare name (the working folder). Trailing slashes are ignored.
    public static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        var folder = trimmed[..<slash]
        while folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty ? "/" : String(folder)
    }
}
