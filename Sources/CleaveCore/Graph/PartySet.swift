/// A party of the estate: its position in `Estate.parties`.
///
/// A type of its own because party indices, item indices and bloc numbers are all small
/// numbers: a party can only be passed where a party is meant.
public struct PartyIndex: Hashable, Comparable, Sendable {
    public let rawValue: Int

    public init(_ rawValue: Int) { self.rawValue = rawValue }

    public static func < (a: PartyIndex, b: PartyIndex) -> Bool { a.rawValue < b.rawValue }
}

/// A set of parties, one bit each, in party order: `direct(i)`, `needs(i)`, a bloc's members.
public struct PartySet: Hashable, Sendable, Sequence {
    /// The parties' bits.
    public private(set) var bits: FixedBitSet

    public init(bits: FixedBitSet) { self.bits = bits }

    /// The empty set of `capacity` parties.
    public init(capacity: Int) { bits = FixedBitSet(capacity: capacity) }

    public init<S: Sequence<PartyIndex>>(_ parties: S, capacity: Int) {
        bits = FixedBitSet(parties.map(\.rawValue), capacity: capacity)
    }

    /// Every one of `count` parties.
    public static func all(_ count: Int) -> PartySet { PartySet(bits: FixedBitSet(0..<count, capacity: count)) }

    public func contains(_ party: PartyIndex) -> Bool { bits.contains(party.rawValue) }
    public mutating func insert(_ party: PartyIndex) { bits.insert(party.rawValue) }
    public mutating func remove(_ party: PartyIndex) { bits.remove(party.rawValue) }
    public var count: Int { bits.count }
    public var isEmpty: Bool { bits.isEmpty }
    public func union(_ other: PartySet) -> PartySet { PartySet(bits: bits.union(other.bits)) }
    public mutating func formUnion(_ other: PartySet) { bits.formUnion(other.bits) }
    public func intersection(_ other: PartySet) -> PartySet { PartySet(bits: bits.intersection(other.bits)) }
    public func subtracting(_ other: PartySet) -> PartySet { PartySet(bits: bits.subtracting(other.bits)) }
    public func isDisjoint(with other: PartySet) -> Bool { bits.isDisjoint(with: other.bits) }

    public func makeIterator() -> Iterator { Iterator(members: bits.makeIterator()) }

    /// The parties in ascending order.
    public struct Iterator: IteratorProtocol {
        var members: FixedBitSet.Iterator
        public mutating func next() -> PartyIndex? { members.next().map(PartyIndex.init) }
    }
}

/// A value for every party of the estate.
public struct PartyTable<Element> {
    private var values: [Element]

    public init(repeating value: Element, count: Int) {
        values = [Element](repeating: value, count: count)
    }

    /// `value(p)` for each of `count` parties.
    public init(count: Int, _ value: (PartyIndex) -> Element) {
        values = (0..<count).map { value(PartyIndex($0)) }
    }

    public subscript(party: PartyIndex) -> Element {
        get { values[party.rawValue] }
        set { values[party.rawValue] = newValue }
    }
}

extension PartyTable: Sendable where Element: Sendable {}
