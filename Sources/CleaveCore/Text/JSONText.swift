/// Writing JSON string literals: one quoter for every JSON writer (the reports' `JSONValue`,
/// the schema's `SchemaJSON`).
public enum JSONText {
    /// `s` as a JSON string literal appended to `out`: quotes, backslashes and control
    /// characters escaped, and U+2028 and U+2029 too, so the text is also safe as JavaScript.
    public static func quote(_ s: String, into out: inout String) {
        guard needsEscape(s) else {
            out += "\""
            out += s
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        quote(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `s` has a byte a JSON string must escape. Most strings (ids, dates) do not.
    /// U+2028 and U+2029 both begin with the byte 0xE2.
    private static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
    }

    /// `s` as a JSON string literal appended to `out` as UTF-8 (see `quote(_:into:)`).
    public static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if !needsEscape(s) {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
