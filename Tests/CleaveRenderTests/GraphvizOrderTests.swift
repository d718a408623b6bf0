import Foundation
import Testing

@testable import CleaveRender

/// The same DOT text gives the same SVG bytes whatever state the heap is in. Graphviz's own
/// ids for named objects are the addresses of their names, and it orders clusters by id,
/// so with its default the cluster order followed malloc: the example's `focus-erp-gold`
/// map came out in two orders from one run to the next.
struct GraphvizOrderTests {
    /// Forty clusters named out of alphabetical order, linked in a ring.
    static let dot: String = {
        let names = (0..<40).map { "cluster_\(($0 * 17) % 40)" }
        var text = "digraph G {\n"
        for (k, name) in names.enumerated() {
            text += "  subgraph \(name) { label=\"\(name)\"; n\(k) [label=\"item \(k)\"]; }\n"
        }
        for k in 0..<40 { text += "  n\(k) -> n\((k + 1) % 40);\n" }
        return text + "}\n"
    }()

    /// Cluster titles in the order the SVG draws them.
    static func clusterOrder(_ svg: String) -> [String] {
        svg.components(separatedBy: "<title>").dropFirst()
            .compactMap { $0.components(separatedBy: "</title>").first }
            .filter { $0.hasPrefix("cluster_") }
    }

    @Test func clustersComeInTheOrderOfTheTextWhateverTheHeapHolds() throws {
        var generator = SystemRandomNumberGenerator()
        var outputs: Set<[UInt8]> = []
        var orders: [[String]] = []
        for _ in 0..<12 {
            // Fragment the heap with blocks the size of short strings, half of them freed,
            // so that names parsed next land in holes scattered over it.
            var blocks = (0..<4000).map { _ in malloc(Int.random(in: 8...96, using: &generator))! }
            blocks.shuffle(using: &generator)
            for block in blocks.prefix(2000) { free(block) }
            defer { for block in blocks.suffix(2000) { free(block) } }

            let svg = try GraphvizRenderer.shared.render(dot: Self.dot, layout: .dot, format: .svg)
            outputs.insert(svg)
            orders.append(Self.clusterOrder(String(decoding: svg, as: UTF8.self)))
        }
        let expected = (0..<40).map { "cluster_\(($0 * 17) % 40)" }
        #expect(orders.allSatisfy { $0 == expected }, "\(orders.first { $0 != expected } ?? [])")
        #expect(outputs.count == 1, "\(outputs.count) different SVGs from one DOT text")
    }
}
