import CleaveCore
import CleaveReport

/// JSON replies are objects with sorted keys, so the same inventory and request give the same
/// bytes (only `timing` varies).
enum ReplyJSON {
    /// An object with its keys sorted.
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.sorted { $0.0 < $1.0 })
    }

    /// `value` with the keys of every object in it sorted; lists keep their order.
    static func sortingKeys(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let pairs): return object(pairs.map { ($0.0, sortingKeys($0.1)) })
        case .array(let values): return .array(values.map(sortingKeys))
        default: return value
        }
    }

    static func date(_ day: Day?) -> JSONValue { .string(day?.description) }

    /// `{"error": message, "field": field}`: what every refused request answers.
    static func error(_ message: String, field: String?) -> JSONValue {
        object([("error", .string(message)), ("field", .string(field))])
    }
}
