/// Something that stops an option from being carried out as it stands (SPEC §4.3).
public struct Blocker: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Comparable, Sendable {
        /// A duplicated item whose split strategy is `none`.
        case unsplittable
        /// A duplicated contract that is not assignable and cannot be released in time.
        case contractLock = "contract-lock"
        /// A jointly-run item that depends on something the option splits.
        case conflict

        /// By name, as SPEC §5 sorts blockers.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let kind: Kind
    /// Item index.
    public let item: Int
    /// Item indices, sorted by id: the items that depend directly on `item` (unsplittable,
    /// contract-lock), or the split item that a conflict's `item` depends on.
    public let related: [Int]
    /// A plain-words explanation.
    public let reason: String
    /// For a contract lock, the date the contract is released (its `end`); nil when
    /// open-ended, and for other kinds.
    public let releaseDate: Day?
    /// For a contract lock (SPEC 1.1 §4.3), the last day to serve notice so as to leave at
    /// the release date; nil when open-ended, and for other kinds.
    public let noticeDate: Day?
    /// For a contract lock, whether the notice date falls before the option's Start (its
    /// `startDate`, else the inventory's `asOf`): notice can no longer be served in time to
    /// leave at the release date. False when there is no notice date or no Start.
    public let noticeMissed: Bool

    public init(
        kind: Kind, item: Int, related: [Int], reason: String, releaseDate: Day?,
        noticeDate: Day? = nil, noticeMissed: Bool = false
    ) {
        self.kind = kind
        self.item = item
        self.related = related
        self.reason = reason
        self.releaseDate = releaseDate
        self.noticeDate = noticeDate
        self.noticeMissed = noticeMissed
    }

    /// Whether this blocker stops the option from ever completing: an unsplittable item, or
    /// an open-ended contract lock. A conflict can be undone by changing the option, and a
    /// dated lock ends at its release date.
    public var isPermanent: Bool {
        switch kind {
        case .unsplittable: true
        case .contractLock: releaseDate == nil
        case .conflict: false
        }
    }
}

extension Sequence<Blocker> {
    /// The blockers ordered for a table: by kind, then by release date (earliest first,
    /// open-ended last), keeping the given order among equals. SPEC §5 output keeps the
    /// kind, item, related order of `OptionEvaluation.blockers`.
    /// - Complexity: O(n log n).
    public func sortedByReleaseDate() -> [Blocker] {
        enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.kind != b.kind { return a.kind < b.kind }
            switch (a.releaseDate, b.releaseDate) {
            case let (p?, q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.offset < y.offset
            }
        }.map(\.element)
    }
}
