import CleaveCore

/// A JSON value whose objects keep their keys in the order given, so output follows the
/// field order of the specification and is byte-identical for the same input.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// A number, or null when absent.
    public static func number(_ value: Double?) -> JSONValue {
        value.map { .number($0) } ?? .null
    }

    public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    public static func strings(_ values: [String]) -> JSONValue {
        .array(values.map { .string($0) })
    }

    /// The text of this value: pretty-printed with two-space indents, ending in a newline
    /// when `pretty`; compact on one line otherwise.
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        if pretty { out += "\n" }
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += JSONValue.format(n)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let values):
            writeContainer(open: "[", close: "]", count: values.count, to: &out, indent: indent) { i, out, inner in
                values[i].write(to: &out, indent: inner)
            }
        case .object(let pairs):
            writeContainer(open: "{", close: "}", count: pairs.count, to: &out, indent: indent) { i, out, inner in
                JSONValue.quote(pairs[i].0, into: &out)
                out += inner == nil ? ":" : ": "
                pairs[i].1.write(to: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, to out: inout String, indent: Int?,
        element: (Int, inout String, Int?) -> Void
    ) {
        out += open
        guard count > 0 else {
            out += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for i in 0..<count {
            if i > 0 { out += "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            element(i, &out, inner)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    /// Whole numbers print without a fraction; others in the shortest form that reads back
    /// exactly. Non-finite numbers, which JSON cannot hold, print as null.
    static func format(_ n: Double) -> String {
        n.isFinite ? Wording.number(n) : "null"
    }

    /// `s` as a JSON string literal (see `JSONText.quote`).
    static func quote(_ s: String, into out: inout String) { JSONText.quote(s, into: &out) }
}
