/// Turns inventory text into what a map shows, line by line.
///
/// A name is shown verbatim, with three exceptions that no renderer can show as-is:
/// line breaks become new lines; other control characters become their Unicode
/// Control Pictures (U+2400…), so a tab reads `␉` instead of vanishing; and the
/// XML non-characters U+FFFE and U+FFFF become U+FFFD. Long lines wrap at single spaces.
public enum LabelText {
    /// The lines a renderer should show for `text`, wrapped near `width` characters.
    ///
    /// Joining the result with line breaks for the original breaks and single spaces for
    /// wrap points gives back `visible(text)`.
    public static func lines(_ text: String, wrapAt width: Int = 32) -> [String] {
        var result: [String] = []
        for line in splitLines(text) {
            result.append(contentsOf: wrap(visible(line), width: width))
        }
        return result
    }

    /// `text` with control characters replaced by their Control Pictures (newlines too).
    public static func visible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F: scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: scalars.append("\u{2421}")
            case 0xFFFE, 0xFFFF: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Splits at CR LF, LF and CR.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR {
                    lines.append(String(current))
                    current = .init()
                }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(String(current))
                current = .init()
                previousWasCR = true
            } else {
                current.append(scalar)
                previousWasCR = false
            }
        }
        lines.append(String(current))
        return lines
    }

    /// Breaks `line` at single spaces (never inside a run of spaces) into lines of at most
    /// `width` characters where the words allow.
    static func wrap(_ line: String, width: Int) -> [String] {
        let chars = Array(line)
        guard chars.count > width, width > 0 else { return [line] }
        var lines: [String] = []
        var start = 0
        var lastBreak: Int?
        var index = 0
        while index < chars.count {
            let isBreak =
                chars[index] == " "
                && index > start
                && index + 1 < chars.count
                && chars[index - 1] != " " && chars[index + 1] != " "
            if isBreak { lastBreak = index }
            if index - start >= width, let cut = lastBreak {
                lines.append(String(chars[start..<cut]))
                start = cut + 1
                lastBreak = nil
                index = start
                continue
            }
            index += 1
        }
        lines.append(String(chars[start...]))
        return lines
    }
}
