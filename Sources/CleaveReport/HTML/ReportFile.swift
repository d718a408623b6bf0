import CleaveCore
import Foundation

/// Where `cleave report` writes: only over a file that is not there or that it wrote itself
/// (its marker near the top), unless told to with `--force`.
public enum ReportFile {
    /// Whether the file at `path` carries the marker of a Cleave report, HTML or Markdown.
    public static func isCleaveReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 1024)) ?? Data(), as: UTF8.self)
        return head.contains(HTMLReport.marker) || head.contains(MarkdownReport.marker)
    }

    /// Checks that writing `path` overwrites nothing of someone else's.
    /// - Throws: `UserError` when a file Cleave did not write is there and `force` is off.
    public static func checkWritable(_ path: String, force: Bool) throws(UserError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            throw UserError("is a folder, not a file", place: path, hint: "give --output a file name")
        }
        if force || isCleaveReport(path) { return }
        throw UserError(
            "not overwriting a file Cleave did not write", place: path,
            hint: "choose another --output, or add --force to replace it")
    }
}
