/// Writing CSV fields: one escaper for every CSV Cleave writes (`--format csv` of every
/// command, `cleave export archi-csv`, the business case), so that a spreadsheet opening the
/// file never runs inventory text as a formula.
///
/// RFC 4180 quoting, plus OWASP's advice on CSV injection: a field that begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return — which Excel, LibreOffice and Google Sheets
/// read as the start of a formula — is written with a single quote `'` before it, and
/// quoted. A field that is wholly a number (`-1200`, `+3.5`, `1e-3`) is left as it is: it
/// is a number to every spreadsheet, not a formula, and Cleave's own figures stay figures.
public enum CSVText {
    /// `s` as one CSV field. `alwaysQuote` quotes every field (as Archi writes them).
    public static func field(_ s: String, alwaysQuote: Bool = false) -> String {
        let guarded = neutralised(s)
        let quote =
            alwaysQuote || guarded != s
            || guarded.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard quote else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `s` with a `'` before it when a spreadsheet would read it as a formula.
    public static func neutralised(_ s: String) -> String {
        guard let first = s.utf8.first, triggers.contains(first), !isNumber(s) else { return s }
        return "'" + s
    }

    /// The text a field held before `neutralised`: a `'` before a formula's first character
    /// taken off, for reading back what Cleave wrote (`cleave import archi-csv`).
    public static func restored(_ s: String) -> String {
        let bytes = s.utf8
        guard bytes.first == UInt8(ascii: "'"), let second = bytes.dropFirst().first, triggers.contains(second) else {
            return s
        }
        let rest = String(s.dropFirst())
        return isNumber(rest) ? s : rest
    }

    /// What makes a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static let triggers: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
    ]

    /// Whether `s` is a decimal number and nothing else: a sign, digits, a fraction, an
    /// exponent (`-1200`, `+3.5`, `-0.25e3`).
    static func isNumber(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { (0x30...0x39).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
