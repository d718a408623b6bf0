@testable import CleaveCore

/// SPEC 1.1 §4.6 computed straight from the text: groups by mutual reach, dates by repeated
/// passes until every group's prerequisites are known, months added one at a time. Where
/// the SPEC is silent it follows `Roadmap`'s documented choices. Results as strings, so a
/// mismatch prints readably. Nil when there is no Start.
struct NaiveRoadmap: Equatable {
    var steps: [String] = []
    var completion: Day?
    var path: [String] = []
    var notices: [String] = []

    /// `day` + `months`, one month at a time, the day clamped once at the end.
    static func add(_ day: Day, _ months: Int) -> Day {
        var year = day.year, month = day.month
        for _ in 0..<months {
            month += 1
            if month == 13 {
                month = 1
                year += 1
            }
        }
        return Day(year: year, month: month, day: min(day.day, Day.daysIn(month: month, year: year)))!
    }

    init?(_ estate: Estate, option: Option) {
        guard let first = option.startDate ?? estate.asOf else { return nil }
        let o = NaiveOption(estate, option)
        let items = estate.items
        let work = Set(items.indices.filter { o.outcome[$0] != "unchanged" })
        func waits(_ i: Int) -> Set<Int> {
            Set(o.brute.edges.filter { $0.from == i && work.contains($0.to) }.map(\.to))
        }
        func reach(_ i: Int) -> Set<Int> {
            var seen: Set<Int> = [i]
            var changed = true
            while changed {
                changed = false
                for j in seen {
                    for w in waits(j) where !seen.contains(w) {
                        seen.insert(w)
                        changed = true
                    }
                }
            }
            return seen
        }
        let reaches = Dictionary(uniqueKeysWithValues: work.map { ($0, reach($0)) })
        let group = Dictionary(
            uniqueKeysWithValues: work.map { i in
                (i, work.filter { reaches[i]!.contains($0) && reaches[$0]!.contains(i) })
            })
        let outside = Dictionary(
            uniqueKeysWithValues: work.map { i in
                (i, group[i]!.reduce(into: Set<Int>()) { $0.formUnion(waits($1)) }.subtracting(group[i]!))
            })
        let months = Dictionary(
            uniqueKeysWithValues: work.map { ($0, items[$0].split.months ?? estate.defaultSplitMonths) })
        let bound = Dictionary(
            uniqueKeysWithValues: work.map { i in
                (i, o.outcome[i] == "duplicated" && items[i].kind == .contract && !items[i].assignable)
            })
        var start: [Int: Day?] = [:], finish: [Int: Day?] = [:], wave: [Int: Int] = [:]
        while start.count < work.count {
            for i in work where start[i] == nil && outside[i]!.allSatisfy({ finish[$0] != nil }) {
                let prior = outside[i]!.map { finish[$0]! }
                let s: Day? = prior.contains(nil) ? nil : prior.compactMap { $0 }.reduce(first, max)
                start[i] = s
                var f = s.map { Self.add($0, months[i]!) }
                if bound[i]!, let done = f { f = items[i].end.map { max(done, $0) } }
                finish[i] = f
                wave[i] = 1 + (outside[i]!.map { wave[$0]! }.max() ?? 0)
            }
        }
        let id = { (i: Int) in items[i].id }
        let late = { (i: Int) -> Bool in
            guard let target = option.targetDate else { return false }
            return finish[i]!.map { $0 > target } ?? true
        }
        if work.contains(where: { finish[$0]! == nil }) {
            completion = nil
        } else {
            completion = work.map { finish[$0]!! }.reduce(first, max)
            var current = work.min { finish[$0]!! != finish[$1]!! ? finish[$0]!! > finish[$1]!! : id($0) < id($1) }
            while let c = current {
                path.append(id(c))
                let s = start[c]!!
                guard finish[c]!! == Self.add(s, months[c]!) && s > first else { break }
                current = outside[c]!.filter { finish[$0]!! == s }.min { id($0) < id($1) }
            }
            path.reverse()
        }
        for i in work.sorted(by: { id($0) < id($1) }) {
            var reason = "-"
            if late(i) {
                // The prerequisite that sets the start: never finishing first, else latest; smallest id.
                let gate = outside[i]!.min { a, b in
                    switch (finish[a]!, finish[b]!) {
                    case (nil, nil): return id(a) < id(b)
                    case (nil, _): return true
                    case (_, nil): return false
                    case let (x?, y?): return x != y ? x > y : id(a) < id(b)
                    }
                }
                if let gate, late(gate) {
                    reason = "waits for \(id(gate)) until \(finish[gate]!.map(\.description) ?? "never")"
                } else if let s = start[i]!, let f = finish[i]! {
                    reason =
                        bound[i]! && f > Self.add(s, months[i]!)
                        ? "contract end \(f)" : "work from \(s) for \(months[i]!)"
                } else {
                    reason = "open-ended"
                }
            }
            let fmt = { (d: Day?) in d.map(\.description) ?? "never" }
            steps.append(
                "\(id(i)) \(months[i]!)m \(fmt(start[i]!))→\(fmt(finish[i]!)) wave \(wave[i]!)"
                    + " waits \(waits(i).map(id).sorted()) group \(group[i]!.map(id).sorted())"
                    + " late \(late(i)) (\(reason)) critical \(path.contains(id(i)))")
            if bound[i]!, let end = items[i].end {
                let date = end.subtracting(months: items[i].noticeMonths)
                notices.append("\(id(i)) \(date) missed \(date < first)")
            }
        }
    }

    /// The same strings from the real roadmap.
    init(_ roadmap: Roadmap, _ graph: EstateGraph) {
        let id = graph.itemID
        let fmt = { (d: Day?) in d.map(\.description) ?? "never" }
        for s in roadmap.steps {
            let reason: String
            switch s.lateReason {
            case nil: reason = "-"
            case .openEnded: reason = "open-ended"
            case .contractEnd(let end): reason = "contract end \(end)"
            case .waitsFor(let item, let finish): reason = "waits for \(id(item)) until \(fmt(finish))"
            case .work(let start, let months): reason = "work from \(start) for \(months)"
            }
            steps.append(
                "\(id(s.item)) \(s.months)m \(fmt(s.start))→\(fmt(s.finish)) wave \(s.wave)"
                    + " waits \(s.waitsFor.map(id)) group \(s.group.map(id))"
                    + " late \(s.late) (\(reason)) critical \(s.critical)")
        }
        completion = roadmap.completion
        path = roadmap.criticalPath.map(id)
        notices = roadmap.notices.map { "\(id($0.item)) \($0.date) missed \($0.missed)" }
    }
}
