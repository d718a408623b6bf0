/// Money over time, party by party (SPEC 1.2 §4.7): what each party pays in each year of
/// the appraisal under an option, against what it pays staying as it is (or under another
/// option), with the one-off costs, dual running and stranded-cost compensation, the net
/// present value and the payback year.
///
/// It reads who pays what from the same item-by-item split as `PartyCosts` (§4.5) and when
/// from the option's `Roadmap` (§4.6); it keeps no copy of either. Where the SPEC is silent:
/// - an item that never starts (it waits for one that never finishes) has no dual running
///   and no one-off cost within the appraisal; one that starts but never finishes (an
///   open-ended contract that is not assignable) runs both old and new to the end. Both are
///   never cut over, and listed;
/// - the stranded part of an item is an annual figure: a twelfth of it is paid each month;
///   the payers' share of it is split by their weights in `needs(i)` (equally where those
///   sum to 0), and the keeping bloc's parties receive it as they pay for the original;
/// - `before(p)` and `recurringDelta` are annual (§4.5), and costs accrue by the month, a
///   twelfth of a year's each month. So a year's baseline is twelve months of `before(p)` / 12,
///   which is `before(p)`, and in a year wholly after every cut-over Σ `net` is
///   `recurringDelta`. (§4.7 writes "12 × `before(p)`" and "12 × `recurringDelta`": that
///   holds for the monthly amounts, and would count each year twelve times over annual ones.)
/// - amounts within half a penny (`paybackTolerance`) of 0 count as 0 for the payback year.
public struct BusinessCase: Sendable {
    /// One year of a party's case (or of the totals).
    public struct Year: Hashable, Sendable {
        /// t = 0 … years − 1: months 12t … 12t + 11 from Start.
        public let year: Int
        /// What it would pay that year without the option: `before` (twelve months of a
        /// twelfth of it) against the status quo, or what it pays under the option compared
        /// with.
        public let baseline: Double
        /// What it pays that year under the option.
        public let cost: Double
        /// `cost` − `baseline`, summed from the changes alone (0 for an untouched party).
        public let net: Double
    }

    /// A party's case, or the option's totals (`party` nil).
    public struct Ledger: Hashable, Sendable {
        public let party: PartyIndex?
        /// The party's id; `total` for the totals.
        public let id: String
        /// One-off costs, uplifted by the optimism bias.
        public let oneOff: Double
        /// What it pays for new instances while the old still run.
        public let dualRunning: Double
        /// Stranded-cost compensation paid less received.
        public let compensation: Double
        /// Σ over years of `net`.
        public let net: Double
        /// Σ_t net_t / (1 + r)^t.
        public let npv: Double
        /// The first year after which the cumulative net stays ≤ 0; nil when it never does,
        /// or when it is ≤ 0 from year 0 (nothing to pay back).
        public let payback: Int?
        public let years: [Year]

        /// The cumulative net at the end of each year.
        public var cumulativeNets: [Double] {
            var sum = 0.0
            return years.map { year in
                sum += year.net
                return sum
            }
        }
    }

    /// A work item that is never cut over, and why.
    public struct NeverCutOver: Hashable, Sendable {
        public let item: Int
        /// Nil for a contract that is never released (open-ended and not assignable); else the
        /// work item it waits for that never finishes.
        public let waitsFor: Int?
    }

    /// The option's id.
    public let optionID: String
    /// The id of the option compared with; nil for the status quo.
    public let comparedWith: String?
    /// Start (§4.6): month 0 begins here.
    public let start: Day
    public let appraisal: Appraisal
    public let transition: Transition
    /// Every party, sorted by id.
    public let parties: [Ledger]
    /// The sums over parties; `payback` and `npv` of the summed nets.
    public let totals: Ledger
    /// Work items of the option that never finish, sorted by id.
    public let neverCutOver: [NeverCutOver]
    /// Work items cut over after the appraisal ends (paid as before throughout), sorted by id.
    public let cutOverAfterAppraisal: [Int]
    /// The month (from Start) of the last cut-over; nil when nothing is cut over within the
    /// appraisal.
    public let lastCutOverMonth: Int?

    /// Amounts this close to 0 count as 0 when finding the payback year: half a penny.
    public static let paybackTolerance = 0.005

    /// The first day of year `t`.
    public func firstDay(ofYear t: Int) -> Day { start.adding(months: 12 * t) }

