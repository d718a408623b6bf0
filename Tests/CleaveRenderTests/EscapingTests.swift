import CleaveCore
import Testing

@testable import CleaveRender

/// The escaping layers one by one: escString and XML in HTML-like labels, quoted code
/// values, visible text, wrapping, file names and Mermaid.
struct EscapingTests {
    @Test func htmlTextEscapesMarkupAndBackslashes() {
        #expect(
            DOTEscaping.htmlText(#"<b>"Tom" & 'Jerry'</b>"#)
                == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(DOTEscaping.htmlText(#"\N \G \l \\"#) == #"\\N \\G \\l \\\\"#)
        #expect(DOTEscaping.htmlText("&amp; &#92;") == "&amp;amp; &amp;#92;")
    }

    @Test func quotedEscapesQuotesAndBackslashes() {
        #expect(DOTEscaping.quoted(#"a"b\c"#) == #""a\"b\\c""#)
    }

    @Test func numbersHaveNoLocaleAndTwoDecimalsAtMost() {
        #expect(DOTEscaping.number(2) == "2")
        #expect(DOTEscaping.number(0.25) == "0.25")
        #expect(DOTEscaping.number(1.5) == "1.5")
        #expect(DOTEscaping.number(1.005) == "1.01" || DOTEscaping.number(1.005) == "1")
        #expect(DOTEscaping.number(-0.5) == "-0.5")
    }

    @Test func controlCharactersBecomeControlPictures() {
        #expect(LabelText.visible("a\tb\u{0}c\u{7F}\u{1B}") == "a\u{2409}b\u{2400}c\u{2421}\u{241B}")
        #expect(LabelText.visible("x\u{FFFE}") == "x\u{FFFD}")
    }

    @Test func lineBreaksSplitLines() {
        #expect(LabelText.lines("one\ntwo\r\nthree\rfour") == ["one", "two", "three", "four"])
        #expect(LabelText.lines("") == [""])
    }

    @Test func longLinesWrapAtSingleSpacesOnly() {
        let text = "Revenues and Benefits (East Northamptonshire legacy, Civica OpenRevenues)"
        let lines = LabelText.lines(text, wrapAt: 32)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(LabelText.lines("aaaa  bbbb  cccc", wrapAt: 4) == ["aaaa  bbbb  cccc"])
        #expect(LabelText.lines(String(repeating: "x", count: 80), wrapAt: 10).count == 1)
    }

    @Test func fileNamesAreSafe() {
        #expect(FileName.safe("option-a") == "option-a")
        #expect(FileName.safe("../../etc/passwd") == "_._.._etc_passwd")
        #expect(FileName.safe("a b/c:d") == "a_b_c_d")
        #expect(FileName.safe("") == "_")
        #expect(FileName.safe(".hidden") == "_hidden")
        #expect(FileName.safe("é中") == "__")
    }

    @Test func viewFileNamesAreUniqueAfterMakingThemSafe() {
        let views: [any MapView] = [OptionView(option: "a/b"), OptionView(option: "a_b"), OptionView(option: "A_B")]
        #expect(ViewCatalog.fileNames(views) == ["option-a_b", "option-a_b-2", "option-A_B-3"])
    }

    @Test func mermaidEscapesItsSyntax() {
        #expect(
            MermaidEscaping.escape(#"a "b" #c; <d> & `e` 50% x|y"#)
                == "a #quot;b#quot; #35;c; #lt;d#gt; #amp; #96;e#96; 50#37; x#124;y")
        #expect(MermaidEscaping.label(NodeLabel(name: "one\ntwo", id: "x")) == "one<br/>two<br/>x")
        #expect(MermaidEscaping.yamlQuoted("say \"hi\" \\ now\n") == #""say \"hi\" \\ now␊""#)
    }

    @Test func inventoryTextNeverLeavesItsLabel() throws {
        let name = #"x"] ; n9 [URL="http://evil" image="/etc/passwd"]; subgraph cluster_z { label=<b>"#
        let dot = DOTWriter(layout: .dot).write(
            try EstateView().diagram(Fixtures.context(Fixtures.single(named: name))))
        let outsideLabels = Self.withoutQuotedStrings(Self.withoutHTMLStrings(dot))
        #expect(!outsideLabels.contains("URL="))
        #expect(!outsideLabels.contains("evil"))
        #expect(!outsideLabels.contains("cluster_z"))
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        #expect(svg.components(separatedBy: "<g id=\"node").count - 1 == 1)
        // The hover text holds the name, inert; nothing links anywhere.
        #expect(!svg.contains("xlink:href"))
        #expect(svg.contains("xlink:title=\"x&quot;] ; n9 [URL=&quot;http://evil&quot;"))
    }

    /// DOT text with every `"…"` string (with its `\"` escapes) cut out.
    static func withoutQuotedStrings(_ dot: String) -> String {
        var out = ""
        var inside = false
        var escaped = false
        for character in dot {
            if inside {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inside = false
                }
            } else if character == "\"" {
                inside = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// DOT text with every `<…>` HTML string (angle brackets balanced) cut out.
    static func withoutHTMLStrings(_ dot: String) -> String {
        var out = ""
        var depth = 0
        var previous: Character = " "
        for character in dot {
            if depth == 0 && character == "<" && previous == "=" {
                depth = 1
            } else if depth > 0 {
                if character == "<" { depth += 1 }
                if character == ">" { depth -= 1 }
            } else {
                out.append(character)
            }
            previous = character
        }
        return out
    }

    @Test func attributeNamesComeFromTheFixedList() throws {
        let names = Set(DOTAttribute.allCases.map(\.rawValue))
        for forbidden in ["URL", "image", "stylesheet", "fontpath", "imagepath", "shapefile"] {
            #expect(!names.contains(forbidden))
        }
        // href only ever holds a file-safe map name.
        #expect(DOTValue.link("../x/evil\"].svg").dot == "\"_._x_evil__.svg\"")
        let dot = DOTWriter(layout: .dot).write(
            try OptionView(option: "north-out").diagram(Fixtures.context(Fixtures.council)))
        let used = dot.matches(of: /[ \[]([A-Za-z]+)=/).map { String($0.1) }
        let htmlAttributes: Set<String> = [
            "BORDER", "CELLBORDER", "CELLSPACING", "CELLPADDING", "ALIGN", "BALIGN",
            "VALIGN", "COLSPAN", "POINT", "COLOR", "BGCOLOR", "WIDTH", "HEIGHT",
        ]
        for name in used where !htmlAttributes.contains(name) {
            #expect(names.contains(name), "unexpected attribute \(name)")
        }
    }
}
