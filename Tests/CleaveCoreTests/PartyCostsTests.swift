import Testing

@testable import CleaveCore

/// SPEC 1.1 §4.5 rule by rule, every figure worked out by hand.
///
/// Parties A, B, C, D; one area led by A; the option separates C and D (blocs C, D and
/// rest = {A, B}) and splits everything but `p`. Estate default one-off cost 5.
///
/// | item | users | c | k | needs | keeper and why |
/// |---|---|---|---|---|---|
/// | x | {A: 50, B: 30, C: 20} | 100 | 40 | A B C | rest: its lead A's bloc |
/// | y (lead D) | {A: 30, B: 30, C: 40} | 50 | 10 | A B C | rest: D's bloc does not need it; rest holds 0.6 |
/// | z | [C, D] | 30 | 30 | C D | C: 0.5 each, a tie; "C" < "D" |
/// | u | {C: 100}, and s (used by A, B) depends on it | 60 | 20 | A B C | rest, whose weights are 0: shared equally |
/// | p (shared) | [A, B] | 10 | | A B | not duplicated |
/// | orphan | none | 7 | | none | unallocated |
@Suite("Annual cost by party")
struct PartyCostsTests {
    static func shares(_ item: inout Item, _ shares: [(String, Double)]) {
        item.users = shares.map { UserShare(Reference($0.0, at: here), share: $0.1) }
    }

    static func estate() -> Estate {
        var x = makeItem("x", area: "ar", oneOff: 20, annualCost: 100, perInstance: 40)
        shares(&x, [("A", 50), ("B", 30), ("C", 20)])
        var y = makeItem("y", area: "ar", lead: "D", annualCost: 50, perInstance: 10)
        shares(&y, [("A", 30), ("B", 30), ("C", 40)])
        let z = makeItem("z", area: "ar", users: ["C", "D"], annualCost: 30)
        var u = makeItem("u", area: "ar", annualCost: 60, perInstance: 20)
        shares(&u, [("C", 100)])
        let s = makeItem("s", area: "ar", users: ["A", "B"], dependsOn: [dep("u")])
        let p = makeItem("p", area: "ar", users: ["A", "B"], annualCost: 10)
        let orphan = makeItem("orphan", area: "ar", annualCost: 7)
        let option = Option(id: "cd-leave", separate: ["C", "D"], defaultDisposition: .split, items: ["p": .shared])
        return Estate(
            parties: ["A", "B", "C", "D"], areas: [("ar", "A")], items: [x, y, z, u, s, p, orphan],
            options: [option], defaultDuplicateCost: 5)
    }

