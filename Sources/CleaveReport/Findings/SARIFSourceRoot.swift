/// Where SARIF's `%SRCROOT%` is: the folder result URIs are relative to, which code-scanning
/// services map to the repository checkout.
public struct SARIFSourceRoot: Sendable, Equatable {
    /// The id result locations name in `uriBaseId`.
    public static let baseID = "%SRCROOT%"

    /// An absolute folder path: the repository root, as a rule.
    public var root: String
    /// The absolute folder that relative finding paths were written from.
    public var workingDirectory: String

    public init(root: String, workingDirectory: String) {
        self.root = SARIFSourceRoot.normalized(root)
        self.workingDirectory = SARIFSourceRoot.normalized(workingDirectory)
    }

    /// `file` relative to the root (`Inventory/a.yaml`), or nil when it lies outside it.
    public func relative(_ file: String) -> String? {
        let absolute = SARIFSourceRoot.normalized(file.hasPrefix("/") ? file : workingDirectory + "/" + file)
        if root == "/" { return String(absolute.dropFirst()) }
        guard absolute.hasPrefix(root + "/") else { return nil }
        return String(absolute.dropFirst(root.count + 1))
    }

    /// The root as a `file:` URI ending in `/`, as `originalUriBaseIds` wants it.
    public var uri: String {
        "file://" + SARIFFindingsReporter.percentEncoded(root.hasSuffix("/") ? root : root + "/")
    }

    /// `path` made absolute-looking and tidy without touching the file system: `.` and
    /// empty components dropped, `..` taking off the one before.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
