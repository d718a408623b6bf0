import CleaveCore
import Foundation

extension RenderFormat {
    /// The formats a file name's extension stands for; `.mermaid` and `.gv` are accepted too.
    static let byExtension: [String: RenderFormat] = [
        "svg": .svg, "png": .png, "pdf": .pdf, "dot": .dot, "gv": .dot, "mmd": .mermaid, "mermaid": .mermaid,
    ]

    /// The format to write `path` in: `requested` when given, else the one its extension
    /// names, else SVG for a path without an extension (or no path at all).
    ///
    /// - Throws: `UserError` when `requested` and the extension disagree, or the extension
    ///   is not one Cleave writes and no format was asked for.
    public static func resolve(requested: RenderFormat?, output path: String?) throws(UserError) -> RenderFormat {
        guard let path else { return requested ?? .svg }
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard !suffix.isEmpty else { return requested ?? .svg }
        let known = byExtension.keys.sorted().map { ".\($0)" }.joined(separator: " ")
        guard let implied = byExtension[suffix] else {
            if let requested { return requested }
            throw UserError(
                "cannot tell the format from the extension '.\(suffix)'", place: path,
                hint: "name the file \(known), or give --format")
        }
        if let requested, requested != implied {
            throw UserError(
                "--format \(requested.rawValue) does not match the extension '.\(suffix)' (\(implied.rawValue))",
                place: path, hint: "drop --format, or name the file .\(requested.fileExtension)")
        }
        return implied
    }
}
