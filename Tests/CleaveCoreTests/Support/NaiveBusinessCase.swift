import Foundation
@testable import CleaveCore

/// SPEC 1.2 §4.7 computed straight from the text: a loop over every month of the
/// appraisal, every item and every party, adding what the party pays that month for that
/// item under the option less what it pays for it today. Start and finish dates come from
/// the roadmap (itself checked against `NaiveRoadmap`); everything else from the estate.
/// Where the SPEC is silent it follows `BusinessCase`'s documented choices.
struct NaiveBusinessCase {
    /// By party id: net by year, and the totals.
    var net: [String: [Double]] = [:]
    var oneOff: [String: Double] = [:]
    var dualRunning: [String: Double] = [:]
    var compensation: [String: Double] = [:]
    var npv: [String: Double] = [:]
    var payback: [String: Int?] = [:]

    /// The month (from `start`) holding `day`, counted one month at a time.
    static func month(of day: Day, from start: Day) -> Int {
        var n = 0
        while NaiveRoadmap.add(start, n + 1) <= day { n += 1 }
        return n
    }

    init(_ estate: Estate, option: Option, roadmap: Roadmap, appraisal: Appraisal) {
        let o = NaiveOption(estate, option)
        let months = 12 * appraisal.years
        let steps = Dictionary(uniqueKeysWithValues: roadmap.steps.map { ($0.item, $0) })
        let ids = estate.parties.map(\.id)
        var monthly = [[Double]](repeating: [Double](repeating: 0, count: months), count: ids.count)
        for party in ids {
            oneOff[party] = 0
            dualRunning[party] = 0
            compensation[party] = 0
        }
        for (i, item) in estate.items.enumerated() where o.outcome[i] == "duplicated" && !o.needs[i].isEmpty {
            let step = steps[i]!
            let c = item.annualCost ?? 0, k = item.split.annualCostPerInstance ?? c
            let setUp = (item.split.oneOffCost ?? estate.defaultDuplicateCost) * (1 + appraisal.optimismBias / 100)
            let startMonth = step.start.map { Self.month(of: $0, from: roadmap.start) }
            let cut = step.finish.map { Self.month(of: $0, from: roadmap.start) }
            let keeper = o.keeper(i)
            let keeperWeight = o.needs[i].filter { o.bloc($0) == keeper }.reduce(0) { $0 + o.weight(i, $1) }
            let payers = o.needs[i].filter { o.bloc($0) != keeper }
            let payerWeight = payers.reduce(0) { $0 + o.weight(i, $1) }
            let stranded = option.transition.strandedShare / 100 * c * (1 - keeperWeight)
            for p in o.needs[i] {
                let members = o.needs[i].filter { o.bloc($0) == o.bloc(p) }
                let total = members.reduce(0) { $0 + o.weight(i, $1) }
                func part(_ amount: Double) -> Double {
                    total > 0 ? amount * o.weight(i, p) / total : amount / Double(members.count)
                }
                let keeps = o.bloc(p) == keeper
                for m in 0..<months {
                    var pays = c * o.weight(i, p) / 12
                    if let cut, m >= cut { pays = part(keeps ? c : k) / 12 }
                    if !keeps, let s = startMonth {
                        if m >= s && (cut == nil || m < cut!) {
                            pays += part(k) / 12
                            dualRunning[ids[p]]! += part(k) / 12
                        }
                        if m == s {
                            pays += part(setUp)
                            oneOff[ids[p]]! += part(setUp)
                        }
                    }
                    if let cut, m >= cut, m < cut + option.transition.strandedMonths {
                        let flow =
                            keeps
                            ? -part(stranded) / 12
                            : (payerWeight > 0
                                ? stranded * o.weight(i, p) / payerWeight : stranded / Double(payers.count)) / 12
                        pays += flow
                        compensation[ids[p]]! += flow
                    }
                    monthly[p][m] += pays - c * o.weight(i, p) / 12
                }
            }
        }
        for (p, party) in ids.enumerated() {
            let years = (0..<appraisal.years).map { t in monthly[p][(12 * t)..<(12 * t + 12)].reduce(0, +) }
            net[party] = years
            npv[party] = years.enumerated().reduce(0) { sum, year in
                sum + year.element / pow(1 + appraisal.discountRate / 100, Double(year.offset))
            }
            payback[party] = Self.payback(years)
        }
    }

    /// The first year after which every cumulative net is ≤ 0 (half a penny's tolerance), by
    /// checking every year against every later one; nil when none, or when that year is 0.
    static func payback(_ years: [Double]) -> Int? {
        let cumulative = years.indices.map { years[0...$0].reduce(0, +) }
        guard let first = cumulative.indices.first(where: { t in cumulative[t...].allSatisfy { $0 <= 0.005 } }),
            first > 0
        else { return nil }
        return first
    }
}
