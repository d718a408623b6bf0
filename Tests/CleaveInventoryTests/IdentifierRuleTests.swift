import CleaveCore
import Testing

@testable import CleaveInventory

/// The id rules take shortcuts on large estates (a byte scan for plain ids, the graph's index
/// for uniqueness); each must say what the full check says.
@Suite("Id rules against their full checks")
struct IdentifierRuleTests {
    /// The full check `firstInvalid` short-cuts: every scalar against the allowed set.
    static func referenceFirstInvalid(_ id: String) -> (Int, Unicode.Scalar)? {
        if id.isEmpty { return (0, " ") }
        for (offset, scalar) in id.unicodeScalars.enumerated()
        where !InvalidIDRule.isAllowed(scalar, first: offset == 0) {
            return (offset + 1, scalar)
        }
        return nil
    }

    @Test("The first bad character, on 20,000 random ids")
    func firstInvalidAgreesWithTheScalarCheck() {
        var rng = SplitMix64(seed: 808)
        let alphabet = Array("abcXYZ019._- é\u{200B}/ä")
        for _ in 0..<20_000 {
            let id = String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let got = InvalidIDRule.firstInvalid(id), expected = Self.referenceFirstInvalid(id)
            #expect(got?.0 == expected?.0 && got?.1 == expected?.1, "\(id.debugDescription)")
        }
    }

    @Test("A duplicate is found exactly when two definitions share an id, on 500 random estates")
    func duplicatesFoundExactlyWhenThereAreAny() {
        var rng = SplitMix64(seed: 909)
        let pool = ["a", "b", "c", "d", "e", "f", "g", "h"]
        for _ in 0..<500 {
            func id() -> String { pool.randomElement(using: &rng)! }
            let parties = (0..<Int.random(in: 1...2, using: &rng)).map { _ in Party(id: id(), name: "P") }
            let areas = (0..<Int.random(in: 0...2, using: &rng)).map { _ in Area(id: id(), name: "A", lead: "a") }
            let items = (0..<Int.random(in: 0...5, using: &rng)).map { _ in Item(kind: .system, id: id(), area: "a") }
            let options = (0..<Int.random(in: 0...1, using: &rng)).map { _ in Option(id: id()) }
            let estate = Estate(parties: parties, areas: areas, items: items, options: options)
            let all = parties.map(\.id) + areas.map(\.id) + items.map(\.id) + options.map(\.id)
            let findings = DuplicateIDRule.check(ValidationContext(estate: estate))
            #expect(findings.count == all.count - Set(all).count, "\(all)")
        }
    }
}