    static func evaluation() -> OptionEvaluation {
        let estate = estate()
        return OptionEvaluation(option: estate.options[0], entanglement: Entanglement(EstateGraph(estate)))
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test("Today: shares, equal splits, and what nobody pays for")
    func today() {
        let costs = PartyCosts(entanglement: Self.evaluation().entanglement)
        #expect(costs.optionID == nil)
        #expect(costs.parties.map(\.id) == ["A", "B", "C", "D"])
        #expect(costs.parties.map(\.bloc) == ["A", "B", "C", "D"])
        // A: x 50 + y 15 + p 5; B: x 30 + y 15 + p 5; C: x 20 + y 20 + z 15 + u 60; D: z 15.
        #expect(zip(costs.parties.map(\.before), [70.0, 50, 115, 15]).allSatisfy(close))
        #expect(costs.parties.allSatisfy { $0.after == $0.before && $0.change == 0 && $0.oneOff == 0 })
        #expect(costs.blocs.map(\.name) == ["A", "B", "C", "D"] && costs.blocs.allSatisfy { $0.stranded == 0 })
        #expect(costs.unallocated == 7)
        #expect(costs.unallocatedItems.map(Self.evaluation().graph.itemID) == ["orphan"])
    }

    @Test("Under the option: keepers, per-instance costs and the one-off costs of new instances")
    func underTheOption() {
        let ev = Self.evaluation()
        let costs = PartyCosts(evaluation: ev)
        #expect(costs.optionID == "cd-leave")
        #expect(costs.parties.map(\.bloc) == ["rest", "rest", "C", "D"])
        // change: x A +12.5 B +7.5 C +20 (rest pays 100 as 50:30, C pays 40);
        //         y A +10 B +10 C −10 (rest pays 50 as 30:30, C pays 10);
        //         z C +15 D +15 (C keeps it, paying 30; D pays 30 for its own);
        //         u A +30 B +30 C −40 (rest pays 60 equally, its weights being 0; C pays 20).
        #expect(zip(costs.parties.map(\.change), [52.5, 47.5, -15, 15]).allSatisfy(close))
        #expect(zip(costs.parties.map(\.after), [122.5, 97.5, 100, 30]).allSatisfy(close))
        // One-off: x 20, y 5, u 5 for C's new instances; z 5 for D's.
        #expect(zip(costs.parties.map(\.oneOff), [0.0, 0, 30, 5]).allSatisfy(close))
        #expect(close(costs.totalChange, ev.figures.recurringDelta) && close(ev.figures.recurringDelta, 100))
        #expect(close(costs.totalOneOff, ev.figures.oneOffCost) && close(ev.figures.oneOffCost, 35))
        #expect(costs.unallocated == 7)
        #expect(costs.parties.map { $0.cost(overYears: 3) }.elementsEqual([157.5, 142.5, -15, 50], by: close))
    }

    @Test("Per bloc: sums over its parties, and the stranded cost of what it keeps")
    func perBloc() {
        let costs = PartyCosts(evaluation: Self.evaluation())
        #expect(costs.blocs.map(\.name) == ["C", "D", "rest"])
        #expect(costs.blocs.map(\.parties) == [["C"], ["D"], ["A", "B"]])
        #expect(zip(costs.blocs.map(\.before), [115.0, 15, 120]).allSatisfy(close))
        #expect(zip(costs.blocs.map(\.after), [100.0, 30, 220]).allSatisfy(close))
        #expect(zip(costs.blocs.map(\.change), [-15.0, 15, 100]).allSatisfy(close))
        // C keeps z: 30 × (1 − 0.5). rest keeps x: 100 × 0.2, y: 50 × 0.4, u: 60 × 1.
        #expect(zip(costs.blocs.map(\.stranded), [15.0, 0, 100]).allSatisfy(close))
        #expect(zip(costs.blocs.map(\.oneOff), [30.0, 5, 0]).allSatisfy(close))
        #expect(close(costs.blocs[0].cost(overYears: 2), 0))
    }

    @Test("A weight tie with rest: `rest` is compared as that word")
    func tieWithRest() {
        // Parties a, m, z; m and z separate, so rest = {a}. t is led by m, whose bloc does
        // not need it; a and z hold 0.5 each, and "rest" < "z".
        let t = makeItem("t", area: "ar", lead: "m", users: ["a", "z"], annualCost: 10)
        let option = Option(id: "o", separate: ["m", "z"], defaultDisposition: .split)
        let estate = Estate(parties: ["a", "m", "z"], areas: [("ar", "a")], items: [t], options: [option])
        let ev = OptionEvaluation(option: option, entanglement: Entanglement(EstateGraph(estate)))
        #expect(
            ev.originalKeeper(of: 0, weights: ItemWeights(item: 0, entanglement: ev.entanglement))
                == ev.partition.restBloc)
        let costs = PartyCosts(evaluation: ev)
        #expect(costs.blocs.map(\.name) == ["m", "rest", "z"])
        #expect(costs.blocs.map(\.stranded) == [0, 5, 0])
        #expect(costs.parties.map(\.change) == [5, 0, 5])
    }

    @Test("The weights kept per estate are each item's weights computed alone, on 200 random estates")
    func keptWeightsAreTheItemsOwn() {
        var rng = SeededGenerator(seed: 4411)
        for round in 0..<200 {
            let entanglement = Entanglement(EstateGraph(randomCostedEstate(&rng, items: 8)))
            for i in 0..<entanglement.graph.itemCount {
                let alone = ItemWeights(item: i, entanglement: entanglement)
                let kept = entanglement.weights(of: i)
                #expect(kept.parties == alone.parties && kept.weights == alone.weights, "round \(round), item \(i)")
            }
        }
    }

    @Test("An item with no needs is unallocated, even when the option splits it")
    func unallocatedWhenSplit() {
        let costs = PartyCosts(evaluation: Self.evaluation())
        #expect(costs.unallocatedItems.count == 1 && costs.unallocated == 7)
    }
}
