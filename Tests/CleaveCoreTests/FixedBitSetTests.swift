import Testing

@testable import CleaveCore

@Suite("FixedBitSet against Set<Int>")
struct FixedBitSetTests {
    @Test("Random inserts, removals and set algebra agree with Set<Int>, across word boundaries")
    func agreesWithSet() {
        var rng = SeededGenerator(seed: 64)
        for _ in 0..<500 {
            let capacity = [1, 5, 63, 64, 65, 130, 200].randomElement(using: &rng)!
            var a = FixedBitSet(capacity: capacity), b = FixedBitSet(capacity: capacity)
            var ra = Set<Int>(), rb = Set<Int>()
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                let m = Int.random(in: 0..<capacity, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0:
                    a.insert(m)
                    ra.insert(m)
                case 1:
                    a.remove(m)
                    ra.remove(m)
                case 2:
                    b.insert(m)
                    rb.insert(m)
                default:
                    b.remove(m)
                    rb.remove(m)
                }
            }
            #expect(Array(a) == ra.sorted())
            #expect(a.count == ra.count && a.isEmpty == ra.isEmpty)
            #expect(Array(a.union(b)) == ra.union(rb).sorted())
            #expect(Array(a.intersection(b)) == ra.intersection(rb).sorted())
            #expect(Array(a.subtracting(b)) == ra.subtracting(rb).sorted())
            #expect(a.isDisjoint(with: b) == ra.isDisjoint(with: rb))
            #expect((a == b) == (ra == rb))
            var c = a
            c.formUnion(b)
            #expect(c == a.union(b))
            for m in 0..<capacity { #expect(a.contains(m) == ra.contains(m)) }
            #expect(!a.contains(capacity + 64))
            #expect(FixedBitSet(ra, capacity: capacity) == a)
        }
    }
}
