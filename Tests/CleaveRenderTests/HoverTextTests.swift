import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// Hover text (DOT `tooltip`, SVG `xlink:title`) on every node and line of every view, and
/// the links `--all` adds between maps.
struct HoverTextTests {
    let context = Fixtures.context(Fixtures.council)

    static var everyView: [any MapView] { ViewCatalog.all(for: Fixtures.council) }

    @Test func everyNodeOfEveryViewHasHoverText() throws {
        for view in Self.everyView {
            let diagram = try view.diagram(context)
            for node in diagram.nodes {
                #expect(!node.tooltip.isEmpty, "\(view.name): \(node.label.name)")
                if let id = node.label.id {
                    #expect(node.tooltip.first?.contains("(\(id))") == true, "\(view.name): \(id)")
                }
            }
            for edge in diagram.edges { #expect(edge.tooltip != nil, "\(view.name): an edge") }
        }
    }

    @Test func filteredMapsHaveHoverTextOnTheirStubsToo() throws {
        let filtered = try context.filtered(by: MapFilter(areas: ["delivery"]))
        for view in Self.everyView {
            let diagram = try view.diagram(filtered)
            #expect(diagram.nodes.allSatisfy { !$0.tooltip.isEmpty }, "\(view.name)")
            #expect(diagram.edges.allSatisfy { $0.tooltip != nil }, "\(view.name)")
        }
    }

    @Test func anItemsHoverTextSaysWhatItIsAndWhoNeedsIt() throws {
        let diagram = try EstateView().diagram(context)
        let crm = try #require(diagram.nodes.first { $0.label.id == "crm" })
        #expect(
            crm.tooltip == [
                "Customer CRM (crm)",
                "system in Service Delivery (delivery)",
                "lead: South Council (south)",
                "criticality: high",
                "needed by North Council (north), South Council (south)",
            ])
        let edge = try #require(
            diagram.edges.first { diagram.nodes[$0.from].label.id == "crm" && diagram.nodes[$0.to].label.id == "dc" })
        #expect(edge.tooltip == "Customer CRM → Data centre (hosting)")
    }

    @Test func hoverTextIsWrittenSoGraphvizShowsItExactly() {
        #expect(DOTEscaping.escString(["a\\N \"b\" & <c>", "two"]) == #""a\\\\N \"b\" &amp; <c>\ntwo""#)
        #expect(DOTEscaping.escString(["tab\there"]) == "\"tab\u{2409}here\"")
    }

    @Test func theSVGCarriesTheHoverTextOfEveryNode() throws {
        var estate = Fixtures.council
        estate.items[0].name = "CRM \\N <b> & \"x\""
        let diagram = try EstateView().diagram(Fixtures.context(estate))
        let svg = String(
            decoding: try GraphvizRenderer.shared.render(
                dot: DOTWriter(layout: .dot).write(diagram),
                layout: .dot, format: .svg), as: UTF8.self)
        let titles = svg.components(separatedBy: "<g id=\"a_node").dropFirst().compactMap { chunk -> String? in
            guard let start = chunk.range(of: "xlink:title=\""),
                let end = chunk[start.upperBound...].firstIndex(of: "\"")
            else { return nil }
            return SVGText.decode(String(chunk[start.upperBound..<end]))
        }
        #expect(titles.count == diagram.nodes.count)
        #expect(Set(titles) == Set(diagram.nodes.map { $0.tooltip.joined(separator: "\n") }))
        #expect(titles.contains { $0.hasPrefix("CRM \\N <b> & \"x\" (crm)\n") })
    }

    @Test func withAllItemsLinkToTheirFocusMapsAndPartiesToTheirPlans() throws {
        var linked = context
        linked.links = MapLinks(views: Self.everyView, fileExtension: "svg")
        let estate = try EstateView().diagram(linked)
        #expect(estate.nodes.first { $0.label.id == "crm" }?.link == "focus-crm.svg")
        let areas = try AreasView().diagram(linked)
        #expect(areas.nodes.first { $0.label.id == "north" }?.link == "plan-north.svg")
        #expect(try EstateView().diagram(context).nodes.allSatisfy { $0.link == nil }, "no links on a map drawn alone")
        #expect(DOTWriter(layout: .dot).write(estate).contains(" href=\"focus-crm.svg\""))
    }
}
