import Foundation
import Testing

@testable import CleaveCore

/// SPEC 1.2 §4.7: a worked example by hand, the naive month-by-month reading on many
/// random estates, and the check sums.
///
/// The example: parties A and B, one area led by A. `crm` costs 1,200 a year, shared
/// equally; a new instance costs 300 a year and 1,000 to set up; the work takes 3 months.
/// The option `b-leaves` separates B from 2026-01-01, with 75% of A's stranded cost paid
/// for 6 months. A keeps the original (its lead); B buys a new instance.
@Suite("Business case")
struct BusinessCaseTests {
    static func estate(share: Double = 75, months: Int = 6) -> Estate {
        var crm = makeItem("crm", area: "ar", users: ["A", "B"], oneOff: 1000, annualCost: 1200, perInstance: 300)
        crm.split.months = 3
        var option = Option(id: "b-leaves", separate: ["B"], defaultDisposition: .split, startDate: day("2026-01-01"))
        option.transition = Transition(strandedShare: share, strandedMonths: months)
        var estate = Estate(parties: ["A", "B"], areas: [("ar", "A")], items: [crm], options: [option])
        estate.appraisal = Appraisal(years: 6, discountRate: 3.5, optimismBias: 0)
        return estate
    }

    static func analysis(_ estate: Estate) -> EstateAnalysis { EstateAnalysis(EstateGraph(estate)) }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test("The worked example, year by year")
    func workedExample() throws {
        let analysis = Self.analysis(Self.estate())
        let bc = try analysis.businessCase(of: try analysis.option("b-leaves")).get()
        #expect(bc.start == day("2026-01-01") && bc.parties.map(\.id) == ["A", "B"])
        // Cut-over in month 3 (2026-04-01). A: +600 a year from then (it pays the whole 1,200);
        // it receives 75% of its stranded 600 a year for months 3–8: 225.
        // B: one-off 1,000 in month 0; dual running 300/12 for months 0–2: 75; from month 3
        // it pays 300 instead of 600 (−300 a year); it pays A the 225.
        let a = bc.parties[0], b = bc.parties[1]
        #expect(zip(a.years.map(\.net), [450.0 - 225, 600, 600, 600, 600, 600]).allSatisfy(close))
        #expect(zip(b.years.map(\.net), [1000.0 + 75 - 225 + 225, -300, -300, -300, -300, -300]).allSatisfy(close))
        #expect(a.years.allSatisfy { close($0.baseline, 600) } && b.years.allSatisfy { close($0.baseline, 600) })
        #expect(close(b.years[0].cost, 600 + 1075))
        #expect(close(a.compensation, -225) && close(b.compensation, 225) && close(bc.totals.compensation, 0))
        #expect(close(b.oneOff, 1000) && close(b.dualRunning, 75) && a.oneOff == 0 && a.dualRunning == 0)
        // B's cumulative net: 1,075, 775, 475, 175, −125, −425: it pays back in year 4. A never does.
        #expect(b.payback == 4 && a.payback == nil)
        #expect(close(b.net, 1075 - 1500) && close(a.net, 225 + 3000))
        let discounted = zip(b.years.map(\.net), 0...).reduce(0) { $0 + $1.0 / pow(1.035, Double($1.1)) }
        #expect(close(b.npv, discounted))
        #expect(close(bc.totals.net, a.net + b.net) && close(bc.totals.npv, a.npv + b.npv))
        #expect(bc.lastCutOverMonth == 3 && bc.neverCutOver.isEmpty && bc.cutOverAfterAppraisal.isEmpty)
    }

    @Test("Overrides: years, discount rate and optimism bias")
    func overrides() throws {
        let analysis = Self.analysis(Self.estate())
        let option = try analysis.option("b-leaves")
        let bc = try analysis.businessCase(
            option, comparedWith: nil, appraisal: Appraisal(years: 2, discountRate: 0, optimismBias: 40))
        #expect(bc.parties[1].years.count == 2 && close(bc.parties[1].oneOff, 1400))
        #expect(close(bc.parties[1].npv, 1400 + 75 - 225 + 225 - 300))
        #expect(close(bc.totals.oneOff, option.figures.oneOffCost * 1.4))
    }

    @Test("Compared with itself, nothing changes; compared with another option, the difference")
    func comparedWith() throws {
        var estate = Self.estate()
        var later = estate.options[0]
        later.id = "b-leaves-later"
        later.startDate = day("2027-01-01")
        estate.options.append(later)
        let analysis = Self.analysis(estate)
        let now = try analysis.option("b-leaves"), then = try analysis.option("b-leaves-later")
        let same = try analysis.businessCase(now, comparedWith: now, appraisal: nil)
        #expect(same.parties.allSatisfy { $0.net == 0 && $0.npv == 0 && $0.payback == nil })
        let diff = try analysis.businessCase(now, comparedWith: then, appraisal: nil)
        let alone = try analysis.businessCase(of: now).get(), other = try analysis.businessCase(of: then).get()
        #expect(diff.comparedWith == "b-leaves-later")
        for (d, (x, y)) in zip(diff.parties, zip(alone.parties, other.parties)) {
            // The later option's year 0 is this one's year 1: its months shifted by twelve.
            let shifted = [0.0] + y.years.map(\.net).dropLast()
            #expect(zip(d.years.map(\.net), zip(x.years.map(\.net), shifted).map { $0 - $1 }).allSatisfy(close))
            #expect(close(d.years[1].baseline, 600 + shifted[1]))
        }
    }

