import CleaveCore

/// Escaping for the two kinds of DOT string Cleave writes.
///
/// Inventory text only ever goes into HTML-like labels (`label=<…>`), escaped here as
/// XML text and for Graphviz's escString layer, which still expands `\N`, `\G`, `\E`,
/// `\T`, `\H` and `\L` inside HTML-like labels and turns `\\` into `\`. Quoted strings
/// carry only values chosen by code (colours, keywords), checked before writing.
enum DOTEscaping {
    /// `line` as the body of an HTML-like label: shows exactly these characters.
    ///
    /// The line must already be visible text (see `LabelText.visible`): Graphviz drops
    /// control characters from HTML-like labels.
    static func htmlText(_ line: String) -> String {
        // Markup first, then the escString layer: the markup adds no backslashes.
        Markup.escape(line).replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// A DOT quoted string holding a code-chosen value.
    ///
    /// - Precondition: `value` has no line breaks or control characters.
    static func quoted(_ value: String) -> String {
        precondition(
            value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F },
            "control character in a code-chosen DOT value")
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// Inventory text as a quoted escString (a `tooltip`) that shows exactly these lines.
    ///
    /// Two layers read a backslash here, the DOT parser and Graphviz's escString
    /// expansion (`\N`, `\G`, `\n`…), so one shown backslash is written as four; a quote
    /// is `\"`; lines are joined with `\n`. Graphviz's SVG writer leaves anything that
    /// already looks like an entity alone, so `&` is written as `&amp;`. Control
    /// characters become their Control Pictures, as in labels.
    static func escString(_ lines: [String]) -> String {
        var out = "\""
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "\\n" }
            for scalar in LabelText.visible(line).unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\\\\\"
                case "\"": out += "\\\""
                case "&": out += "&amp;"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number as DOT reads it, with no locale and at most two decimals.
    static func number(_ value: Double) -> String {
        let scaled = (value * 100).rounded()
        let whole = Int(scaled) / 100
        let fraction = abs(Int(scaled) % 100)
        if fraction == 0 { return String(whole) }
        let sign = value < 0 && whole == 0 ? "-" : ""
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(sign)\(whole).\(digits)"
    }
}
