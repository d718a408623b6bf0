import Testing

@testable import CleaveCore

@Suite("PartySet against Set<PartyIndex>")
struct PartySetTests {
    @Test("Random inserts, removals and set algebra agree with Set<PartyIndex>, across word boundaries")
    func agreesWithSet() {
        var rng = SeededGenerator(seed: 6464)
        for _ in 0..<500 {
            let capacity = [1, 2, 63, 64, 65, 129].randomElement(using: &rng)!
            var a = PartySet(capacity: capacity), b = PartySet(capacity: capacity)
            var ra = Set<PartyIndex>(), rb = Set<PartyIndex>()
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                let p = PartyIndex(Int.random(in: 0..<capacity, using: &rng))
                switch Int.random(in: 0..<4, using: &rng) {
                case 0:
                    a.insert(p)
                    ra.insert(p)
                case 1:
                    a.remove(p)
                    ra.remove(p)
                case 2:
                    b.insert(p)
                    rb.insert(p)
                default:
                    b.remove(p)
                    rb.remove(p)
                }
            }
            #expect(Array(a) == ra.sorted() && a.count == ra.count && a.isEmpty == ra.isEmpty)
            #expect(Array(a.union(b)) == ra.union(rb).sorted())
            #expect(Array(a.intersection(b)) == ra.intersection(rb).sorted())
            #expect(Array(a.subtracting(b)) == ra.subtracting(rb).sorted())
            #expect(a.isDisjoint(with: b) == ra.isDisjoint(with: rb))
            #expect((0..<capacity).allSatisfy { a.contains(PartyIndex($0)) == ra.contains(PartyIndex($0)) })
            #expect(Array(PartySet.all(capacity)) == (0..<capacity).map(PartyIndex.init))
            var c = a
            c.formUnion(b)
            #expect(c == a.union(b) && (a == b) == (ra == rb))
        }
    }
}
