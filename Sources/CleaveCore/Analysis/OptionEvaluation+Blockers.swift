extension OptionEvaluation {
    /// The date a contract's release is measured against: the option's `targetDate`, else,
    /// when the option has none, the inventory's `asOf` (a contract that is released only
    /// after the date the inventory describes still binds). With neither, only open-ended
    /// contracts are locks (SPEC 1.1 §4.3).
    public static func lockDate(option: Option, estate: Estate) -> Day? {
        option.targetDate ?? estate.asOf
    }

    /// Start (SPEC 1.1 §4.6): when separation work begins, the option's `startDate`, else the
    /// inventory's `asOf`; nil with neither. A notice date before it is missed.
    public static func startDate(option: Option, estate: Estate) -> Day? {
        option.startDate ?? estate.asOf
    }

    /// Whether a duplicated, non-assignable contract released on `release` (its `end`; nil
    /// when open-ended) locks an option measured against `lockDate`.
    static func locks(release: Day?, lockDate: Day?) -> Bool {
        guard let release else { return true }
        guard let lockDate else { return false }
        return release > lockDate
    }

    /// The blockers of an option, sorted by kind, item id, then related ids.
    /// - Complexity: O(items + edges + blockers · log blockers), reasons aside.
    static func blockers(
        option: Option, graph: EstateGraph, partition: BlocPartition,
        outcomes: [ItemOutcome], conflicts: [EdgeID],
        blocs: (Int) -> BlocSet
    ) -> [Blocker] {
        let lockDate = lockDate(option: option, estate: graph.estate)
        let start = startDate(option: option, estate: graph.estate)
        var result: [Blocker] = []
        // "A, B and C" for each set of blocs, written once: an option on a large estate has
        // tens of thousands of blockers and few sets of blocs.
        var neederNames: [BlocSet: String] = [:]
        func neederList(_ item: Int) -> String {
            let set = blocs(item)
            if let names = neederNames[set] { return names }
            let names = Wording.list(partition.names(set))
            neederNames[set] = names
            return names
        }
        let items = graph.estate.items  // read in place: most duplicated items block nothing
        for i in 0..<graph.itemCount where outcomes[i] == .duplicated {
            let unsplittable = items[i].split.strategy == .none
            let locked =
                items[i].kind == .contract && !items[i].assignable
                && locks(release: items[i].releaseDate, lockDate: lockDate)
            guard unsplittable || locked else { continue }
            let item = items[i]
            let needers = neederList(i)
            if unsplittable {
                result.append(
                    Blocker(
                        kind: .unsplittable, item: i, related: dependents(of: i, graph),
                        reason: "cannot be split (split.strategy: none), yet blocs \(needers) each need it",
                        releaseDate: nil))
            }
            if locked {
                let missed = item.noticeDate.flatMap { notice in start.map { notice < $0 } } ?? false
                result.append(
                    Blocker(
                        kind: .contractLock, item: i, related: dependents(of: i, graph),
                        reason: lockReason(
                            item, needers: needers, option: option, estate: graph.estate,
                            start: missed ? start : nil),
                        releaseDate: item.releaseDate, noticeDate: item.noticeDate, noticeMissed: missed))
            }
        }
        for e in conflicts {
            let edge = graph.edges[e]
            result.append(
                Blocker(
                    kind: .conflict, item: edge.from, related: [edge.to],
                    reason: "run jointly for blocs \(neederList(edge.from)), but depends on "
                        + "\(graph.itemID(edge.to)), which the option splits",
                    releaseDate: nil))
        }
        // By rank in id order rather than by the ids themselves: the same order, without
        // comparing strings or building arrays of them in each comparison.
        // The indices are sorted, not the blockers, which are too big to move about.
        let rank = graph.rankByID
        return result.indices.sorted { a, b in
            if result[a].kind != result[b].kind { return result[a].kind < result[b].kind }
            if result[a].item != result[b].item { return rank(result[a].item) < rank(result[b].item) }
            return result[a].related.lazy.map(rank).lexicographicallyPrecedes(result[b].related.lazy.map(rank))
        }.map { result[$0] }
    }

    /// Why a contract locks the option. `start` is given when its notice date falls before it.
    private static func lockReason(
        _ item: Item, needers: String, option: Option, estate: Estate,
        start: Day?
    ) -> String {
        let head = "not assignable, and blocs \(needers) each need it"
        guard let end = item.end, let notice = item.noticeDate else {
            return head + "; it is open-ended (no end date), so it cannot be released"
        }
        var when: String
        if item.noticeMonths > 0 {
            let months = "\(item.noticeMonths) \(item.noticeMonths == 1 ? "month's" : "months'") notice"
            when = "serve notice by \(notice) to leave at \(end) (\(months))"
        } else {
            when = "it runs until \(end) (no notice period)"
        }
        if let target = option.targetDate {
            when += ", after the target date \(target)"
        } else if let asOf = estate.asOf {
            when += ", after the inventory date \(asOf) (the option has no target date)"
        }
        if let start {
            when += "; the notice date is already missed (work starts \(start)), so it cannot be left at \(end)"
        }
        return head + "; " + when
    }

    /// The items with an edge into `item`, each once, sorted by id.
    private static func dependents(of item: Int, _ graph: EstateGraph) -> [Int] {
        graph.sortedUniqueByID(graph.dependents.neighbours(of: item))
    }
}
