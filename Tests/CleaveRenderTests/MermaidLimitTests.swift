import CleaveCore
import Testing

@testable import CleaveRender

/// Mermaid draws nothing above its maxTextSize: a long map collapses by area and says so,
/// or is refused with the reason and the flag that forces it.
struct MermaidLimitTests {
    let diagram = try! EstateView().diagram(Fixtures.context(Fixtures.council))
    var full: String { MermaidWriter().write(diagram) }

    @Test func aMapWithinTheLimitIsWrittenWhole() throws {
        let (text, note) = try MermaidLimit().text(diagram, view: "estate")
        #expect(text == full)
        #expect(note == nil)
        #expect(try MermaidLimit(maxCharacters: 0).text(diagram, view: "estate").text == full, "0: no limit")
    }

    @Test func aLongerMapCollapsesByAreaAndSaysSo() throws {
        let limit = full.count - 1
        let (text, note) = try MermaidLimit(maxCharacters: limit).text(diagram, view: "estate")
        #expect(text.count <= limit)
        #expect(
            note
                == "note: estate: Collapsed by area for Mermaid: its \(MermaidLimit.number(full.count)) characters are "
                + "over the limit of \(MermaidLimit.number(limit)) (--mermaid-max-chars). "
                + "Give --mermaid-max-chars \(full.count) for every item, or use --format svg.")
        #expect(text.contains("Collapsed by area for Mermaid"))
        // Three areas, one node each, and the lines between them counted.
        let collapsed = diagram.collapsedByCluster()
        #expect(collapsed.nodes.map(\.label.id) == ["delivery", "digital", "hr"])
        #expect(collapsed.nodes.first?.label.details.first == "3 items")
        let deliveryToDigital = collapsed.edges.first { $0.from == 0 && $0.to == 1 }
        #expect(deliveryToDigital?.label == "3", "crm → idp, crm → dc, records → dc")
    }

    @Test func aMapTooLongEvenCollapsedIsRefusedWithTheFlag() throws {
        #expect {
            _ = try MermaidLimit(maxCharacters: 300).text(diagram, view: "estate")
        } throws: { error in
            let text = (error as? UserError)?.description ?? ""
            return text.hasPrefix(
                "error: not writing view 'estate' as Mermaid: its \(MermaidLimit.number(full.count)) characters "
                    + "are over the limit of 300 (--mermaid-max-chars), even with each area collapsed to one node")
                && text.hasSuffix(
                    "hint: filter it (--area, --party, --kind), use --format svg, "
                        + "or give --mermaid-max-chars \(full.count) to write it anyway")
        }
    }

    @Test func theDefaultIsMermaidsOwnLimit() {
        #expect(MermaidLimit.defaultMaxCharacters == 50_000)
        #expect(MermaidLimit.number(136_189) == "136,189")
        #expect(MermaidLimit.number(999) == "999")
    }
}
