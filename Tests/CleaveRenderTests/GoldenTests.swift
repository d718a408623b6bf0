import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// DOT (and one Mermaid) output of every view of the small council estate, compared
/// byte for byte with files under Golden/. Never Graphviz's SVG: that changes with Graphviz
/// and fonts (the roadmap chart's SVG is Cleave's own, checked in `GanttTests`).
/// Re-record on purpose with `CLEAVE_RECORD_GOLDEN=1 swift test`.
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let views: [String] = [
        "estate", "areas", "entanglement", "option:north-out", "option:split-all",
        "plan:north", "plan:trust", "focus:dc", "hubs", "blockers:north-out", "blockers:split-all",
        "area:delivery", "contracts",
    ]

    func check(_ text: String, as name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try Golden.check(text, as: name, in: Self.folder, sourceLocation: sourceLocation)
    }

    @Test(arguments: views)
    func dotMatchesGolden(view name: String) throws {
        let view = try ViewCatalog.view(named: name)
        let diagram = try view.diagram(Fixtures.context(Fixtures.council, depth: 1))
        try check(DOTWriter(layout: .dot).write(diagram), as: "\(view.fileName).dot")
    }

    static let filters: [(name: String, view: String, filter: MapFilter)] = [
        ("estate-party-trust", "estate", MapFilter(parties: ["trust"])),
        (
            "option-north-out-digital-infrastructure", "option:north-out",
            MapFilter(areas: ["digital"], kinds: [.infrastructure])
        ),
        ("areas-party-north", "areas", MapFilter(parties: ["north"])),
    ]

    @Test(arguments: filters.indices)
    func filteredDotMatchesGolden(index: Int) throws {
        let (name, view, filter) = Self.filters[index]
        let context = try Fixtures.context(Fixtures.council, depth: 1).filtered(by: filter)
        try check(
            try DrawnMap(view: ViewCatalog.view(named: view), context: context, layout: .dot).dot,
            as: "filter-\(name).dot")
    }

    @Test func mermaidMatchesGolden() throws {
        let diagram = try EstateView().diagram(Fixtures.context(Fixtures.council))
        try check(MermaidWriter().write(diagram), as: "estate.mmd")
    }

    @Test func sameEstateGivesSameBytes() throws {
        for name in Self.views {
            let first = try DOTWriter(layout: .dot).write(
                ViewCatalog.view(named: name).diagram(Fixtures.context(Fixtures.council)))
            let second = try DOTWriter(layout: .dot).write(
                ViewCatalog.view(named: name).diagram(Fixtures.context(Fixtures.council)))
            #expect(first == second, "\(name)")
        }
    }

    @Test func partyOrderInTheInventoryDoesNotChangeColours() throws {
        var reordered = Fixtures.council
        reordered.parties.reverse()
        let a = DOTWriter(layout: .dot).write(try EstateView().diagram(Fixtures.context(Fixtures.council)))
        let b = DOTWriter(layout: .dot).write(try EstateView().diagram(Fixtures.context(reordered)))
        #expect(a == b)
    }
}
