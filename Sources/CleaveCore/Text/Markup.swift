/// Escaping of inventory text for HTML and XML: one place for every writer that puts text
/// between tags — DOT's HTML-like labels, the HTML report, JUnit and ArchiMate XML.
public enum Markup {
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
