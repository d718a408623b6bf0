import Foundation

/// The one file a command writes with `--output FILE` (an export, a baseline, a template):
/// written whole through `AtomicFile`, and over an existing file only when Cleave wrote it,
/// unless forced.
///
/// These outputs carry no marker of their own (a marker would change the formats other tools
/// read), so a file counts as Cleave's when it opens with the same lines as the new text:
/// the lines every output of its kind shares, whatever the estate (an XML declaration and
/// root element, a JSON object's fixed first keys).
public struct OutputFile: Sendable {
    public let path: String
    /// Replace whatever is there.
    public let force: Bool
    /// How many opening lines an output of this kind always shares; nil when only the
    /// same text is Cleave's (a blank template).
    public let sharedLines: Int?

    public init(path: String, force: Bool, sharedLines: Int?) {
        self.path = path
        self.force = force
        self.sharedLines = sharedLines
    }

    /// Writes `text`, after checking that it replaces nothing of someone else's.
    /// - Throws: `UserError` for a folder in the way, a file Cleave did not write (unless
    ///   forced), or a file that cannot be written.
    public func write(_ text: String) throws(UserError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw UserError("is a folder, not a file", place: path, hint: "give --output a file name")
            }
            guard force || isOwn(text) else {
                throw UserError(
                    "not overwriting a file Cleave did not write", place: path,
                    hint: "choose another --output, or add --force to replace it")
            }
        }
        try AtomicFile.write(text, to: path)
    }

    /// Whether the file there opens as `text` does, for the lines its kind shares.
    private func isOwn(_ text: String) -> Bool {
        let new = Array(text.utf8)
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let sharedLines else {
            // Only the very same text: read one byte more than it, to see a longer file.
            return ((try? handle.read(upToCount: new.count + 1)) ?? Data()).elementsEqual(new)
        }
        var end = 0, lines = 0
        while end < new.count, lines < sharedLines {
            if new[end] == UInt8(ascii: "\n") { lines += 1 }
            end += 1
        }
        guard lines == sharedLines else { return false }
        return ((try? handle.read(upToCount: end)) ?? Data()).elementsEqual(new[..<end])
    }
}
