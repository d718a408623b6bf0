/// Writing JSON string literals: one quoter for every JSON writer (the reports' `JSONValue`,
/// the schema's `SchemaJSON`).
public enum JSONText {
    /// `s` as a JSON string literal appended to `out`: quotes, backslashes and control
    /// characters escaped, and U+2028 and U+2029 too, so the text is also safe as JavaScript.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings (ids, dates) need no escape: a scan of their bytes, then one append.
        // U+2028 and U+2029 both begin with the byte 0xE2.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 })
        {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
