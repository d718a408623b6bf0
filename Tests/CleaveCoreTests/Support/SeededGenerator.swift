import CleaveCore

/// The deterministic generator random tests use, so a failure repeats exactly.
typealias SeededGenerator = SplitMix64
