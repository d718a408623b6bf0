import CleaveCore
import Testing

@testable import CleaveRender

/// `--area`, `--party` and `--kind`: which items pass, and where lines to the rest go.
struct FilterTests {
    let facts = MapFacts(estate: Fixtures.council)

    func passing(_ filter: MapFilter) throws -> [String] {
        let accepted = try filter.accepted(in: facts)
        return facts.itemsByID.filter { accepted[$0] }.map { facts.estate.items[$0].id }
    }

    @Test func valuesOfOneFlagAreAlternativesAndFlagsCombine() throws {
        #expect(try passing(MapFilter(areas: ["hr"])) == ["payroll"])
        #expect(try passing(MapFilter(areas: ["hr", "delivery"])) == ["crm", "crm-licence", "payroll", "records"])
        #expect(try passing(MapFilter(kinds: [.infrastructure])) == ["dc", "idp", "wan"])
        #expect(
            try passing(MapFilter(areas: ["digital"], kinds: [.infrastructure, .team])) == ["dc", "idp", "ops", "wan"])
        // Trust needs payroll directly, and through it the data centre, the identity provider and the WAN.
        #expect(try passing(MapFilter(parties: ["trust"])) == ["dc", "idp", "payroll", "wan"])
        #expect(try passing(MapFilter(parties: ["trust"], kinds: [.system])) == ["payroll"])
        #expect(try passing(MapFilter()) == facts.itemsByID.map { facts.estate.items[$0].id })
    }

    @Test func unknownIdsAreErrorsWithASuggestion() {
        #expect {
            _ = try Fixtures.context(Fixtures.council).filtered(by: MapFilter(parties: ["nroth"]))
        } throws: { error in
            (error as? UserError)?.description
                == "error: no party has the id 'nroth'; did you mean 'north'?\n  known: north, south, trust"
        }
        #expect(throws: UserError.self) {
            try Fixtures.context(Fixtures.council).filtered(by: MapFilter(areas: ["nowhere"]))
        }
    }

    @Test func linesToWhatIsFilteredOutEndAtOneStubPerArea() throws {
        let context = try Fixtures.context(Fixtures.council).filtered(by: MapFilter(areas: ["delivery"]))
        let diagram = try EstateView().diagram(context)
        let items = diagram.nodes.filter { $0.cluster != nil }.compactMap(\.label.id)
        #expect(Set(items) == ["crm", "crm-licence", "records"])
        let stubs = diagram.nodes.filter { $0.cluster == nil }
        #expect(
            stubs.map(\.label.id) == ["digital"],
            "one box for the digital items crm and records reach and web comes from")
        #expect(stubs[0].label.details == ["3 items not drawn", "3 dependencies on them · 1 from them"])
        #expect(stubs[0].tooltip == ["Digital (digital): 3 items not drawn", "dc, idp, web"])
        #expect(diagram.legend.sections.contains { $0.title == "Filtered out" && !$0.entries.isEmpty })
    }

    @Test func theMapSaysItIsFiltered() throws {
        let context = try Fixtures.context(Fixtures.council).filtered(
            by: MapFilter(
                areas: ["digital", "hr"], parties: ["north"],
                kinds: [.system]))
        let drawn = try DrawnMap(view: EstateView(), context: context, layout: .dot)
        #expect(
            drawn.diagram.title == "Shire & Vale \"shared\" ICT: the system items in digital or hr that north needs")
        #expect(
            drawn.diagram.subtitle.first
                == "Filtered: only items in area digital or hr, that north needs, of kind system.")
    }

    @Test func theAreasMapKeepsOnlyWhatTheFilterLeaves() throws {
        let context = try Fixtures.context(Fixtures.council).filtered(by: MapFilter(parties: ["trust"]))
        let diagram = try AreasView().diagram(context)
        #expect(Set(diagram.nodes.compactMap(\.label.id)) == ["digital", "hr", "trust"])
    }
}
