extension Roadmap {
    /// The dates of every work item, numbered `0..<work.count` in estate order.
    struct Schedule {
        let graph: EstateGraph
        /// The item index of each work item.
        let work: [Int]
        /// Work item `k` waits for `arcs.neighbours(of: k)` (repeats possible).
        let arcs: Adjacency
        /// The groups: components of `arcs`, numbered so that a group's prerequisites come first.
        let groups: StronglyConnectedComponents
        let months: [Int]
        /// Duplicated, not assignable contracts: they finish no earlier than their `end`.
        let releaseBound: [Bool]
        private(set) var start: [Day?]
        private(set) var finish: [Day?]
        private(set) var wave: [Int]
        /// Per group: the work item outside it that sets its start — one that never finishes
        /// if any, else the one finishing latest (ties: smallest id); nil when it waits for none.
        private(set) var gate: [Int?]

        /// - Complexity: O(items + edges), ids compared only to break ties.
        init(evaluation: OptionEvaluation, start first: Day) {
            let graph = evaluation.graph
            self.graph = graph
            let items = graph.estate.items
            var work: [Int] = []
            var local = [Int](repeating: -1, count: graph.itemCount)
            for i in 0..<graph.itemCount where evaluation.outcomes[i] != .unchanged {
                local[i] = work.count
                work.append(i)
            }
            self.work = work
            var pairs: [(from: Int, to: Int)] = []
            for (k, i) in work.enumerated() {
                for j in graph.dependencies.neighbours(of: i) where local[j] >= 0 { pairs.append((k, local[j])) }
            }
            arcs = Adjacency(nodeCount: work.count, arcs: pairs)
            groups = StronglyConnectedComponents(arcs)
            let defaultMonths = graph.estate.defaultSplitMonths
            months = work.map { items[$0].split.months ?? defaultMonths }
            releaseBound = work.map { i in
                evaluation.outcomes[i] == .duplicated && items[i].kind == .contract && !items[i].assignable
            }
            start = Array(repeating: nil, count: work.count)
            finish = start
            wave = Array(repeating: 1, count: work.count)
            gate = Array(repeating: nil, count: groups.count)
            for c in 0..<groups.count { schedule(group: c, first: first) }
        }

        /// Every arc leaves a group for one with a smaller number, so by increasing number
        /// each group's prerequisites are done before it.
        private mutating func schedule(group c: Int, first: Day) {
            var groupStart: Day? = first, groupWave = 1, gate: Int?
            for v in groups.members.neighbours(of: c) {
                for w in arcs.neighbours(of: v) where groups.component[w] != c {
                    groupWave = max(groupWave, wave[w] + 1)
                    if let current = gate, precedes(current, w) { continue }
                    gate = w
                }
            }
            if let gate {
                if let end = finish[gate] { groupStart = max(first, end) } else { groupStart = nil }
            }
            self.gate[c] = gate
            for v in groups.members.neighbours(of: c) {
                start[v] = groupStart
                wave[v] = groupWave
                guard let s = groupStart else { continue }
                let done = s.adding(months: months[v])
                if releaseBound[v] {
                    finish[v] = graph.estate.items[work[v]].end.map { max(done, $0) }
                } else {
                    finish[v] = done
                }
            }
        }

        /// Whether `a` sets a group's start in preference to `b`: it never finishes where `b`
        /// does, or finishes later, or the same day with a smaller id (ids are unique, so the
        /// id's rank decides).
        private func precedes(_ a: Int, _ b: Int) -> Bool {
            switch (finish[a], finish[b]) {
            case (nil, nil): return graph.precedesByID(work[a], work[b])
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x != y ? x > y : graph.precedesByID(work[a], work[b])
            }
        }

        /// The latest finish; nil when one never finishes; `first` with no work items.
        func completion(start first: Day) -> Day? {
            var latest = first
            for f in finish {
                guard let f else { return nil }
                latest = max(latest, f)
            }
            return latest
        }

        func isLate(_ k: Int, target: Day?) -> Bool {
            guard let target else { return false }
            guard let f = finish[k] else { return true }
            return f > target
        }

        /// The work items `k` waits for, each once, as item indices sorted by id.
        func waitsFor(_ k: Int) -> [Int] { graph.sortedUniqueByID(arcs.neighbours(of: k).lazy.map { work[$0] }) }

        /// The work item (local number) that sets `k`'s group's start, if any.
        func gate(of k: Int) -> Int? { gate[groups.component[k]] }
    }
}
