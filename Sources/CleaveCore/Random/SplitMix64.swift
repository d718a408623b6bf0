/// A small, fast, seedable generator (SplitMix64), so generated estates are the same on
/// every machine and Swift version for the same seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n`, by multiply-shift (bias is negligible for these sizes, and the
    /// result depends only on the seed, not on the standard library's algorithm).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int((UInt64(n).multipliedFullWidth(by: next())).high)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }
}
