/// A set of small non-negative integers — party indices, or bloc indices — as a bit set.
///
/// Every set built for one estate has the same capacity (the number of parties, or of blocs),
/// so set operations work word by word.
public struct FixedBitSet: Hashable, Sendable, Sequence {
    /// The bits, 64 members per word, member `i` in word `i / 64`, bit `i % 64`.
    public private(set) var words: [UInt64]

    /// An empty set that can hold members `0..<capacity`.
    public init(capacity: Int) {
        words = [UInt64](repeating: 0, count: FixedBitSet.wordCount(capacity))
    }

    /// A set of the given members, each in `0..<capacity`.
    public init<S: Sequence<Int>>(_ members: S, capacity: Int) {
        self.init(capacity: capacity)
        for member in members { insert(member) }
    }

    init(words: [UInt64]) { self.words = words }

    static func wordCount(_ capacity: Int) -> Int { (Swift.max(0, capacity) + 63) / 64 }

    public func contains(_ member: Int) -> Bool {
        let w = member >> 6
        return w < words.count && words[w] & (1 << UInt64(member & 63)) != 0
    }

    public mutating func insert(_ member: Int) {
        words[member >> 6] |= 1 << UInt64(member & 63)
    }

    public mutating func remove(_ member: Int) {
        words[member >> 6] &= ~(1 << UInt64(member & 63))
    }

    /// - Complexity: O(capacity / 64).
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// - Complexity: O(capacity / 64).
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public mutating func formUnion(_ other: FixedBitSet) {
        for w in words.indices where w < other.words.count { words[w] |= other.words[w] }
    }

    public func union(_ other: FixedBitSet) -> FixedBitSet {
        var result = self
        result.formUnion(other)
        return result
    }

    public func intersection(_ other: FixedBitSet) -> FixedBitSet {
        FixedBitSet(words: words.indices.map { $0 < other.words.count ? words[$0] & other.words[$0] : 0 })
    }

    public func subtracting(_ other: FixedBitSet) -> FixedBitSet {
        FixedBitSet(words: words.indices.map { $0 < other.words.count ? words[$0] & ~other.words[$0] : words[$0] })
    }

    public func isDisjoint(with other: FixedBitSet) -> Bool {
        zip(words, other.words).allSatisfy { $0 & $1 == 0 }
    }

    /// The members in ascending order.
    public func makeIterator() -> Iterator { Iterator(words: words) }

    public struct Iterator: IteratorProtocol {
        let words: [UInt64]
        var index = 0
        var current: UInt64

        init(words: [UInt64]) {
            self.words = words
            current = words.first ?? 0
        }

        public mutating func next() -> Int? {
            while current == 0 {
                index += 1
                guard index < words.count else { return nil }
                current = words[index]
            }
            let bit = current.trailingZeroBitCount
            current &= current - 1
            return index * 64 + bit
        }
    }
}
