import CleaveCore
import Testing

/// `OptionComparison`: each figure minus the baseline's, worked by hand.
struct OptionComparisonTests {
    @Test func differencesAreTheOptionLessTheBaseline() {
        var base = OptionFigures()
        base.duplicated = 2
        base.oneOffCost = 100
        base.recurringDelta = 30
        base.fteAffected = 1.5
        base.ties = 3
        base.unsplittable = 1
        base.entangledBefore = 10
        base.entangledAfter = 8
        var option = base
        option.duplicated = 5
        option.transferred = 1
        option.oneOffCost = 40
        option.fteAffected = 4
        option.contractLocks = 2
        option.entangledAfter = 2
        let d = OptionComparison(option, from: base, baseline: "quo")
        #expect(d.baseline == "quo")
        #expect(d.duplicated == 3 && d.transferred == 1 && d.ties == 0)
        #expect(d.oneOffCost == -60 && d.recurringDelta == 0 && d.fteAffected == 2.5)
        // Blockers: 1 unsplittable before; 1 unsplittable and 2 locks after.
        #expect(d.blockers == 2 && d.entangledAfter == -6)
        // Separation 1 − 8/10 = 0.2 before, 1 − 2/10 = 0.8 after.
        #expect(abs(d.separation - 0.6) < 1e-12)
    }
}
