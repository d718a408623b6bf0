import CleaveCore
import CleaveReport
import Foundation

/// Small formatting helpers the analysis reports share.
enum Formatting {
    /// `67%`, rounded to a whole percent.
    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    /// `1.4×`.
    static func ratio(_ value: Double) -> String {
        String(format: "%.1f×", value)
    }

    /// `2.5`, or `3` for whole numbers.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Ids joined for a table cell; `—` when none. Beyond `limit` ids, the rest are counted,
    /// so one item with thousands of dependents does not widen every row.
    static func list(_ ids: [String], limit: Int = .max) -> String {
        if ids.isEmpty { return "—" }
        if ids.count <= limit { return ids.joined(separator: ", ") }
        return ids.prefix(limit).joined(separator: ", ") + " and \(ids.count - limit) more"
    }

    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? word : plural ?? word + "s")"
    }
}

extension JSONValue {
    /// A date as `YYYY-MM-DD`, or null.
    static func day(_ value: Day?) -> JSONValue { .string(value?.description) }
}
