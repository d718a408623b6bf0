import CleaveCore
import Testing

@testable import CleaveRender

/// The one-page views: an option's blockers, one area, and the hubs.
struct NewViewTests {
    let context = Fixtures.context(Fixtures.council)

    func byID(_ diagram: Diagram) -> [String: Diagram.Node] {
        Dictionary(
            diagram.nodes.compactMap { node in node.label.id.map { ($0, node) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test func blockersShowsTheTroubleAndWhatIsAroundIt() throws {
        let diagram = try BlockersView(option: "north-out").diagram(context)
        let nodes = byID(diagram)
        // crm is run jointly but depends on split digital items: a conflict blocker.
        let crm = try #require(nodes["crm"])
        #expect(crm.style.peripheries == 2)
        #expect(crm.label.emphasised)
        #expect(crm.label.details.contains("BLOCKER: conflict"))
        #expect(diagram.edges.contains { $0.style == OutcomeStyle.conflict })
        #expect(diagram.edges.contains { $0.style == OutcomeStyle.tie })
        // Payroll is in an out-of-scope area and takes part in no tie or conflict.
        #expect(nodes["payroll"] == nil)
        #expect(diagram.title == "Option North leaves (north-out): what blocks it")
    }

    @Test func contractsThatAreOnlyLockedAreListedPerAreaByDate() throws {
        let diagram = try BlockersView(option: "split-all").diagram(context)
        #expect(byID(diagram)["crm-licence"] == nil, "not a box of its own")
        let list = try #require(diagram.nodes.first { $0.label.name == "1 contract locked" })
        // The date the analysis gives for the lock, whichever SPEC rule it follows.
        let estate = Fixtures.council
        let evaluation = OptionEvaluation(option: estate.options[0], entanglement: context.facts.entanglement)
        let lock = try #require(evaluation.blockers.first { $0.kind == .contractLock })
        #expect(list.label.details == ["\(try #require(lock.releaseDate)): CRM licence (crm-licence)"])
        #expect(list.label.isList)
        #expect(list.style.peripheries == 2)
        #expect(diagram.clusters[try #require(list.cluster)].label.id == "delivery")
        #expect(list.tooltip.count == 2)
    }

    @Test func blockersOfAnOptionWithoutTroubleSaysSo() throws {
        var estate = Fixtures.council
        estate.options.append(Option(id: "calm", name: "Nothing moves", separate: ["north"]))
        let diagram = try BlockersView(option: "calm").diagram(Fixtures.context(estate))
        #expect(diagram.nodes.isEmpty)
        #expect(diagram.subtitle.last == "Nothing blocks this option: no blockers, ties or conflicts.")
    }

    @Test func areaDrawsItsItemsAndOneBoxPerOtherArea() throws {
        let diagram = try AreaView(area: "delivery").diagram(context)
        let nodes = byID(diagram)
        #expect(
            Set(diagram.nodes.filter { $0.cluster != nil }.compactMap(\.label.id)) == ["crm", "crm-licence", "records"])
        let digital = try #require(nodes["digital"])
        #expect(digital.label.details == ["3 items not drawn", "3 dependencies on them · 1 from them"])
        #expect(digital.style.borderStyle == .dashed)
        // crm → idp, crm → dc, records → dc: three dependencies on one line from the box's edge;
        // web → crm comes back on another.
        let stub = try #require(diagram.nodes.firstIndex { $0.label.id == "digital" })
        let out = diagram.edges.filter { $0.to == stub }
        #expect(out.map(\.label) == ["3"])
        #expect(out.map(\.fromCluster) == [0])
        #expect(diagram.edges.filter { $0.from == stub }.map(\.label) == ["1"])
        let dot = DOTWriter(layout: .dot).write(diagram)
        #expect(dot.contains("compound=\"true\""))
        #expect(dot.contains("ltail=\"cluster_0\""))
        #expect(throws: UserError.self) { try AreaView(area: "digtal").diagram(context) }
    }

    @Test func hubsRanksWhatMostItemsDependOn() throws {
        let diagram = try HubsView().diagram(context)
        let ranked = diagram.nodes.filter(\.label.emphasised).sorted {
            Int($0.label.details[0].dropFirst().prefix { $0 != ":" })! < Int(
                $1.label.details[0].dropFirst().prefix { $0 != ":" })!
        }
        // wan carries dc and all that hangs on dc, and the website besides.
        #expect(ranked.prefix(2).compactMap(\.label.id) == ["wan", "dc"])
        // Ranked by hold (SPEC 1.1 §4.2), as Entanglement computes it.
        let hold = Entanglement(EstateGraph(Fixtures.council)).hold
        let graph = EstateGraph(Fixtures.council)
        #expect(
            ranked[0].label.details.first
                == "#1: hold \(hold[graph.itemIndex("wan")!]) (entangled items hanging on it), 2 depend on it directly")
        #expect(
            ranked[1].label.details.first
                == "#2: hold \(hold[graph.itemIndex("dc")!]) (entangled items hanging on it), 5 depend on it directly")
    }

    @Test func theNewViewsAreInTheCatalogue() throws {
        #expect(try ViewCatalog.view(named: "blockers:north-out").name == "blockers:north-out")
        #expect(try ViewCatalog.view(named: "area:hr").name == "area:hr")
        #expect(try ViewCatalog.view(named: "hubs").name == "hubs")
        let names = ViewCatalog.all(for: Fixtures.council).map(\.name)
        #expect(names.contains("blockers:split-all") && names.contains("area:digital") && names.contains("hubs"))
    }
}
