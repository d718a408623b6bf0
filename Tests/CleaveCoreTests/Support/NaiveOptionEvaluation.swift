@testable import CleaveCore

/// SPEC §4.3 (1.1) computed the obvious way, straight from the text and the model, to check
/// `OptionEvaluation` against: needs by naive reachability (`BruteForce`), blocs by name,
/// and every list and figure by a plain loop. Items and parties are numbered as in the
/// estate; blocs are named (a party id, or `rest`).
struct NaiveOptionEvaluation {
    struct Blocker: Equatable, CustomStringConvertible {
        var kind: String
        var item: String
        var related: [String]
        var releaseDate: Day?
        var noticeDate: Day?
        var noticeMissed = false
        var description: String { "\(kind):\(item):\(related):\(releaseDate.map(String.init(describing:)) ?? "-")" }
    }

    var blocs: [Set<String>] = []
    var dispositions: [Disposition] = []
    /// "duplicated", "transferred:<bloc>" or "unchanged".
    var outcomes: [String] = []
    /// [from id, to id, bloc], sorted by from id, to id, then bloc.
    var ties: [[String]] = []
    /// [from id, to id], sorted.
    var conflicts: [[String]] = []
    var internalEdges = 0
    var blockers: [Blocker] = []
    var duplicated = 0, transferred = 0
    var oneOffCost = 0.0, recurringDelta = 0.0, fteAffected = 0.0
    var entangledBefore = 0, entangledAfter = 0
    var completionDate: Day?
    var neverCompletes = false
    var defaultPricedDuplicates = 0

    var separation: Double { entangledBefore == 0 ? 1 : 1 - Double(entangledAfter) / Double(entangledBefore) }
    var cleanliness: Double {
        let all = internalEdges + ties.count + conflicts.count
        return all == 0 ? 1 : Double(internalEdges) / Double(all)
    }

    init(_ estate: Estate, option: Option) {
        let reference = BruteForce(estate)
        let needs = reference.needs()
        let items = estate.items, n = items.count
        func party(_ id: String) -> Int? { estate.parties.firstIndex { $0.id == id } }
        let separate = Set((option.separate?.map(\.id) ?? estate.parties.map(\.id)).compactMap(party))
        func bloc(_ p: Int) -> String { separate.contains(p) ? estate.parties[p].id : "rest" }
        blocs = needs.map { Set($0.map(bloc)) }
        func lead(_ i: Int) -> Int? {
            if let lead = items[i].lead { return party(lead.id) }
            return estate.areas.first { $0.id == items[i].area.id }.flatMap { party($0.lead.id) }
        }
        func leadBloc(_ i: Int) -> String? { lead(i).map(bloc) }

        // d(i): items[i]; else shared when out of scope; else areas[area]; else the default.
        dispositions = items.map { item in
            if let own = option.items.first(where: { $0.item.id == item.id }) { return own.disposition }
            guard let area = estate.areas.first(where: { $0.id == item.area.id }) else {
                return option.defaultDisposition
            }
            if !area.inScope { return .shared }
            return option.areas.first { $0.area.id == area.id }?.disposition ?? option.defaultDisposition
        }
        let d = dispositions
        for i in 0..<n {
            if d[i] == .split && blocs[i].count >= 2 {
                outcomes.append("duplicated")
            } else if d[i] == .split && blocs[i].count == 1 && blocs[i].first != leadBloc(i) {
                outcomes.append("transferred:\(blocs[i].first!)")
            } else {
                outcomes.append("unchanged")
            }
        }

        let id = { (i: Int) in items[i].id }
        for e in reference.edges where !blocs[e.from].isEmpty {
            let a = e.from, b = e.to
            if d[a] == .split && d[b] == .shared && blocs[b].count >= 2 {
                for beta in blocs[a] where beta != leadBloc(b) { ties.append([id(a), id(b), beta]) }
            }
            if d[a] == .shared && blocs[a].count >= 2 && d[b] == .split { conflicts.append([id(a), id(b)]) }
            if d[a] == .split && d[b] == .split { internalEdges += 1 }
        }
        ties.sort { $0.lexicographicallyPrecedes($1) }
        conflicts.sort { $0.lexicographicallyPrecedes($1) }

        blockers = NaiveOptionEvaluation.blockers(
            estate, option: option, reference: reference,
            outcomes: outcomes, conflicts: conflicts)
        figures(estate)
    }

    /// unsplittable, contract-lock (released at `end`; notice `noticeMonths` before) and
    /// conflict, sorted by kind, item id, then related ids.
    static func blockers(
        _ estate: Estate, option: Option, reference: BruteForce,
        outcomes: [String], conflicts: [[String]]
    ) -> [Blocker] {
        let items = estate.items
        var result: [Blocker] = []
        let lockDate = option.targetDate ?? estate.asOf
        let start = option.startDate ?? estate.asOf
        for (i, item) in items.enumerated() where outcomes[i] == "duplicated" {
            let dependents = Set(reference.edges.filter { $0.to == i }.map { items[$0.from].id }).sorted()
            if item.split.strategy == .none {
                result.append(Blocker(kind: "unsplittable", item: item.id, related: dependents))
            }
            guard item.kind == .contract && !item.assignable else { continue }
            let locked = item.end.map { end in lockDate.map { end > $0 } ?? false } ?? true
            guard locked else { continue }
            let notice = item.end.map { monthsBefore($0, item.noticeMonths) }
            let missed = notice.flatMap { notice in start.map { notice < $0 } } ?? false
            result.append(
                Blocker(
                    kind: "contract-lock", item: item.id, related: dependents,
                    releaseDate: item.end, noticeDate: notice, noticeMissed: missed))
        }
        for conflict in conflicts {
            result.append(Blocker(kind: "conflict", item: conflict[0], related: [conflict[1]]))
        }
        return result.sorted {
            if $0.kind != $1.kind { return $0.kind < $1.kind }
            if $0.item != $1.item { return $0.item < $1.item }
            return $0.related.lexicographicallyPrecedes($1.related)
        }
    }

    /// `day` moved back one calendar month at a time, the day clamped to the month's last.
    static func monthsBefore(_ day: Day, _ months: Int) -> Day {
        var year = day.year, month = day.month
        for _ in 0..<months {
            month -= 1
            if month == 0 {
                month = 12
                year -= 1
            }
        }
        let lengths = [31, Day.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return Day(year: year, month: month, day: min(day.day, lengths[month - 1]))!
    }

    private mutating func figures(_ estate: Estate) {
        for (i, item) in estate.items.enumerated() {
            if blocs[i].count >= 2 {
                entangledBefore += 1
                if dispositions[i] == .shared { entangledAfter += 1 }
            }
            if outcomes[i] == "duplicated" {
                duplicated += 1
                let extra = Double(blocs[i].count - 1)
                oneOffCost += extra * (item.split.oneOffCost ?? estate.defaultDuplicateCost)
                recurringDelta += extra * (item.split.annualCostPerInstance ?? item.annualCost ?? 0)
                if item.split.oneOffCost == nil { defaultPricedDuplicates += 1 }
            }
            if outcomes[i].hasPrefix("transferred") { transferred += 1 }
            if outcomes[i] != "unchanged" && item.kind == .team { fteAffected += item.fte ?? 0 }
        }
        for blocker in blockers where blocker.kind == "contract-lock" {
            if let date = blocker.releaseDate { completionDate = max(completionDate ?? date, date) }
        }
        neverCompletes = blockers.contains {
            $0.kind == "unsplittable" || ($0.kind == "contract-lock" && $0.releaseDate == nil)
        }
    }
}
