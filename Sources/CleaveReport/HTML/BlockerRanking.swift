import CleaveCore

/// The order the report lists blockers in, most binding first: open-ended contract locks,
/// then contract locks by latest release, then items that cannot be split, then conflicts.
/// `cleave blockers` keeps SPEC §5's order (kind, then id); a committee reading a list cut
/// short wants what holds an option up longest at the top.
public enum BlockerRanking {
    /// `blockers` reordered; ties keep their given order.
    public static func ranked(_ blockers: [Blocker]) -> [Blocker] {
        blockers.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    private static func rank(_ b: Blocker) -> (Int, Int) {
        switch b.kind {
        case .contractLock:
            guard let day = b.releaseDate else { return (0, 0) }
            return (1, -(day.year * 10_000 + day.month * 100 + day.day))
        case .unsplittable: return (2, 0)
        case .conflict: return (3, 0)
        }
    }
}

extension Wording {
    /// `100,000`: a count with thousands separated, as the report prints counts.
    public static func grouped(_ n: Int) -> String {
        var digits = String(abs(n)), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (n < 0 ? "-" : "") + digits + out
    }
}
