import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// The in-process renderer: formats, Graphviz's errors as Swift errors, the sticky error
/// level reset between jobs, and calls from many threads at once.
struct GraphvizRendererTests {
    static let small = "digraph { a -> b; b -> c }"

    @Test func svgCarriesTheMarker() throws {
        let dot = DOTWriter(layout: .dot).write(try EstateView().diagram(Fixtures.context(Fixtures.council)))
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<!-- \(DOTWriter.marker) -->"))
    }

    @Test func pngHasThePNGSignature() throws {
        let bytes = try GraphvizRenderer.shared.render(dot: Self.small, layout: .dot, format: .png)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfHasThePDFSignature() throws {
        let bytes = try GraphvizRenderer.shared.render(dot: Self.small, layout: .dot, format: .pdf)
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    /// Every engine a map can be laid out with; `nop` only draws pinned charts (`GanttTests`).
    @Test(arguments: LayoutEngine.forMaps)
    func everyLayoutEngineRenders(engine: LayoutEngine) throws {
        let dot = DOTWriter(layout: engine).write(try EstateView().diagram(Fixtures.context(Fixtures.council)))
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: engine, format: .svg), as: UTF8.self)
        #expect(svg.contains("</svg>"))
    }

    @Test func syntaxErrorsCarryGraphvizsMessage() {
        #expect {
            _ = try GraphvizRenderer.shared.render(dot: "digraph { a -> }", layout: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.kind == .graphviz && error.message.contains("syntax error")
        }
    }

    @Test func layoutErrorsCarryGraphvizsMessage() {
        // An HTML-like label that is not well-formed fails during layout, not parsing.
        #expect {
            _ = try GraphvizRenderer.shared.render(dot: "digraph { a [label=<<B>x</I>>] }", layout: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.kind == .graphviz && !error.message.isEmpty
        }
    }

    @Test func anErrorDoesNotStickToTheNextJob() throws {
        for _ in 0..<3 {
            #expect(throws: RenderError.self) {
                _ = try GraphvizRenderer.shared.render(dot: "digraph { ", layout: .dot, format: .svg)
            }
            let svg = try GraphvizRenderer.shared.render(dot: Self.small, layout: .dot, format: .svg)
            #expect(!svg.isEmpty)
        }
    }

    @Test func concurrentRendersFromManyThreadsDoNotCrash() throws {
        let dot = DOTWriter(layout: .dot).write(
            try OptionView(option: "north-out").diagram(Fixtures.context(Fixtures.council)))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 24) { i in
            let format: RenderFormat = [.svg, .png, .pdf][i % 3]
            let outcome = Result {
                try GraphvizRenderer.shared.render(dot: i % 4 == 3 ? "digraph {" : dot, layout: .dot, format: format)
            }
            results.add(i, outcome.map { $0.count })
        }
        let all = results.all
        #expect(all.count == 24)
        for (i, outcome) in all {
            if i % 4 == 3 {
                #expect(throws: RenderError.self) { try outcome.get() }
            } else {
                #expect(try outcome.get() > 0)
            }
        }
        // Graphviz 2.42 may lay a graph out slightly differently the first time in a
        // process, so bytes are compared across processes (see CLI tests), not here.
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        #expect(svg.hasSuffix("</svg>\n"))
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [(Int, Result<Int, any Error>)] = []
        func add(_ i: Int, _ value: Result<Int, any Error>) { lock.withLock { values.append((i, value)) } }
        var all: [(Int, Result<Int, any Error>)] { lock.withLock { values } }
    }
}
