import CleaveCore
import CleaveReport
import Foundation

/// Small formatting helpers the analysis reports share.
enum Formatting {
    /// `1.4×`; `0.02×` below a tenth, so a small ratio does not read as none.
    static func ratio(_ value: Double) -> String {
        String(format: value > 0 && value < 0.095 ? "%.2f×" : "%.1f×", value)
    }

    /// Ids joined for a table cell; `—` when none. Beyond `limit` ids, the rest are counted,
    /// so one item with thousands of dependents does not widen every row.
    static func list(_ ids: [String], limit: Int = .max) -> String {
        if ids.isEmpty { return "—" }
        if ids.count <= limit { return ids.joined(separator: ", ") }
        return ids.prefix(limit).joined(separator: ", ") + " and \(ids.count - limit) more"
    }
}

extension JSONValue {
    /// A date as `YYYY-MM-DD`, or null.
    static func day(_ value: Day?) -> JSONValue { .string(value?.description) }
}
