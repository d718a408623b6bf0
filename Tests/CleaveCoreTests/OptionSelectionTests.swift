import Testing

@testable import CleaveCore

/// Which options a comparison shows, in what order, and which it is compared with.
@Suite("Choosing the options to compare")
struct OptionSelectionTests {
    let options = [
        Option(id: "b-leaves", separate: ["B"], defaultDisposition: .split),
        Option(id: "quo", separate: ["B"]),
        Option(id: "full", defaultDisposition: .split, targetDate: day("2030-01-01")),
    ]

    func selection(_ ids: [String] = [], compareWith: String? = nil, targetDate: Day? = nil) throws
        -> OptionSelection
    {
        let graph = EstateGraph(councilEstate(options: options))
        return try OptionSelection(Entanglement(graph), ids: ids, targetDate: targetDate, compareWith: compareWith)
    }

    @Test func inventoryOrderByDefaultAndTheFirstThatSplitsNothingAsBaseline() throws {
        let s = try selection()
        #expect(s.evaluations.map(\.option.id) == ["b-leaves", "quo", "full"])
        #expect(s.baseline?.option.id == "quo")
    }

    @Test func theOrderGivenEachOnceAndABaselineFromTheRest() throws {
        let s = try selection(["full", "b-leaves", "full"])
        #expect(s.evaluations.map(\.option.id) == ["full", "b-leaves"])
        // Neither shown option splits nothing: the baseline is found among the others.
        #expect(s.baseline?.option.id == "quo")
    }

    @Test func aNamedBaselineOrNone() throws {
        #expect(try selection(compareWith: "full").baseline?.option.id == "full")
        #expect(try selection(["quo"], compareWith: "b-leaves").baseline?.option.id == "b-leaves")
        #expect(try selection(compareWith: "none").baseline == nil)
    }

    @Test func aWhatIfTargetDateReplacesEveryOptionsOwn() throws {
        let s = try selection(targetDate: day("2026-06-30"))
        #expect(s.evaluations.allSatisfy { $0.option.targetDate == day("2026-06-30") })
    }

    @Test func anUnknownIdSaysWhichWasMeant() {
        #expect(throws: UserError.self) { try selection(["fulll"]) }
        let error = #expect(throws: UserError.self) { try selection(compareWith: "qou") }
        #expect(error?.description.contains("no option has the id 'qou'; did you mean 'quo'?") == true)
    }

    @Test func anOptionIdBecomesAnEvaluation() throws {
        let graph = EstateGraph(councilEstate(options: options))
        let e = try OptionEvaluation(
            optionID: "full", entanglement: Entanglement(graph), targetDate: day("2029-12-31"))
        #expect(e.option.id == "full" && e.option.targetDate == day("2029-12-31"))
        #expect(throws: UserError.self) { try OptionEvaluation(optionID: "nope", entanglement: Entanglement(graph)) }
    }
}
