import CleaveCore
import Testing

@testable import CleaveInventory

/// Numbers are read from their bytes; the reading must be the one the schema documents:
/// digits, sign, point, exponent and `_` separators, nothing else (no `inf`, `nan`, hex).
@Suite("Reading numbers")
struct NumberReadingTests {
    /// The reading the byte scan replaced: drop underscores, parse, then check every character.
    static func reference(_ text: String) -> Double? {
        let digits = String(text.filter { $0 != "_" })
        guard let value = Double(digits), digits.allSatisfy({ "0123456789+-.eE".contains($0) }) else { return nil }
        return value
    }

    @Test(arguments: ["1_000", "12.5", "-3", "+4e2", "0.29", "1E3"])
    func accepted(_ text: String) {
        #expect(NodeReader.decimal(text) == Self.reference(text) && NodeReader.decimal(text) != nil)
    }

    @Test(arguments: ["inf", "nan", "0x10", "1,000", "£5", "", "1 000", "1e", "١٢"])
    func refused(_ text: String) {
        #expect(NodeReader.decimal(text) == nil)
    }

    @Test("Agrees with the reference on 20,000 random strings of number characters")
    func againstTheReference() {
        var rng = SplitMix64(seed: 1515)
        let alphabet = Array("0123456789_+-.eE0123456789 xinfa,١")
        for _ in 0..<20_000 {
            let text = String(
                (0..<Int.random(in: 0...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let got = NodeReader.decimal(text), expected = Self.reference(text)
            #expect(got == expected || (got?.isNaN == true && expected?.isNaN == true), "\(text)")
        }
    }
}
