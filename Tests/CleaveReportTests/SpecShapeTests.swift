import CleaveCore
import CleaveReport
import Foundation
import Testing

/// The JSON of every analysis has exactly the keys, in the order, that SPEC §5 writes —
/// read from docs/SPEC.md itself, so the two cannot drift apart. Keys the SPEC's prose
/// adds beyond the shape, and the documented extensions of our own, are listed as extras.
struct SpecShapeTests {
    /// A shape as SPEC §5 writes it: `{a, b: [{c, d}], e: {f}}`.
    indirect enum Shape: Equatable {
        case leaf
        case object([(String, Shape)])
        case list(Shape)

        static func == (lhs: Shape, rhs: Shape) -> Bool { "\(lhs)" == "\(rhs)" }
    }

    /// The shapes of SPEC §5's bullets, by command name.
    static func specShapes() throws -> [String: Shape] {
        let spec = try String(
            contentsOf: AnalysisGoldenTests.here
                .appendingPathComponent("../../docs/SPEC.md").standardized, encoding: .utf8)
        let section = spec.components(separatedBy: "## 5.")[1]
        var shapes: [String: Shape] = [:]
        // Each bullet: "- `name`: `{...}`", perhaps with "**(1.1)** " and the shape over several lines.
        for bullet in section.components(separatedBy: "\n- ").dropFirst() {
            let text = bullet.replacingOccurrences(of: "\n", with: " ")
            guard let nameStart = text.firstIndex(of: "`") else { continue }
            let rest = text[text.index(after: nameStart)...]
            guard let nameEnd = rest.firstIndex(of: "`") else { continue }
            let name = String(rest[..<nameEnd])
            guard let open = text.range(of: "`{") else { continue }
            var chars = Array(text[text.index(after: open.lowerBound)...]).filter { $0 != "`" }
            chars = Array(String(chars).replacingOccurrences(of: "  ", with: " "))
            var position = 0
            shapes[name] = parse(chars, &position)
        }
        return shapes
    }

    static func parse(_ c: [Character], _ i: inout Int) -> Shape {
        func skip() { while i < c.count, c[i] == " " { i += 1 } }
        skip()
        if c[i] == "[" {
            i += 1
            let inner = parse(c, &i)
            skip()
            i += 1  // ]
            return .list(inner)
        }
        guard c[i] == "{" else {
            // A bare word, as in `[ids]`: read past it.
            while i < c.count, c[i].isLetter || c[i].isNumber { i += 1 }
            return .leaf
        }
        i += 1
        var fields: [(String, Shape)] = []
        while true {
            skip()
            if c[i] == "}" {
                i += 1
                break
            }
            var name = ""
            while i < c.count, c[i].isLetter || c[i].isNumber {
                name.append(c[i])
                i += 1
            }
            // Not a key: a shape this parser does not read. Stop rather than loop.
            guard !name.isEmpty else { return .object(fields + [("?", .leaf)]) }
            skip()
            var value = Shape.leaf
            if c[i] == ":" {
                i += 1
                value = parse(c, &i)
                skip()
            }
            fields.append((name, value))
            if c[i] == "," { i += 1 }
        }
        return .object(fields)
    }

    /// The shape of a JSON value: objects with their keys in order, lists by their first element.
    static func shape(_ value: JSONValue) -> Shape {
        switch value {
        case .object(let fields): return .object(fields.map { ($0.0, shape($0.1)) })
        case .array(let values): return values.first.map { .list(shape($0)) } ?? .list(.leaf)
        default: return .leaf
        }
    }

    /// Drops the given keys (anywhere) and, where the SPEC names a key without a shape
    /// (`separate`, `needs`), forgets the value's own.
    static func fit(_ actual: Shape, to expected: Shape, extras: Set<String>) -> Shape {
        switch (actual, expected) {
        case (.object(let a), .object(let e)):
            let wanted = Dictionary(e, uniquingKeysWith: { x, _ in x })
            return .object(
                a.filter { !extras.contains($0.0) }.map { key, value in
                    (key, wanted[key].map { fit(value, to: $0, extras: extras) } ?? value)
                })
        case (.list(.leaf), .list): return expected  // an empty list: nothing to compare
        case (.list(let a), .list(let e)): return .list(fit(a, to: e, extras: extras))
        case (_, .leaf): return .leaf
        default: return actual
        }
    }

    /// Command, the golden report whose JSON it is, and keys beyond the shape.
    static let checked: [(String, String, [String])] = [
        ("entanglement", "entanglement", []),
        ("options", "options", ["assumptions", "businessCase", "comparedWith", "differences"]),  // our additions (README)
        ("blockers", "blockers", ["noticeDate"]),  // SPEC 1.1: "a contract lock also has noticeDate"
        ("plan", "plan", ["assumptions"]),
        ("costs", "costs-option", ["staffing"]),
        ("roadmap", "roadmap", ["staffing"]),
        ("case", "case", ["comparedWith", "strandedShare", "strandedMonths"]),
    ]

    @Test(arguments: 0..<checked.count)
    func jsonFollowsTheSpec(index: Int) throws {
        let (command, report, extraKeys) = Self.checked[index]
        let extras = Set(extraKeys)
        let expected = try #require(try Self.specShapes()[command], "SPEC §5 has no shape for \(command)")
        let json = try #require(try AnalysisGoldenTests.reports().first { $0.0 == report }?.1.json)
        let actual = Self.fit(Self.shape(json), to: expected, extras: extras)
        #expect(actual == expected, "\(command): \(actual) is not SPEC §5's \(expected)")
    }

    @Test func theParserReadsNestedShapes() {
        var i = 0
        let shape = Self.parse(Array("{a, b: [{c, d}], e: {f}, g: [ids]}"), &i)
        #expect(
            shape
                == .object([
                    ("a", .leaf), ("b", .list(.object([("c", .leaf), ("d", .leaf)]))),
                    ("e", .object([("f", .leaf)])), ("g", .list(.leaf)),
                ]))
    }
}
