import CleaveCore
import Testing

@testable import CleaveRender

/// Property: any name, however hostile, comes out of Graphviz's SVG exactly as written
/// (control characters as their Control Pictures), and never changes the graph.
struct RoundTripTests {
    /// Pieces chosen to break DOT, escString, HTML-like labels, XML and SVG.
    static let pieces: [String] = [
        "\"", "\\", "\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\l", "\\r", "\\n", "\\\\", "<", ">", "&", "&amp;",
        "&#92;", "&lt;", "<b>", "</TD>", "<BR/>", "]", "[", ";", "{", "}", "'", "-", "--", "-->", "<!--", "%", "#",
        "é", "中文", "😀", "\u{202E}", " ", "=", "URL=\"x\"", "label=", "$", "@", "]]>", "\u{00A0}", "a", "Z", "0",
        "digraph", "subgraph cluster_x", "n0", "->", "/*", "*/", "//", "\u{0301}", "ℵ",
        "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
    ]

    static func hostile(_ rng: inout SplitMix64, pieces: [String]) -> String {
        var name = ""
        for _ in 0..<Int.random(in: 1...8, using: &rng) { name += pieces.randomElement(using: &rng)! }
        return name
    }

    /// SVG collapses nothing, but Graphviz writes the second of two spaces as U+00A0.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    func renderedNameLines(_ name: String) throws -> [String] {
        let diagram = try EstateView().diagram(Fixtures.context(Fixtures.single(named: name)))
        let dot = DOTWriter(layout: .dot).write(diagram)
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        let lines = try #require(SVGText.lines(ofNode: "n0", in: svg))
        // The id line, then who needs it and who leads it.
        #expect(lines.suffix(2) == ["s1", "needed by p · lead p"], "the id and use lines come last")
        return Array(lines.dropLast(2))
    }

    @Test(arguments: 0..<60)
    func hostileNamesRoundTrip(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        // Short enough never to wrap, and without leading or trailing spaces, which SVG
        // text does not keep apart from layout.
        var name = Self.hostile(&rng, pieces: Self.pieces)
        name = name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { name = "x" }
        let lines = try renderedNameLines(name)
        let shown = lines.joined(separator: " ")
        #expect(Self.normalised(shown) == Self.normalised(name), "seed \(seed): \(name.debugDescription)")
    }

    @Test func controlCharactersShowAsPictures() throws {
        let lines = try renderedNameLines("tab\there\u{0}nul\u{1B}esc")
        #expect(lines == ["tab\u{2409}here\u{2400}nul\u{241B}esc"])
    }

    @Test func newlinesBecomeLines() throws {
        #expect(try renderedNameLines("first\nsecond\r\nthird") == ["first", "second", "third"])
    }

    @Test func longNamesWrapWithoutLosingCharacters() throws {
        let name = "Social care finance & <payments> \"OLM ControCC\" \\N legacy system for the North"
        let lines = try renderedNameLines(name)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == name)
    }

    @Test func hostileTitlesAndAreaNamesRoundTripToo() throws {
        var estate = Fixtures.single(named: "ok")
        estate.name = #"<Estate> "A" & \N"#
        estate.areas[0].name = #"Area \G <i>x</i> & co"#
        let dot = DOTWriter(layout: .dot).write(try EstateView().diagram(Fixtures.context(estate)))
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        let texts = SVGText.decode(svg)
        #expect(texts.contains(#"<Estate> "A" & \N: the whole estate"#))
        #expect(texts.contains(#"Area \G <i>x</i> & co"#))
    }
}
