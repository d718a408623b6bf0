/// Turns money amounts into whole units for the exact integer arithmetic of the maximum
/// flow, and back.
///
/// The unit is 10⁻ᵏ of the currency for the smallest k in 0…6 at which every amount is
/// whole (allowing for binary rounding: 0.29 × 100 is taken as 29). Amounts finer than a
/// millionth are rounded to millionths. Whole-number and decimal costs therefore come back
/// exactly as a sum of the amounts would read on paper. Should the total (times
/// `multiplier`, which callers apply to every amount, plus one more `multiplier`) exceed
/// 2⁶⁰ units, the unit grows until it fits.
struct CostUnits {
    let scale: Double

    init<S: Sequence<Double>>(amounts: S, multiplier: Double = 1) {
        let amounts = Array(amounts)
        var k = 0
        while k < 6 && !amounts.allSatisfy({ CostUnits.isWhole($0 * CostUnits.power(k)) }) { k += 1 }
        let limit = Double(1 << 60)
        while k > -12
            && (amounts.reduce(0, { $0 + ($1 * CostUnits.power(k)).rounded() }) + 1) * multiplier >= limit
        { k -= 1 }
        scale = CostUnits.power(k)
    }

    func units(_ amount: Double) -> Int64 { Int64((amount * scale).rounded()) }

    func amount(_ units: Int64) -> Double { Double(units) / scale }

    private static func power(_ k: Int) -> Double {
        k >= 0 ? (0..<k).reduce(1.0) { a, _ in a * 10 } : 1 / power(-k)
    }

    private static func isWhole(_ x: Double) -> Bool {
        abs(x - x.rounded()) <= 1e-9 * max(1, abs(x))
    }
}
