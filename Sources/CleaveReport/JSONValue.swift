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
        if pretty { writer.out.append(UInt8(ascii: "\n")) }
        return String(decoding: writer.out, as: UTF8.self)
    }

    /// Appends a value's text, as UTF-8, to one buffer; the line breaks and indents of each
    /// depth are made once, not for every element.
    private struct Writer {
        let pretty: Bool
        var out: [UInt8] = []
        /// "\n" and 2 × depth spaces, by depth.
        var breaks: [[UInt8]] = [[UInt8(ascii: "\n")]]

        init(pretty: Bool) { self.pretty = pretty }

        mutating func lineBreak(_ depth: Int) {
            while breaks.count <= depth { breaks.append(breaks[breaks.count - 1] + [0x20, 0x20]) }
            out.append(contentsOf: breaks[depth])
        }

        mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .number(let n): out.append(contentsOf: JSONValue.format(n).utf8)
            case .string(let s): JSONText.quote(s, into: &out)
            case .array(let values):
                container(open: "[", close: "]", count: values.count, depth: depth) { i, writer in
                    writer.write(values[i], depth: depth + 1)
                }
            case .object(let pairs):
                container(open: "{", close: "}", count: pairs.count, depth: depth) { i, writer in
                    JSONText.quote(pairs[i].0, into: &writer.out)
                    writer.out.append(UInt8(ascii: ":"))
                    if writer.pretty { writer.out.append(UInt8(ascii: " ")) }
                    writer.write(pairs[i].1, depth: depth + 1)
                }
            }
        }

        private mutating func container(
            open: Unicode.Scalar, close: Unicode.Scalar, count: Int, depth: Int, element: (Int, inout Writer) -> Void
        ) {
            out.append(UInt8(ascii: open))
            guard count > 0 else {
                out.append(UInt8(ascii: close))
                return
            }
            for i in 0..<count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { lineBreak(depth + 1) }
                element(i, &self)
            }
            if pretty { lineBreak(depth) }
            out.append(UInt8(ascii: close))
        }
    }

    /// Whole numbers print without a fraction; others in the shortest form that reads back
    /// exactly. Non-finite numbers, which JSON cannot hold, print as null.
    static func format(_ n: Double) -> String {
        n.isFinite ? Wording.number(n) : "null"
    }

}
