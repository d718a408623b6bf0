import Foundation
import Testing

/// Golden files: output compared byte for byte with a file kept beside the tests, and
/// re-recorded only on purpose, with `CLEAVE_RECORD_GOLDEN=1 swift test` (then read the
/// diff before committing it).
public enum Golden {
    /// Whether this run records golden files instead of comparing with them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["CLEAVE_RECORD_GOLDEN"] == "1" }

    /// Expects `text` to equal the golden file `name` in `folder`; when recording, writes it.
    public static func check(
        _ text: String, as name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let file = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text == expected,
            "\(name) differs from its golden file; re-record with CLEAVE_RECORD_GOLDEN=1 if on purpose",
            sourceLocation: sourceLocation)
    }
}
