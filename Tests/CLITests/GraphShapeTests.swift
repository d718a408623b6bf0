import CleaveTestSupport
import Foundation
import Testing

/// Hostile graph shapes: a hub with many dependents, a long chain, a dense mesh and one
/// long cycle. Every command finishes on each (no stack overflow from a deep recursion, no
/// crash) and entanglement's drag and hold come out as the shape dictates. The shapes are
/// smaller here than in `Benchmarks/shapes.py`, which runs them at full size (200,000
/// dependents, 1,000,000 links, 2,000 × 2,000, 100,000) for the README's Limits table.
struct GraphShapeTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var size: Int
        /// An item to ask `impact` about.
        var focus: String
        /// (id, users, what it depends on) for each item.
        var rows: @Sendable (Int) -> [(String, String, [String])]
        /// Each item's expected (drag, hold), worked out from the shape by hand (SPEC §4.2:
        /// the entangled items among the item and what it reaches, or what reaches it).
        var reach: @Sendable (String, Int) -> (drag: Int, hold: Int)
        var testDescription: String { "\(name) of \(size)" }
    }

    static func users(_ i: Int) -> String { ["P1", "P2", "P1, P2"][i % 3] }
    static func id(_ prefix: String, _ i: Int) -> String { prefix + String(format: "%07d", i) }
    static func number(_ id: String) -> Int { Int(id.dropFirst())! }
    /// 1 when item `i` of a shape is used by both parties (every third), else 0.
    static func both(_ i: Int) -> Int { i % 3 == 2 ? 1 : 0 }
    /// How many of the first `n` items are used by both parties.
    static func bothCount(_ n: Int) -> Int { n / 3 }

    static let shapes: [Shape] = [
        Shape(
            name: "hub", size: 20_000, focus: "hub",
            rows: { n in [("hub", "P1, P2", [])] + (0..<n).map { (id("h", $0), users($0), ["hub"]) } },
            // Only the hub and the items both parties use are entangled; a dependent reaches the hub.
            reach: { item, n in
                item == "hub" ? (1, 1 + bothCount(n)) : (both(number(item)) + 1, both(number(item)))
            }),
        Shape(
            name: "chain", size: 30_000, focus: id("c", 0),
            rows: { n in (0..<n).map { (id("c", $0), users($0), $0 + 1 < n ? [id("c", $0 + 1)] : []) } },
            // Needs grow down the chain: every item but the first is entangled.
            reach: { item, n in (n - max(number(item), 1), number(item)) }),
        Shape(
            name: "mesh", size: 150, focus: id("p", 0),
            rows: { n in
                let providers = (0..<n).map { id("p", $0) }
                return (0..<n).map { (providers[$0], users($0), []) }
                    + (0..<n).map { (id("m", $0), users($0), providers) }
            },
            // Every provider is needed by both; a consumer reaches all n of them.
            reach: { item, n in
                item.hasPrefix("p")
                    ? (1, 1 + bothCount(n)) : (both(number(item)) + n, both(number(item)))
            }),
        Shape(
            name: "cycle", size: 20_000, focus: id("y", 0),
            rows: { n in (0..<n).map { (id("y", $0), users($0), [id("y", ($0 + 1) % n)]) } },
            // One strongly connected component: each item reaches all n, all entangled.
            reach: { _, n in (n, n) }),
    ]

    static func write(_ shape: Shape, into folder: TemporaryFolder) throws {
        try folder.write(
            "inv/estate.yaml",
            """
            estate: {name: \(shape.name), currency: GBP, asOf: 2026-01-01, defaults: {duplicateCost: 1000, severCost: 2500}}
            parties: [{id: P1, name: One}, {id: P2, name: Two}]
            areas: [{id: core, name: Core, lead: P1}]
            options:
              - {id: apart, name: P1 leaves, separate: [P1], default: split, targetDate: 2028-03-31}

            """)
        var text = "systems:\n"
        for (id, users, depends) in shape.rows(shape.size) {
            let links = depends.map { "{id: \($0), via: integration}" }.joined(separator: ", ")
            text += "  - {id: \(id), name: System \(id), area: core, users: [\(users)], dependsOn: [\(links)], "
            text += "annualCost: 1000, split: {strategy: clone, oneOffCost: 500}}\n"
        }
        try folder.write("inv/systems.yaml", text)
    }

    @Test(arguments: shapes)
    func everyCommandFinishes(_ shape: Shape) throws {
        let folder = try TemporaryFolder()
        try Self.write(shape, into: folder)
        let commands: [[String]] = [
            ["validate", "inv"], ["options", "inv"], ["blockers", "inv", "--option", "apart"],
            ["plan", "inv", "--separate", "P1"], ["impact", "inv", shape.focus], ["costs", "inv", "--option", "apart"],
            ["roadmap", "inv", "--option", "apart", "--summary"], ["case", "inv", "--option", "apart"],
            ["render", "inv", "-o", "estate.svg"], ["report", "inv", "-o", "report.html"],
        ]
        for command in commands {
            let run = try CLIRunner.run(command, in: folder.url, timeout: 300)
            #expect(run.status == 0 && !run.crashed, "\(command.joined(separator: " ")): \(run.stderr.prefix(400))")
        }

        let run = try CLIRunner.run(["entanglement", "inv", "--format", "json"], in: folder.url, timeout: 300)
        try #require(run.status == 0 && !run.crashed, "\(run.stderr.prefix(400))")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == shape.rows(shape.size).count)
        var wrong: [String] = []
        for item in items {
            let id = item["id"] as? String ?? "?"
            let expected = shape.reach(id, shape.size)
            if item["drag"] as? Int != expected.drag || item["hold"] as? Int != expected.hold {
                wrong.append("\(id): drag \(item["drag"] ?? "-") hold \(item["hold"] ?? "-"), expected \(expected)")
            }
        }
        let count = wrong.count, first = Array(wrong.prefix(3))
        #expect(count == 0, "\(count) items differ, such as \(first)")
    }
}
