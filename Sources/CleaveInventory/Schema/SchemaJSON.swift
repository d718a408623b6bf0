import CleaveCore

/// The little JSON the schema is written in: objects keep their keys in the order given,
/// so the schema prints the same bytes every time.
public indirect enum SchemaJSON: Sendable, Equatable {
    case bool(Bool)
    case int(Int)
    /// A number with a fraction (3.5); whole numbers are `int`.
    case number(Double)
    case string(String)
    case array([SchemaJSON])
    case object([Pair])

    public struct Pair: Sendable, Equatable {
        public var key: String
        public var value: SchemaJSON
        public init(_ key: String, _ value: SchemaJSON) {
            self.key = key
            self.value = value
        }
    }

    /// Two-space indented JSON, ending in a newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let n): out += Wording.number(n)
        case .string(let s): out += SchemaJSON.quoted(s)
        case .array(let values):
            if values.isEmpty {
                out += "[]"
                return
            }
            if values.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                out += "["
                for (i, v) in values.enumerated() {
                    if i > 0 { out += ", " }
                    v.write(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in values.enumerated() {
                out += indent + "  "
                v.write(into: &out, indent: indent + "  ")
                out += i == values.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, p) in pairs.enumerated() {
                out += indent + "  " + SchemaJSON.quoted(p.key) + ": "
                p.value.write(into: &out, indent: indent + "  ")
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = ""
        JSONText.quote(s, into: &out)
        return out
    }
}

extension SchemaJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
