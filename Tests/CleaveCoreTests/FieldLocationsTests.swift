import Testing

@testable import CleaveCore

@Suite("Where each key was written")
struct FieldLocationsTests {
    func at(_ line: Int) -> CleaveCore.SourceLocation {
        CleaveCore.SourceLocation(file: "f.yaml", line: line, column: 1)
    }

    @Test("The first location added for a key is kept; setting replaces; nil removes")
    func firstKept() {
        var l = FieldLocations()
        l.add("end", at(3))
        l.add("end", at(9))
        l["split.months"] = at(4)
        #expect(l["end"] == at(3) && l["split.months"] == at(4) && l["start"] == nil)
        l["end"] = at(5)
        #expect(l["end"] == at(5) && l.orderedKeys == ["end", "split.months"])
        l["end"] = nil
        #expect(l["end"] == nil && l.orderedKeys == ["split.months"])
    }

    @Test("Behaves as a dictionary that keeps the first value, on 500 random sequences of edits")
    func againstADictionary() {
        var rng = SeededGenerator(seed: 31)
        let keys = ["a", "b", "c", "split.a", "end"]
        for _ in 0..<500 {
            var l = FieldLocations(), reference: [String: CleaveCore.SourceLocation] = [:]
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let key = keys.randomElement(using: &rng)!, place = at(Int.random(in: 1...50, using: &rng))
                switch Int.random(in: 0..<3, using: &rng) {
                case 0:
                    l.add(key, place)
                    if reference[key] == nil { reference[key] = place }
                case 1:
                    l[key] = place
                    reference[key] = place
                default:
                    l[key] = nil
                    reference[key] = nil
                }
            }
            #expect(keys.allSatisfy { l[$0] == reference[$0] })
            #expect(Set(l.orderedKeys) == Set(reference.keys) && l.isEmpty == reference.isEmpty)
            var shuffled = FieldLocations()
            for key in l.orderedKeys.shuffled(using: &rng) { shuffled.add(key, l[key]!) }
            #expect(shuffled == l, "equality ignores the order keys were written in")
        }
    }
}
