import Testing

@testable import CleaveCore

/// SPEC 1.1 §4.6 rule by rule, every date worked out by hand. Parties A and B; one area led
/// by A; the options split everything, so items both use are duplicated and items only B
/// uses are transferred to B.
@Suite("Roadmap")
struct RoadmapTests {
    static func item(
        _ id: String, _ kind: ItemKind = .system, users: [String] = ["A", "B"], months: Int?,
        dependsOn: [String] = [], contracts: [String] = [], end: String? = nil,
        notice: Int = 0, assignable: Bool = false
    ) -> Item {
        var item = makeItem(
            id, kind, area: "ar", users: kind == .contract ? [] : users,
            parties: kind == .contract ? users : [], dependsOn: dependsOn.map { dep($0) },
            contracts: contracts, end: end.map(day), noticeMonths: notice, assignable: assignable)
        item.split.months = months
        return item
    }

    static func roadmap(
        _ items: [Item], start: String? = nil, target: String? = nil, asOf: String? = nil,
        defaultMonths: Int = 3
    ) throws -> (Roadmap, EstateGraph) {
        let option = Option(
            id: "split", defaultDisposition: .split, targetDate: target.map(day), startDate: start.map(day))
        var estate = Estate(
            parties: ["A", "B"], areas: [("ar", "A")], items: items, options: [option], asOf: asOf.map(day))
        estate.defaultSplitMonths = defaultMonths
        let graph = EstateGraph(estate)
        let ev = OptionEvaluation(option: option, entanglement: Entanglement(graph))
        return (try Roadmap(evaluation: ev), graph)
    }

    func step(_ roadmap: Roadmap, _ graph: EstateGraph, _ id: String) throws -> Roadmap.Step {
        try #require(roadmap.steps.first { graph.itemID($0.item) == id })
    }

    @Test("A chain, months clamped at month ends, waves and the critical path")
    func chainAndMonthEnds() throws {
        // b: 31 Jan + 1 month = 29 Feb (2028 is leap); a waits for b: 29 Feb + 1 = 29 Mar;
        // c (B alone uses it: transferred) takes the default 2 months: 31 Jan → 31 Mar.
        let (r, g) = try Self.roadmap(
            [
                Self.item("a", months: 1, dependsOn: ["b"]), Self.item("b", months: 1),
                Self.item("c", users: ["B"], months: nil),
            ], start: "2028-01-31", defaultMonths: 2)
        #expect(r.start == day("2028-01-31") && r.target == nil)
        #expect(r.steps.map { g.itemID($0.item) } == ["a", "b", "c"] && r.steps.map(\.id) == ["a", "b", "c"])
        #expect(r.steps.allSatisfy { $0.kind == .system })
        #expect(r.steps.map(\.months) == [1, 1, 2])
        #expect(r.steps.map(\.start) == [day("2028-02-29"), day("2028-01-31"), day("2028-01-31")])
        #expect(r.steps.map(\.finish) == [day("2028-03-29"), day("2028-02-29"), day("2028-03-31")])
        #expect(r.steps.map(\.wave) == [2, 1, 1])
        #expect(r.steps.map { g.ids($0.waitsFor) } == [["b"], [], []])
        let b = BlocPartition(separating: g.parties, graph: g).bloc(ofParty: g.partyIndex("B")!)
        #expect(r.steps[2].outcome == .transferred(toBloc: b))
        #expect(r.steps.allSatisfy { !$0.late })  // no target date: nothing is late
        #expect(r.completion == day("2028-03-31"))
        // c finishes last but started at Start: the path is c alone.
        #expect(g.ids(r.criticalPath) == ["c"] && r.steps.map(\.critical) == [false, false, true])
    }

    @Test("The critical path steps back through the prerequisite that set each start")
    func criticalPathSteps() throws {
        let (r, g) = try Self.roadmap(
            [
                Self.item("a", months: 1, dependsOn: ["b"]), Self.item("b", months: 1),
                Self.item("c", users: ["B"], months: 1),
            ], start: "2027-01-31")
        // b 31 Jan → 28 Feb; a 28 Feb → 28 Mar; c 31 Jan → 28 Feb.
        #expect(r.completion == day("2027-03-28"))
        #expect(g.ids(r.criticalPath) == ["b", "a"])
    }

    @Test("Critical-path ties: the smallest id, both where it starts and where it steps")
    func criticalPathTies() throws {
        // y and x both finish last (1 May); x's prerequisites p and q both finish 1 Apr.
        let (r, g) = try Self.roadmap(
            [
                Self.item("y", months: 4), Self.item("x", months: 1, dependsOn: ["q", "p"]),
                Self.item("q", months: 3), Self.item("p", months: 3),
            ], start: "2027-01-01")
        #expect(try step(r, g, "x").finish == day("2027-05-01") && step(r, g, "y").finish == day("2027-05-01"))
        #expect(g.ids(r.criticalPath) == ["p", "x"])
    }

    @Test("A cycle of work items is one group: its members start together, after what any of them waits for")
    func cycleGroup() throws {
        // a ⇄ b; b also waits for d (2 months). The group starts when d finishes.
        let (r, g) = try Self.roadmap(
            [
                Self.item("a", months: 4, dependsOn: ["b"]), Self.item("b", months: 1, dependsOn: ["a", "d"]),
                Self.item("d", months: 2),
            ], start: "2027-01-01")
        let a = try step(r, g, "a"), b = try step(r, g, "b")
        #expect(a.start == day("2027-03-01") && b.start == day("2027-03-01"))
        #expect(a.finish == day("2027-07-01") && b.finish == day("2027-04-01"))
        let d = try step(r, g, "d")
        #expect(a.wave == 2 && b.wave == 2 && d.wave == 1 && g.ids(a.group) == ["a", "b"] && g.ids(d.group) == ["d"])
        #expect(g.ids(a.waitsFor) == ["b"] && g.ids(b.waitsFor) == ["a", "d"])
        // a finishes last; it waits for d only through its group.
        #expect(g.ids(r.criticalPath) == ["d", "a"])
    }