    @Test("No Start: the roadmap's error; an item that never finishes is never cut over")
    func noStartAndNeverCutOver() throws {
        var estate = Self.estate()
        estate.options[0].startDate = nil
        let analysis = Self.analysis(estate)
        let option = try analysis.option("b-leaves")
        #expect(throws: UserError.self) { try analysis.businessCase(option, comparedWith: nil, appraisal: nil) }
        guard case .failure(let failure) = analysis.businessCase(of: option) else {
            Issue.record("a case without a Start")
            return
        }
        #expect(failure == .noStart(option: "b-leaves"))

        var locked = Self.estate()
        var licence = makeItem("licence", .contract, area: "ar", users: ["A", "B"], annualCost: 100)
        licence.assignable = false
        locked.items.append(licence)
        locked.items[0].dependsOn = [dep("licence")]
        let lockedCase = try Self.analysis(locked).businessCase(of: try Self.analysis(locked).option("b-leaves")).get()
        let ids = lockedCase.neverCutOver.map { locked.items[$0.item].id }
        #expect(ids == ["crm", "licence"])
        // The licence is never released; crm waits for it.
        #expect(lockedCase.neverCutOver.map { $0.waitsFor.map { locked.items[$0].id } } == ["licence", nil])
        // crm never starts: no one-off, no dual running, paid as before. B buys its own
        // licence (the default one-off cost, 1) and runs it beside the old one to the end.
        let b = lockedCase.parties[1]
        #expect(b.oneOff == 1 && close(b.years[0].net, 101) && b.years.dropFirst().allSatisfy { close($0.net, 100) })
    }

    @Test("Month of a date: whole months from Start, the day clamped")
    func monthsFromStart() {
        #expect(day("2026-02-28").months(from: day("2026-01-31")) == 1)
        #expect(day("2026-02-27").months(from: day("2026-01-31")) == 0)
        #expect(day("2025-12-31").months(from: day("2026-01-01")) == -1)
        var rng = SeededGenerator(seed: 71)
        for _ in 0..<2000 {
            let start = randomDay(&rng), date = randomDay(&rng)
            guard date >= start else { continue }
            #expect(date.months(from: start) == NaiveBusinessCase.month(of: date, from: start))
        }
    }

    static func randomCases(seed: UInt64, count: Int, items: Int) -> [(Estate, EstateAnalysis)] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var estate = randomCostedEstate(&rng, items: items, density: Double.random(in: 0.05...0.3, using: &rng))
            estate.appraisal = Appraisal(
                years: 1 + rng.below(5), discountRate: Double(rng.below(11)), optimismBias: Double(rng.below(5) * 10))
            for o in estate.options.indices {
                estate.options[o].transition = Transition(
                    strandedShare: rng.chance(0.3) ? 0 : Double(rng.below(101)), strandedMonths: rng.below(30))
            }
            return (estate, EstateAnalysis(EstateGraph(estate)))
        }
    }

    @Test("Matches the naive month-by-month reading of §4.7 on random estates")
    func matchesNaive() throws {
        var computed = 0
        for (estate, analysis) in Self.randomCases(seed: 48, count: 300, items: 10) {
            for option in analysis.allOptions {
                guard let bc = try? analysis.businessCase(of: option).get(), let roadmap = option.roadmap else {
                    #expect(option.roadmap == nil)
                    continue
                }
                computed += 1
                let naive = NaiveBusinessCase(
                    estate, option: option.option, roadmap: roadmap, appraisal: estate.appraisal)
                for p in bc.parties {
                    #expect(zip(p.years.map(\.net), naive.net[p.id]!).allSatisfy(close), "\(p) \(naive)")
                    #expect(close(p.oneOff, naive.oneOff[p.id]!) && close(p.dualRunning, naive.dualRunning[p.id]!))
                    #expect(close(p.compensation, naive.compensation[p.id]!))
                    #expect(close(p.npv, naive.npv[p.id]!))
                    #expect(p.payback == naive.payback[p.id]!, "\(p.years.map(\.net))")
                }
            }
        }
        #expect(computed > 500)
    }

    @Test("Check sums: compensation nets to 0; after every cut-over a year's Σ net = recurringDelta; Σ one-off")
    func checkSums() throws {
        var after = 0, allStarted = 0
        for (estate, analysis) in Self.randomCases(seed: 49, count: 300, items: 40) {
            for option in analysis.allOptions {
                guard let bc = try? analysis.businessCase(of: option).get(), let roadmap = option.roadmap else {
                    continue
                }
                let scale = max(1, bc.parties.reduce(0) { $0 + abs($1.compensation) })
                #expect(abs(bc.totals.compensation) <= 1e-9 * scale)
                #expect(close(bc.totals.net, bc.parties.reduce(0) { $0 + $1.net }))
                let lastMonth = roadmap.steps.map { $0.finish?.months(from: bc.start) ?? Int.max }.max() ?? 0
                for year in bc.totals.years where 12 * year.year > lastMonth {  // begins after the last cut-over month
                    after += 1
                    // §4.7's "12 × recurringDelta" in monthly amounts: a year's worth of the annual delta.
                    #expect(close(year.net, option.figures.recurringDelta), "\(year)")
                }
                let starts = roadmap.steps.filter { $0.outcome == .duplicated }.map {
                    $0.start?.months(from: bc.start) ?? Int.max
                }
                if starts.allSatisfy({ $0 < 12 * estate.appraisal.years }) {
                    allStarted += 1
                    #expect(close(bc.totals.oneOff, option.figures.oneOffCost * (1 + estate.appraisal.optimismBias / 100)))
                }
            }
        }
        #expect(after > 100 && allStarted > 300)
    }
}
