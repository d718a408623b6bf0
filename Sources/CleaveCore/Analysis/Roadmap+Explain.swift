extension Roadmap.Schedule {
    /// Why late work item `k` is late: its group waits for something that never finishes or
    /// is late; else it is an open-ended contract, or its contract ends after the target;
    /// else its own work runs past the target.
    func lateReason(_ k: Int, target: Day) -> Roadmap.LateReason {
        if let gate = gate(of: k), isLate(gate, target: target) {
            return .waitsFor(item: work[gate], finish: finish[gate])
        }
        // Else its group started (a gate that never finishes is late), so the fault is its own.
        guard let s = start[k], let f = finish[k] else { return .openEnded }
        if releaseBound[k], f > s.adding(months: months[k]) { return .contractEnd(f) }
        return .work(start: s, months: months[k])
    }

    /// SPEC 1.1 §4.6: from the work item finishing latest (ties: smallest id), step back while
    /// the item's finish is its start + months and its start is after Start, to the work item
    /// its group waits for whose finish is that start (ties: smallest id). Earliest first.
    /// Call only when every work item finishes.
    func criticalPath(start first: Day, byID: (Int, Int) -> Bool) -> [Int] {
        guard
            var current = work.indices.min(by: { a, b in
                finish[a]! != finish[b]! ? finish[a]! > finish[b]! : byID(work[a], work[b])
            })
        else { return [] }
        var path = [work[current]]
        while let s = start[current], s > first, finish[current] == s.adding(months: months[current]),
            let previous = gate(of: current), finish[previous] == s
        {
            current = previous
            path.append(work[current])
        }
        return path.reversed()
    }
}