    /// The label of year `t`: the calendar years it spans (`2026/27`; `2027` for a year from
    /// 1 January).
    public func label(ofYear t: Int) -> String { Self.label(from: firstDay(ofYear: t)) }

    /// `2026/27` for a year from a day after 1 January 2026, `2026` for one from 1 January.
    public static func label(from first: Day) -> String {
        if first.month == 1 && first.day == 1 { return String(first.year) }
        return "\(first.year)/\(String(first.year + 1).suffix(2))"
    }

    /// Whether and when a ledger pays back.
    public enum Payback: Hashable, Sendable {
        /// In year `t`: the cumulative net stays ≤ 0 from there to the end.
        case year(Int)
        /// The cumulative net is still above 0 at the end of the appraisal.
        case notWithin
        /// The cumulative net is never above 0.
        case nothingToPayBack
    }

    /// When `ledger` pays back, in words: `2033/34`, `not within 10 years`, `nothing to pay
    /// back` (the tables, the chart and the workbench say it alike).
    public func paybackWording(_ ledger: Ledger) -> String {
        switch Self.payback(of: ledger) {
        case .year(let t): return label(ofYear: t)
        case .notWithin: return "not within \(Wording.count(appraisal.years, "year"))"
        case .nothingToPayBack: return "nothing to pay back"
        }
    }

    /// The month holding the last cut-over, as `July 2032`; nil when nothing is cut over.
    public var lastCutOverWording: String? {
        lastCutOverMonth.map { start.adding(months: $0).monthAndYear }
    }

    /// Whether and when `ledger` pays back.
    public static func payback(of ledger: Ledger) -> Payback {
        if let year = ledger.payback { return .year(year) }
        var cumulative = 0.0
        for year in ledger.years {
            cumulative += year.net
            if cumulative > paybackTolerance { return .notWithin }
        }
        return .nothingToPayBack
    }

    /// The case of `option` against `comparedWith` (nil: the status quo), appraised as
    /// `appraisal` says (the estate's by default); `today` is the estate's costs today
    /// (`EstateAnalysis.costsToday`), computed when not given.
    /// - Throws: `Roadmap.Failure` when the option (or the one compared with) has no Start.
    /// - Complexity: O(Σ |needs(i)| + years over duplicated items + parties · years).
    public init(
        _ option: OptionAnalysis, comparedWith other: OptionAnalysis? = nil, appraisal: Appraisal? = nil,
        today: PartyCosts? = nil
    ) throws(Roadmap.Failure) {
        let roadmap = try option.roadmapResult.get()
        let graph = option.evaluation.graph
        let appraisal = appraisal ?? graph.estate.appraisal
        optionID = option.id
        comparedWith = other?.id
        start = roadmap.start
        self.appraisal = appraisal
        transition = option.option.transition
        let horizon = 12 * appraisal.years
        let bias = appraisal.optimismBias
        let flows = Flows(option, roadmap: roadmap, start: roadmap.start, horizon: horizon, bias: bias)
        // The option compared with runs from its own Start, counted in this one's months.
        var baseline = Flows(partyCount: graph.partyCount, horizon: horizon)
        if let other {
            baseline = Flows(other, roadmap: try other.roadmapResult.get(), start: roadmap.start, horizon: horizon, bias: bias)
        }
        let before = (today ?? PartyCosts(entanglement: option.evaluation.entanglement)).parties
        let r = appraisal.discountRate / 100
        var partyLedgers: [Ledger] = []
        var totalYears = [(base: Double, net: Double)](repeating: (0, 0), count: appraisal.years)
        for cost in before {
            let p = cost.party
            var years: [Year] = []
            for t in 0..<appraisal.years {
                let net = flows.added(by: p, inYear: t) - baseline.added(by: p, inYear: t)
                let base = cost.before + baseline.added(by: p, inYear: t)
                years.append(Year(year: t, baseline: base, cost: base + net, net: net))
                totalYears[t].base += base
                totalYears[t].net += net
            }
            partyLedgers.append(
                Self.ledger(
                    party: p, id: cost.id, years: years, rate: r,
                    oneOff: flows.oneOff[p] - baseline.oneOff[p],
                    dualRunning: flows.dualRunning[p] - baseline.dualRunning[p],
                    compensation: flows.compensation[p] - baseline.compensation[p]))
        }
        parties = partyLedgers
        totals = Self.ledger(
            party: nil, id: "total",
            years: totalYears.enumerated().map { t, sums in
                Year(year: t, baseline: sums.base, cost: sums.base + sums.net, net: sums.net)
            },
            rate: r, oneOff: partyLedgers.reduce(0) { $0 + $1.oneOff },
            dualRunning: partyLedgers.reduce(0) { $0 + $1.dualRunning },
            compensation: partyLedgers.reduce(0) { $0 + $1.compensation })
        neverCutOver = flows.neverCutOver.sorted { graph.precedesByID($0.item, $1.item) }
        cutOverAfterAppraisal = graph.sortedByID(flows.cutOverLater)
        lastCutOverMonth = flows.lastCutOver
    }

