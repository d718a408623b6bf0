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
        var writer = Writer(pretty: pretty)
        writer.write(self, depth: 0)
        if pretty { writer.out += "\n" }
        return writer.out
    }

    /// Appends a value's text to one string; the line breaks and indents of each depth are
    /// made once, not for every element.
    private struct Writer {
        let pretty: Bool
        var out = ""
        /// "\n" and 2 × depth spaces, by depth.
        var breaks: [String] = ["\n"]

        init(pretty: Bool) { self.pretty = pretty }

        mutating func lineBreak(_ depth: Int) {
            while breaks.count <= depth { breaks.append(breaks[breaks.count - 1] + "  ") }
            out += breaks[depth]
        }

        mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .number(let n): out += JSONValue.format(n)
            case .string(let s): JSONValue.quote(s, into: &out)
            case .array(let values):
                container(open: "[", close: "]", count: values.count, depth: depth) { i, writer in
                    writer.write(values[i], depth: depth + 1)
                }
            case .object(let pairs):
                container(open: "{", close: "}", count: pairs.count, depth: depth) { i, writer in
                    JSONValue.quote(pairs[i].0, into: &writer.out)
                    writer.out += writer.pretty ? ": " : ":"
                    writer.write(pairs[i].1, depth: depth + 1)
                }
            }
        }

        private mutating func container(
            open: String, close: String, count: Int, depth: Int, element: (Int, inout Writer) -> Void
        ) {
            out += open
            guard count > 0 else {
                out += close
                return
            }
            for i in 0..<count {
                if i > 0 { out += "," }
                if pretty { lineBreak(depth + 1) }
                element(i, &self)
            }
            if pretty { lineBreak(depth) }
            out += close
        }
    }

    /// Whole numbers print without a fraction; others in the shortest form that reads back
    /// exactly. Non-finite numbers, which JSON cannot hold, print as null.
    static func format(_ n: Double) -> String {
        n.isFinite ? Wording.number(n) : "null"
    }

    /// `s` as a JSON string literal (see `JSONText.quote`).
    static func quote(_ s: String, into out: inout String) { JSONText.quote(s, into: &out) }
}
