/// One party set per row (per item, per component), stored flat so that an estate of
/// hundreds of thousands of items needs one allocation, not one per item.
struct BitSetTable: Sendable {
    let wordsPerRow: Int
    let capacity: Int
    private(set) var storage: [UInt64]

    init(rows: Int, capacity: Int) {
        self.capacity = capacity
        wordsPerRow = FixedBitSet.wordCount(capacity)
        storage = [UInt64](repeating: 0, count: rows * wordsPerRow)
    }

    subscript(row: Int) -> FixedBitSet {
        let base = row * wordsPerRow
        return FixedBitSet(wordCount: wordsPerRow) { storage[base + $0] }
    }

    mutating func insert(_ member: Int, into row: Int) {
        storage[row * wordsPerRow + (member >> 6)] |= 1 << UInt64(member & 63)
    }

    func contains(_ member: Int, in row: Int) -> Bool {
        storage[row * wordsPerRow + (member >> 6)] & (1 << UInt64(member & 63)) != 0
    }

    /// Adds row `source`'s members to row `target`.
    mutating func formUnion(row target: Int, withRow source: Int) {
        let t = target * wordsPerRow, s = source * wordsPerRow
        for w in 0..<wordsPerRow { storage[t + w] |= storage[s + w] }
    }

    /// Adds `source`'s members (a table of the same capacity) to row `target`.
    mutating func formUnion(row target: Int, with source: BitSetTable, row sourceRow: Int) {
        let t = target * wordsPerRow, s = sourceRow * wordsPerRow
        for w in 0..<wordsPerRow { storage[t + w] |= source.storage[s + w] }
    }

    func count(of row: Int) -> Int {
        let base = row * wordsPerRow
        var n = 0
        for w in 0..<wordsPerRow { n += storage[base + w].nonzeroBitCount }
        return n
    }

    func isEmpty(_ row: Int) -> Bool {
        let base = row * wordsPerRow
        for w in 0..<wordsPerRow where storage[base + w] != 0 { return false }
        return true
    }

    /// Whether the row shares a member with `set`.
    func intersects(_ row: Int, _ set: FixedBitSet) -> Bool {
        let base = row * wordsPerRow
        for w in 0..<min(wordsPerRow, set.wordCount) where storage[base + w] & set.word(w) != 0 { return true }
        return false
    }

    /// Whether the row has a member outside `set`.
    func hasMember(_ row: Int, outside set: FixedBitSet) -> Bool {
        let base = row * wordsPerRow
        for w in 0..<wordsPerRow {
            let mask = w < set.wordCount ? set.word(w) : 0
            if storage[base + w] & ~mask != 0 { return true }
        }
        return false
    }
}