    @Test("A contract finishes no earlier than its end; its dependants wait; notice dates")
    func releaseDate() throws {
        let items = [
            Self.item("k", .contract, months: 3, end: "2027-12-31", notice: 6),
            Self.item("s", months: 3, contracts: ["k"]),
            Self.item("old", .contract, months: 1, end: "2027-03-31", notice: 6),
            Self.item("free", .contract, months: 2, end: "2029-01-01", assignable: true),
        ]
        let (r, g) = try Self.roadmap(items, start: "2027-01-01", target: "2028-06-30")
        let k = try step(r, g, "k"), s = try step(r, g, "s")
        #expect(k.isReleaseBound && k.releaseDate == day("2027-12-31") && k.finish == day("2027-12-31"))
        #expect(s.start == day("2027-12-31") && s.finish == day("2028-03-31"))
        #expect(try step(r, g, "old").finish == day("2027-03-31"))
        // assignable: novated, not released, so its end does not hold it back.
        #expect(try step(r, g, "free").finish == day("2027-03-01") && !step(r, g, "free").isReleaseBound)
        #expect(r.completion == day("2028-03-31") && r.lateSteps.isEmpty)
        // s's start is k's end, not a start + months: the path stops at k.
        #expect(g.ids(r.criticalPath) == ["k", "s"])
        #expect(r.notices.map { g.itemID($0.item) } == ["k", "old"])
        #expect(r.notices.map(\.date) == [day("2027-06-30"), day("2026-09-30")])
        #expect(r.notices.map(\.missed) == [false, true])
    }

    @Test("Late items and why: a contract end, a late prerequisite, their own work")
    func lateReasons() throws {
        let (r, g) = try Self.roadmap(
            [
                Self.item("k", .contract, months: 1, end: "2027-12-31"),
                Self.item("s", months: 1, contracts: ["k"]),
                Self.item("long", months: 9),
                Self.item("quick", months: 1),
            ], start: "2027-01-01", target: "2027-06-30")
        #expect(r.lateSteps.map { g.itemID($0.item) } == ["k", "long", "s"])
        #expect(try step(r, g, "k").lateReason == .contractEnd(day("2027-12-31")))
        #expect(try step(r, g, "s").lateReason == .waitsFor(item: g.index("k"), finish: day("2027-12-31")))
        #expect(try step(r, g, "long").lateReason == .work(start: day("2027-01-01"), months: 9))
        #expect(try step(r, g, "quick").lateReason == nil)
    }

    @Test("An open-ended contract never finishes, nor does anything waiting for it")
    func neverFinishes() throws {
        let (r, g) = try Self.roadmap(
            [
                Self.item("k", .contract, months: 1), Self.item("s", months: 1, contracts: ["k"]),
                Self.item("t", months: 1, dependsOn: ["s"]), Self.item("free", months: 1),
            ], start: "2027-01-01", target: "2030-01-01")
        #expect(try step(r, g, "k").finish == nil && step(r, g, "k").start == day("2027-01-01"))
        #expect(try step(r, g, "s").start == nil && step(r, g, "s").finish == nil)
        #expect(try step(r, g, "t").finish == nil && step(r, g, "t").wave == 3)
        #expect(try step(r, g, "free").finish == day("2027-02-01") && !step(r, g, "free").late)
        #expect(r.completion == nil && r.criticalPath.isEmpty)
        #expect(try step(r, g, "k").lateReason == .openEnded)
        #expect(try step(r, g, "s").lateReason == .waitsFor(item: g.index("k"), finish: nil))
        #expect(try step(r, g, "t").lateReason == .waitsFor(item: g.index("s"), finish: nil))
        #expect(r.notices.isEmpty)  // nothing to serve notice on: it has no end
    }

    @Test("No target date: nothing is late, not even what never finishes")
    func noTarget() throws {
        let (r, _) = try Self.roadmap([Self.item("k", .contract, months: 1)], start: "2027-01-01")
        #expect(r.completion == nil && r.lateSteps.isEmpty)
    }

    @Test("Start: the option's startDate, else the inventory's asOf, else an error")
    func start() throws {
        let items = [Self.item("a", months: 1)]
        #expect(try Self.roadmap(items, start: "2027-05-01", asOf: "2026-01-01").0.start == day("2027-05-01"))
        #expect(try Self.roadmap(items, asOf: "2026-01-01").0.start == day("2026-01-01"))
        #expect(throws: Roadmap.Failure.noStart(option: "split")) { try Self.roadmap(items) }
        #expect(
            Roadmap.Failure.noStart(option: "split").description
                == "option 'split' has no start: set startDate on the option or estate.asOf")
    }

    @Test("Nothing to do: complete on the Start day")
    func nothingToDo() throws {
        let (r, _) = try Self.roadmap([Self.item("mine", users: ["A"], months: 5)], start: "2027-01-01")
        #expect(r.steps.isEmpty && r.completion == day("2027-01-01") && r.criticalPath.isEmpty)
    }
}