    private static func ledger(
        party: PartyIndex?, id: String, years: [Year], rate: Double, oneOff: Double, dualRunning: Double,
        compensation: Double
    ) -> Ledger {
        var npv = 0.0, factor = 1.0
        for year in years {
            npv += year.net / factor
            factor *= 1 + rate
        }
        return Ledger(
            party: party, id: id, oneOff: oneOff, dualRunning: dualRunning, compensation: compensation,
            net: years.reduce(0) { $0 + $1.net }, npv: npv, payback: payback(years.map(\.net)), years: years)
    }

    /// The first year t after which the cumulative net stays ≤ 0 to the end; nil when the
    /// last cumulative net is above 0, or when every one is ≤ 0 (nothing to pay back).
    static func payback(_ nets: [Double]) -> Int? {
        var cumulative = 0.0
        var firstOfRun: Int?
        for (t, net) in nets.enumerated() {
            cumulative += net
            if cumulative <= paybackTolerance {
                if firstOfRun == nil { firstOfRun = t }
            } else {
                firstOfRun = nil
            }
        }
        return firstOfRun == 0 ? nil : firstOfRun
    }
}

extension BusinessCase {
    /// What an option adds to each party's running costs, month by month from a Start, summed
    /// by year: changes from each item's cut-over, dual running, one-off costs and
    /// compensation.
    struct Flows {
        /// By party, then year (`party.rawValue * years + t`): what the option adds to the
        /// year's `before`.
        private var byYear: [Double]
        var oneOff: PartyTable<Double>
        var dualRunning: PartyTable<Double>
        var compensation: PartyTable<Double>
        var neverCutOver: [NeverCutOver] = []
        var cutOverLater: [Int] = []
        var lastCutOver: Int?
        private let horizon: Int
        private let years: Int

        /// No change: the status quo.
        init(partyCount: Int, horizon: Int) {
            self.horizon = horizon
            years = horizon / 12
            byYear = [Double](repeating: 0, count: partyCount * years)
            oneOff = PartyTable(repeating: 0, count: partyCount)
            dualRunning = oneOff
            compensation = oneOff
        }

