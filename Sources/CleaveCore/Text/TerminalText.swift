/// Inventory text made safe for a terminal: what a terminal would obey rather than show is
/// written as a Swift-style escape, `\u{1B}`, the way `invalid-id` shows invisible
/// characters, so a name cannot move the cursor, rewrite a line (CR, backspace), change
/// colours, set the window title or make a hidden link (ESC and OSC 8 sequences), or
/// reorder what is shown (bidirectional overrides).
///
/// Escaped: the C0 controls U+0000–U+001F (line feed and tab only where the caller keeps
/// them), DEL U+007F, the C1 controls U+0080–U+009F, and the bidirectional embeddings,
/// overrides and isolates U+202A–U+202E and U+2066–U+2069. Everything else is as written.
public enum TerminalText {
    /// The colour codes Cleave's own findings use (bold, red, yellow, cyan, reset), which
    /// `escaped(_:keepingColours:)` lets through: they only colour text, never hide or move it.
    public static let colours: [String] = ["\u{1B}[1m", "\u{1B}[31m", "\u{1B}[33m", "\u{1B}[36m", "\u{1B}[0m"]

    /// `s` with the characters above escaped. `newlines` keeps line feeds (a CR before one
    /// too, for a CRLF line end); `tabs` keeps tabs; `keepingColours` keeps the `colours`.
    public static func escaped(
        _ s: String, newlines: Bool = true, tabs: Bool = true, keepingColours: Bool = false
    ) -> String {
        guard needsEscape(s) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalarView = s.unicodeScalars
        var index = scalarView.startIndex
        while index < scalarView.endIndex {
            let scalar = scalarView[index]
            let next = scalarView.index(after: index)
            let pending: Unicode.Scalar? = next < scalarView.endIndex ? scalarView[next] : nil
            if keepingColours, scalar == "\u{1B}",
                let colour = colours.first(where: { scalarView[index...].starts(with: $0.unicodeScalars) })
            {
                out += colour
                index = scalarView.index(index, offsetBy: colour.unicodeScalars.count)
                continue
            }
            index = next
            switch scalar {
            case "\n" where newlines: out.unicodeScalars.append(scalar)
            case "\r" where newlines && pending == "\n": out.unicodeScalars.append(scalar)
            case "\t" where tabs: out.unicodeScalars.append(scalar)
            case _ where isControl(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether the scalar is one that is escaped (line feeds and tabs included).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A quick look at the bytes: most text has no control byte, no C1 lead byte (0xC2) and
    /// no 0xE2 (the lead byte of the bidirectional controls).
    private static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
}
