/// Escaping of inventory text for HTML, XML and Markdown: one place for every writer that
/// puts text between tags — DOT's HTML-like labels, the HTML report, JUnit and ArchiMate
/// XML — or into Markdown (the reports' papers, `cleave diff`'s pull-request comment).
public enum Markup {
    /// `s` as text in a line of GitHub-flavoured Markdown (a table cell, a heading, a list
    /// item): `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `!`, `#` and `|` backslash-escaped, `<`
    /// and `>` as entities, so no name makes a link, an image (a beacon), a tag, code or
    /// emphasis; controls shown as `\u{…}` (`TerminalText`), a line break as a space.
    ///
    /// `(` and `)` are left: without `[` they make no link. A bare URL is still autolinked
    /// by GitHub (a link, never an image).
    public static func markdown(_ s: String) -> String {
        escapingMarkdown(s, backslashed: markdownSpecial, lineBreak: " ")
    }

    /// Reporter-written Markdown with inventory text in it (an option's description in a
    /// sentence): only what could make a tag, a link or an image is escaped — `<`, `>`, `[`,
    /// `]` — and controls, so the sentence's own emphasis and code still work.
    public static func markdownProse(_ s: String) -> String {
        escapingMarkdown(s, backslashed: Set("[]".utf8), lineBreak: "\n")
    }

    /// `<` and `>` as entities, the ASCII `backslashed` with a `\` before them, a line break
    /// (LF; CR too when `lineBreak` is a space) as `lineBreak`, other controls as `\u{…}`.
    private static func escapingMarkdown(_ s: String, backslashed: Set<UInt8>, lineBreak: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || backslashed.contains($0) || $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 })
        else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case _ where scalar.isASCII && backslashed.contains(UInt8(scalar.value)):
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n": out += lineBreak
            case "\r" where lineBreak == " ": out += " "
            case _ where TerminalText.isControl(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let markdownSpecial: Set<UInt8> = Set("<>\\`*_~[]!#|".utf8)

    /// `s` as HTML element text or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// escaped, everything else as it is.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `s` as XML 1.0 text or attribute value: the markup characters escaped, line breaks
    /// and tabs as character references (so attributes keep them), and characters XML 1.0
    /// cannot hold replaced by U+FFFD.
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out += "&#\(scalar.value);"
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xD800...0xDFFF).contains(v) && v != 0xFFFE && v != 0xFFFF
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
