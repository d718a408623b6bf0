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
    /// For a contract lock, the date the contract can be released; nil when open-ended.
    public let releaseDate: Day?

    public init(kind: Kind, item: Int, related: [Int], reason: String, releaseDate: Day?) {
        self.kind = kind
        self.item = item
        self.related = related
        self.reason = reason
        self.releaseDate = releaseDate
    }
}
