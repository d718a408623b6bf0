/// A bloc of an option's `BlocPartition`: a separated party's bloc, or `rest`.
///
/// A type of its own because a bloc's number is also a party's index (a separated party's
/// bloc has the party's number, so bloc sets come word by word from party sets): only a bloc
/// can be passed where a bloc is meant, and a party index must go through the partition.
public struct BlocIndex: Hashable, Comparable, Sendable {
    public let rawValue: Int

    init(_ rawValue: Int) { self.rawValue = rawValue }

    public static func < (a: BlocIndex, b: BlocIndex) -> Bool { a.rawValue < b.rawValue }
}

/// A set of blocs of one partition, in bloc number order.
public struct BlocSet: Hashable, Sendable, Sequence {
    /// The blocs' numbers.
    public private(set) var bits: FixedBitSet

    init(bits: FixedBitSet) { self.bits = bits }

    public init<S: Sequence<BlocIndex>>(_ blocs: S, capacity: Int) {
        bits = FixedBitSet(blocs.map(\.rawValue), capacity: capacity)
    }

    public func contains(_ bloc: BlocIndex) -> Bool { bits.contains(bloc.rawValue) }
    public mutating func insert(_ bloc: BlocIndex) { bits.insert(bloc.rawValue) }
    public var count: Int { bits.count }
    public var isEmpty: Bool { bits.isEmpty }
    public func union(_ other: BlocSet) -> BlocSet { BlocSet(bits: bits.union(other.bits)) }
    public mutating func formUnion(_ other: BlocSet) { bits.formUnion(other.bits) }

    public func makeIterator() -> Iterator { Iterator(members: bits.makeIterator()) }

    /// The blocs in ascending order of number.
    public struct Iterator: IteratorProtocol {
        var members: FixedBitSet.Iterator
        public mutating func next() -> BlocIndex? { members.next().map(BlocIndex.init) }
    }
}

/// A value for every bloc number of a partition (`BlocPartition.blocCapacity` of them).
public struct BlocTable<Element> {
    private var values: [Element]

    public init(repeating value: Element, count: Int) {
        values = [Element](repeating: value, count: count)
    }

    public subscript(bloc: BlocIndex) -> Element {
        get { values[bloc.rawValue] }
        set { values[bloc.rawValue] = newValue }
    }
}

extension BlocTable: Sendable where Element: Sendable {}
