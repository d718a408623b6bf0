import CleaveCore
import Foundation

/// Small formatting helpers the analysis reports share.
public enum Formatting {
    /// `1.4×`; `0.02×` below a tenth, so a small ratio does not read as none.
    public static func ratio(_ value: Double) -> String {
        String(format: value > 0 && value < 0.095 ? "%.2f×" : "%.1f×", value)
    }

    /// Ids joined for a table cell; `—` when none. Beyond `limit` ids, the rest are counted,
    /// so one item with thousands of dependents does not widen every row.
    public static func list(_ ids: [String], limit: Int = .max) -> String {
        if ids.isEmpty { return "—" }
        if ids.count <= limit { return ids.joined(separator: ", ") }
        return ids.prefix(limit).joined(separator: ", ") + " and \(ids.count - limit) more"
    }
}

extension JSONValue {
    /// A date as `YYYY-MM-DD`, or null.
    public static func day(_ value: Day?) -> JSONValue { .string(value?.description) }
}

extension EstateGraph {
    /// The ids of the given items, in order.
    public func ids(_ items: [Int]) -> [String] { items.map(itemID) }
}
