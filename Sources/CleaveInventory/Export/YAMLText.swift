import Foundation

/// Scalars and short lists as YAML text: plain where the loader reads them back as the same
/// string, double-quoted only where needed.
enum YAMLText {
    /// A string scalar, quoted only when it would otherwise read as something else.
    static func string(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `[a, b, c]`.
    static func flowList(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    /// `{key: value, …}` from pairs already written as YAML.
    static func flowMap(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func quoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    text += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }

    /// Words a YAML 1.1 reader takes for booleans or null.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "y", "n", "on", "off", "null", "~"]

    private static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") { return false }
        if value.unicodeScalars.contains(where: {
            $0.value < 0x20 || $0.value == 0x7F || ",[]{}".unicodeScalars.contains($0)
        }) {
            return false
        }
        if reserved.contains(value.lowercased()) { return false }
        // Anything that starts like a number or a date could be read as one.
        if let scalar = first.properties.numericType, scalar == .decimal { return !looksNumeric(value) }
        if first == "." || first == "+" { return false }
        return true
    }

    private static func looksNumeric(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { CharacterSet(charactersIn: "0123456789._-:+eE").contains($0) }
    }
}
