/// A set of small non-negative integers — the numbers behind `PartySet` and `BlocSet` — as
/// a bit set.
///
/// Every set built for one estate has the same capacity (the number of parties, or of blocs),
/// so set operations work word by word. The first 64 members live in the value itself and
/// only the words beyond need an array: an estate of up to 64 parties makes and copies its
/// sets — one per item, often — without allocating.
public struct FixedBitSet: Hashable, Sendable, Sequence {
    /// Members 0..<64.
    private var first: UInt64 = 0
    /// The words after the first, 64 members each: member `i` in `rest[i / 64 - 1]`.
    private var rest: [UInt64] = []
    /// How many words the capacity needs (0 for capacity 0).
    public let wordCount: Int

    /// An empty set that can hold members `0..<capacity`.
    public init(capacity: Int) {
        wordCount = FixedBitSet.wordCount(capacity)
        if wordCount > 1 { rest = [UInt64](repeating: 0, count: wordCount - 1) }
    }

    /// A set of the given members, each in `0..<capacity`.
    public init<S: Sequence<Int>>(_ members: S, capacity: Int) {
        self.init(capacity: capacity)
        for member in members { insert(member) }
    }

    /// A set of `wordCount` words, word `w` being `word(w)`.
    init(wordCount: Int, _ word: (Int) -> UInt64) {
        self.wordCount = wordCount
        first = wordCount > 0 ? word(0) : 0
        if wordCount > 1 { rest = (1..<wordCount).map(word) }
    }

    static func wordCount(_ capacity: Int) -> Int { (Swift.max(0, capacity) + 63) / 64 }

    /// Word `w` of the bits: members `64 w ..< 64 (w + 1)`, member `i` at bit `i % 64`.
    @inline(__always)
    public func word(_ w: Int) -> UInt64 { w == 0 ? first : rest[w - 1] }

    @inline(__always)
    private mutating func update(_ w: Int, _ change: (inout UInt64) -> Void) {
        if w == 0 { change(&first) } else { change(&rest[w - 1]) }
    }

    public func contains(_ member: Int) -> Bool {
        let w = member >> 6
        return w < wordCount && word(w) & (1 << UInt64(member & 63)) != 0
    }

    public mutating func insert(_ member: Int) {
        precondition(member >> 6 < wordCount, "member \(member) is beyond the set's capacity")
        update(member >> 6) { $0 |= 1 << UInt64(member & 63) }
    }

    public mutating func remove(_ member: Int) {
        precondition(member >> 6 < wordCount, "member \(member) is beyond the set's capacity")
        update(member >> 6) { $0 &= ~(1 << UInt64(member & 63)) }
    }

    /// - Complexity: O(capacity / 64).
    public var count: Int { rest.reduce(first.nonzeroBitCount) { $0 + $1.nonzeroBitCount } }

    /// - Complexity: O(capacity / 64).
    public var isEmpty: Bool { first == 0 && rest.allSatisfy { $0 == 0 } }

    public mutating func formUnion(_ other: FixedBitSet) {
        first |= other.first
        for w in rest.indices where w < other.rest.count { rest[w] |= other.rest[w] }
    }

    public func union(_ other: FixedBitSet) -> FixedBitSet {
        var result = self
        result.formUnion(other)
        return result
    }

    public func intersection(_ other: FixedBitSet) -> FixedBitSet {
        var result = self
        result.first &= other.first
        for w in rest.indices { result.rest[w] &= w < other.rest.count ? other.rest[w] : 0 }
        return result
    }

    public func subtracting(_ other: FixedBitSet) -> FixedBitSet {
        var result = self
        result.first &= ~other.first
        for w in rest.indices where w < other.rest.count { result.rest[w] &= ~other.rest[w] }
        return result
    }

    public func isDisjoint(with other: FixedBitSet) -> Bool {
        first & other.first == 0 && zip(rest, other.rest).allSatisfy { $0 & $1 == 0 }
    }

    /// The members in ascending order.
    public func makeIterator() -> Iterator { Iterator(self) }

    public struct Iterator: IteratorProtocol {
        let set: FixedBitSet
        var index = 0
        var current: UInt64

        init(_ set: FixedBitSet) {
            self.set = set
            current = set.wordCount > 0 ? set.first : 0
        }

        public mutating func next() -> Int? {
            while current == 0 {
                index += 1
                guard index < set.wordCount else { return nil }
                current = set.word(index)
            }
            let bit = current.trailingZeroBitCount
            current &= current - 1
            return index * 64 + bit
        }
    }
}
