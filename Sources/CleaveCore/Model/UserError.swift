/// A problem the user can fix — an unknown id, a file that cannot be read or written, an
/// inventory with errors — as a value: what went wrong, where, and how to put it right.
///
/// Commands throw it; the executable prints `description` to standard error and exits
/// with status 2 (SPEC §5). Nothing below the executable prints.
public struct UserError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in one sentence without a trailing full stop.
    public var message: String
    /// The file, or the place in a file, the message is about.
    public var place: String?
    /// How to fix it, printed as `hint: …` under the message.
    public var hint: String?
    /// Further lines printed under the message, such as the ids that do exist.
    public var notes: [String]
    /// Text printed before the message, such as the findings that stopped an analysis.
    public var preamble: String?

    public init(
        _ message: String, place: String? = nil, hint: String? = nil, notes: [String] = [],
        preamble: String? = nil
    ) {
        self.message = message
        self.place = place
        self.hint = hint
        self.notes = notes
        self.preamble = preamble
    }

    /// `place: error: message`, then the notes and the hint, each on its own indented line.
    public var description: String {
        var text = (preamble ?? "") + (place.map { "\($0): " } ?? "") + "error: " + message
        for note in notes { text += "\n  " + note }
        if let hint { text += "\n  hint: " + hint }
        return text
    }
}