        /// The option's flows over `horizon` months from `start`, its one-off costs uplifted
        /// by `bias` percent.
        init(_ option: OptionAnalysis, roadmap: Roadmap, start: Day, horizon: Int, bias: Double) {
            let evaluation = option.evaluation
            let graph = evaluation.graph
            self.init(partyCount: graph.partyCount, horizon: horizon)
            let uplift = 1 + bias / 100
            let transition = evaluation.option.transition
            var shares = DuplicateShares(partyCount: graph.partyCount)
            // The parties of the item in hand, and those of them that do not keep the original.
            var visited: [DuplicateShares.Share] = []
            var payers: [DuplicateShares.Share] = []
            // Built when the first item that never finishes asks why: step index by item.
            var stepsByItem: [Int: Int]?
            // What a group that never starts waits for, by its first member: one look per group.
            var blockers: [Int: Int?] = [:]
            let steps = roadmap.steps  // read in place: a step is too big to copy per item
            let table = evaluation.entanglement.weightsByItem
            let items = graph.estate.items
            for s in steps.indices {
                let startMonth = steps[s].start.map { $0.months(from: start) }
                let cut = steps[s].finish.map { $0.months(from: start) }
                let i = steps[s].item
                if steps[s].finish == nil {
                    if stepsByItem == nil {
                        stepsByItem = Dictionary(steps.indices.map { (steps[$0].item, $0) }, uniquingKeysWith: { a, _ in a })
                    }
                    let key = steps[s].group.first ?? i
                    let blocker = blockers[key] ?? Self.blocker(of: s, in: steps, byItem: stepsByItem!)
                    if steps[s].start == nil { blockers[key] = blocker }
                    neverCutOver.append(NeverCutOver(item: i, waitsFor: blocker))
                } else if let cut, cut >= horizon {
                    cutOverLater.append(i)
                } else if let cut {
                    lastCutOver = max(lastCutOver ?? cut, cut)
                }
                guard steps[s].outcome == .duplicated else { continue }
                let c = items[i].annualCost ?? 0
                let split = items[i].split  // not the whole item
                let k = split.annualCostPerInstance ?? c
                let setUp = (split.oneOffCost ?? graph.estate.defaultDuplicateCost) * uplift
                payers.removeAll(keepingCapacity: true)
                visited.removeAll(keepingCapacity: true)
                guard
                    let keeper = shares.visit(i, weights: table[i], evaluation: evaluation, {
                        visited.append($0)
                        if !$0.keeps { payers.append($0) }
                    })
                else { continue }
                let cutMonth = cut ?? Int.max
                // Each party once: the order of the parties does not change a sum.
                for s in visited {
                    // From the cut-over on, the party pays its new part instead of its old one.
                    add(s.part(s.keeps ? c : k) - c * s.weight, to: s.party, from: cutMonth, to: horizon)
                }
                if let startMonth {
                    for s in payers {
                        // The new instance is bought when the work starts, and runs beside the old.
                        if (0..<horizon).contains(startMonth) {
                            byYear[s.party.rawValue * years + startMonth / 12] += s.part(setUp)
                            oneOff[s.party] += s.part(setUp)
                        }
                        dualRunning[s.party] += add(s.part(k), to: s.party, from: startMonth, to: cutMonth)
                    }
                }
                guard let cut, transition.strandedShare > 0, transition.strandedMonths > 0 else { continue }
                // Compensation: the payers, by weight, to the keeper's parties, as they pay for it.
                let paid = transition.strandedShare / 100 * c * (1 - keeper.weight)
                let end = cut + transition.strandedMonths
                let payerWeight = payers.reduce(0) { $0 + $1.weight }
                for s in payers {
                    let part = payerWeight > 0 ? paid * s.weight / payerWeight : paid / Double(payers.count)
                    compensation[s.party] += add(part, to: s.party, from: cut, to: end)
                }
                for s in visited where s.keeps {
                    compensation[s.party] += add(-s.part(paid), to: s.party, from: cut, to: end)
                }
            }
        }

        /// What party `p` adds in year `t`.
        func added(by p: PartyIndex, inYear t: Int) -> Double { byYear[p.rawValue * years + t] }

        /// Adds a twelfth of `annual` to party `p` for each month of `from ..< to` within the
        /// appraisal, year by year; returns the amount added.
        @discardableResult
        private mutating func add(_ annual: Double, to p: PartyIndex, from: Int, to: Int) -> Double {
            var month = max(from, 0)
            let last = min(to, horizon)
            guard month < last, annual != 0 else { return 0 }
            var added = 0.0
            while month < last {
                let yearEnd = min((month / 12 + 1) * 12, last)
                let amount = annual * Double(yearEnd - month) / 12
                byYear[p.rawValue * years + month / 12] += amount
                added += amount
                month = yearEnd
            }
            return added
        }

        /// For a work item that never finishes: the work item outside its group that a member
        /// waits for and that never finishes (smallest id); nil when it starts (a contract
        /// that is never released). `byItem` gives the index in `steps` of each item's step.
        /// - Complexity: O(Σ |waitsFor| over the group's members).
        private static func blocker(of s: Int, in steps: [Roadmap.Step], byItem: [Int: Int]) -> Int? {
            guard steps[s].start == nil else { return nil }
            let group = Set(steps[s].group)
            for member in steps[s].group {
                guard let m = byItem[member] else { continue }
                for other in steps[m].waitsFor where !group.contains(other) {
                    if let o = byItem[other], steps[o].finish == nil { return other }
                }
            }
            return nil
        }
    }
}

extension Day {
    /// `July 2032`.
    public var monthAndYear: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(names[month - 1]) \(year)"
    }

    /// The number of whole months from `start` to this date: n with
    /// `start.adding(months: n)` ≤ self < `start.adding(months: n + 1)` (negative before `start`).
    /// - Complexity: O(1).
    public func months(from start: Day) -> Int {
        var n = (year * 12 + month) - (start.year * 12 + start.month)
        while start.adding(months: n) > self { n -= 1 }
        return n
    }
}
