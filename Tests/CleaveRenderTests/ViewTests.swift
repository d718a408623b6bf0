import CleaveCore
import Testing

@testable import CleaveRender

/// What each view draws, checked on the diagram rather than on DOT text.
struct ViewTests {
    let context = Fixtures.context(Fixtures.council)

    func names(_ diagram: Diagram) -> [String] { diagram.nodes.compactMap(\.label.id) }

    @Test func everyViewHasATitleAndALegend() throws {
        for view in ViewCatalog.all(for: Fixtures.council) + [FocusView(item: "crm")] {
            let diagram = try view.diagram(context)
            #expect(!diagram.title.isEmpty, "\(view.name)")
            #expect(!diagram.legend.sections.isEmpty, "\(view.name)")
            #expect(diagram.legend.sections.allSatisfy { !$0.title.isEmpty }, "\(view.name)")
        }
    }

    @Test func allListsEveryOptionAndEveryPartysPlan() {
        let names = ViewCatalog.all(for: Fixtures.council).map(\.name)
        #expect(
            names == [
                "estate", "areas", "entanglement", "hubs", "contracts", "option:north-out", "option:split-all",
                "blockers:north-out", "blockers:split-all", "plan:north", "plan:south", "plan:trust",
                "area:delivery", "area:digital", "area:hr",
                "focus:crm", "focus:crm-licence", "focus:dc", "focus:idp", "focus:ops", "focus:payroll",
                "focus:records", "focus:wan", "focus:web",
            ])
    }

    @Test func estateDrawsEveryItemInItsAreaWithEveryDependency() throws {
        let diagram = try EstateView().diagram(context)
        #expect(diagram.nodes.count == 9)
        #expect(diagram.clusters.map(\.label.id) == ["delivery", "digital", "hr"])
        #expect(diagram.edges.count == 12)
        let crm = try #require(diagram.nodes.first { $0.label.id == "crm" })
        #expect(crm.style.shape == .roundedBox)
        #expect(crm.style.borderWidth == ItemStyle.borderWidth(.high))
        // North and South both need it; South leads it.
        #expect(crm.style.fill == UseStyle.shared)
        #expect(crm.style.border == PartyPalette(parties: Fixtures.council.parties).border(for: "south"))
        #expect(crm.label.details == ["needed by 2 parties · lead south"])
        let web = try #require(diagram.nodes.first { $0.label.id == "web" })
        #expect(web.style.fill == PartyPalette(parties: Fixtures.council.parties).color(for: "north"))
        #expect(diagram.clusters[crm.cluster!].label.id == "delivery")
    }

    @Test func partyColoursFollowSortedIDs() {
        let palette = PartyPalette(parties: Fixtures.council.parties)
        #expect(palette.parties.map(\.id) == ["north", "south", "trust"])
        #expect(palette.color(for: "north") == PartyPalette.colors[0])
        #expect(palette.color(for: "trust") == PartyPalette.colors[2])
        #expect(palette.color(for: "nobody") == PartyPalette.none)
    }

    @Test func areasCountsTheDependenciesEachEdgeStandsFor() throws {
        let diagram = try AreasView().diagram(context)
        #expect(diagram.nodes.count == 3 + 3)
        let index = Dictionary(uniqueKeysWithValues: diagram.nodes.enumerated().map { ($1.label.id ?? "", $0) })
        let deliveryToDigital = try #require(
            diagram.edges.first { $0.from == index["delivery"] && $0.to == index["digital"] })
        // crm → idp, crm → dc, records → dc.
        #expect(deliveryToDigital.label == "3")
        #expect(deliveryToDigital.weight == 3)
        let northUses = diagram.edges.filter { $0.from == index["north"] }.compactMap(\.label)
        #expect(northUses.sorted() == ["uses 1", "uses 2"])
    }

    @Test func entanglementShowsOnlyItemsTwoPartiesNeed() throws {
        let diagram = try EntanglementView().diagram(context)
        let ids = Set(names(diagram))
        #expect(ids.contains("dc") && ids.contains("crm") && ids.contains("payroll"))
        #expect(!ids.contains("web"), "only north needs the website")
        let dc = try #require(diagram.nodes.first { $0.label.id == "dc" })
        #expect(dc.label.details.first == "needed by north, south, trust")
    }

    @Test func optionMarksSplitSharedTiesConflictsAndBlockers() throws {
        let diagram = try OptionView(option: "north-out").diagram(context)
        let byID = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.label.id ?? "", $0) })
        #expect(byID["dc"]?.style.fill == OutcomeStyle.duplicated)
        #expect(byID["crm"]?.style.fill == OutcomeStyle.sharedEntangled)
        #expect(byID["crm"]?.style.peripheries == 2, "a conflict blocker")
        #expect(byID["web"]?.label.details.first == "split; stays with north")
        #expect(diagram.edges.contains { $0.style == OutcomeStyle.tie && $0.label == "tie: north" })
        #expect(diagram.edges.contains { $0.style == OutcomeStyle.conflict })
        #expect(diagram.clusters.first { $0.label.id == "digital" }?.label.details.last == "split")
    }

    @Test func planShowsDuplicatesMovesAndSeverances() throws {
        let diagram = try PlanView(party: "north").diagram(context)
        let byID = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.label.id ?? "", $0) })
        #expect(byID["web"]?.style.fill == OutcomeStyle.transferred)
        #expect(byID["crm"]?.style.fill == OutcomeStyle.duplicated)
        #expect(byID["dc"]?.style.fill == OutcomeStyle.sharedQuiet, "a second data centre costs more than severing")
        let severed = diagram.edges.filter { $0.style == OutcomeStyle.severed }
        #expect(severed.count == 4)
        #expect(severed.allSatisfy { $0.label == "sever on north's side, £5,000" })
        #expect(Set(severed.map { diagram.nodes[$0.to].label.id }) == ["dc", "idp", "records"])
        #expect(
            diagram.subtitle.first == "The cheapest way for North Council to run on its own: £20,004. "
                + "4 duplicated, 1 goes to north alone, 4 dependencies severed.")
    }

    @Test func anInfeasiblePlanSaysWhyAndFallsBackToSharingWhatCannotBeSplit() throws {
        let diagram = try PlanView(party: "trust").diagram(context)
        #expect(
            diagram.subtitle.prefix(2) == [
                "No full separation of Health Trust has a finite cost: items both sides need cannot be split (split.strategy: none).",
                "Keeping that item shared, the cheapest separation costs £10,000: 0 duplicated, 0 go to trust alone, "
                    + "2 dependencies severed.",
            ])
        let payroll = try #require(diagram.nodes.first { $0.label.id == "payroll" })
        #expect(payroll.style.peripheries == 2)
        #expect(payroll.style.border == OutcomeStyle.blocker)
        #expect(payroll.label.details == ["stays shared: cannot be split"])
    }

    @Test func focusShowsTheNeighbourhoodToTheGivenDepth() throws {
        let near = try FocusView(item: "idp").diagram(Fixtures.context(Fixtures.council, depth: 1))
        #expect(Set(names(near)) == ["idp", "dc", "crm", "payroll"])
        #expect(near.nodes.first { $0.label.id == "idp" }?.label.emphasised == true)
        let far = try FocusView(item: "idp").diagram(Fixtures.context(Fixtures.council, depth: 2))
        #expect(Set(names(far)) == ["idp", "dc", "crm", "payroll", "wan", "web"])
    }

    @Test func unknownNamesAreErrorsListingWhatExists() {
        func message(_ body: () throws -> Any) -> String {
            do {
                _ = try body()
                return ""
            } catch { return (error as? UserError)?.description ?? "not a UserError" }
        }
        #expect(
            message { try OptionView(option: "nope").diagram(context) }
                == "error: no option has the id 'nope'\n  known: north-out, split-all")
        #expect(
            message { try OptionView(option: "north-uot").diagram(context) }
                == "error: no option has the id 'north-uot'; did you mean 'north-out'?\n  known: north-out, split-all")
        #expect(
            message { try PlanView(party: "x").diagram(context) }
                == "error: no party has the id 'x'\n  known: north, south, trust")
        #expect(
            message { try ViewCatalog.view(named: "optoin:north-out") }
                == "error: unknown view 'optoin:north-out'; did you mean 'option:ID'?\n"
                + "  views: estate, areas, entanglement, hubs, contracts, option:ID, blockers:OPTION, plan:PARTY, area:ID, focus:ITEM, "
                + "roadmap:OPTION, case:OPTION"
        )
        #expect(message { try ViewCatalog.view(named: "option:") }.hasPrefix("error: unknown view 'option:'"))
    }

    @Test func aBigEstateCollapsesToAreasAndSaysSo() throws {
        let diagram = try EstateView().diagram(Fixtures.context(Fixtures.chain(40), maxNodes: 20))
        #expect(diagram.nodes.count == 3 + 2)
        #expect(diagram.notes.first?.hasPrefix("Collapsed: 40 items is more than --max-nodes 20") == true)
    }

    @Test func aBigFocusCutsItsDepthAndSaysSo() throws {
        let diagram = try FocusView(item: "s20").diagram(Fixtures.context(Fixtures.chain(40), maxNodes: 7, depth: 10))
        #expect(diagram.nodes.count == 7)
        #expect(diagram.notes == ["Depth cut from 10 to 3: more would draw over --max-nodes 7 items."])
    }

    @Test func aBigMapSwitchesToSfdpUnlessTheUserChoseALayout() throws {
        var diagram = try EntanglementView().diagram(Fixtures.context(Fixtures.chain(40)))
        #expect(ScalePolicy.layout(for: &diagram, requested: nil, maxNodes: 1000) == .dot)
        #expect(diagram.notes.isEmpty)
        #expect(ScalePolicy.layout(for: &diagram, requested: .neato, maxNodes: 3) == .neato)
        #expect(ScalePolicy.layout(for: &diagram, requested: nil, maxNodes: 3) == .sfdp)
        #expect(diagram.notes.last?.contains("sfdp") == true)
        #expect(!DOTWriter(layout: .sfdp).write(diagram).contains("subgraph cluster_"))
    }
}
