import CleaveCore
import Foundation
import Testing

/// Calendar dates: parsing exactly `YYYY-MM-DD`, and release dates (end less notice months,
/// the day clamped to the month's last).
struct DayTests {
    @Test(arguments: [
        "2027-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "2026-04-31",
        "2100-02-29",
    ])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(Day(text) == nil)
    }

    /// The reading the byte parser replaced: split at '-', then check each part.
    static func reference(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    @Test("Reads as the split-and-check reference does, on 20,000 random near-dates")
    func againstTheReference() {
        var rng = SeededGenerator(seed: 2029)
        let alphabet = Array("0123456789-0123456789+ T:/é１")
        for _ in 0..<20_000 {
            var text: String
            if Bool.random(using: &rng) {
                // A real-looking date, then perhaps one character changed.
                text = String(
                    format: "%04d-%02d-%02d", Int.random(in: 0...10_000, using: &rng) % 10_000,
                    Int.random(in: 0...13, using: &rng), Int.random(in: 0...32, using: &rng))
                if Bool.random(using: &rng) {
                    var chars = Array(text)
                    chars[Int.random(in: 0..<chars.count, using: &rng)] = alphabet.randomElement(using: &rng)!
                    text = String(chars)
                }
            } else {
                text = String(
                    (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            }
            #expect(Day(text) == Self.reference(text), "\(text)")
        }
    }

    @Test func acceptsLeapDays() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("2024-02-29")?.description == "2024-02-29")
    }

    @Test(arguments: [
        ("2028-03-31", 6, "2027-09-30"),  // the 31st clamps to September's 30th
        ("2027-05-31", 3, "2027-02-28"),  // and to February's 28th
        ("2028-05-31", 3, "2028-02-29"),  // or 29th in a leap year
        ("2027-03-31", 0, "2027-03-31"),
        ("2027-01-15", 12, "2026-01-15"),  // across a year
        ("2027-01-15", 25, "2024-12-15"),
    ])
    func releaseDateSubtractsCalendarMonths(_ end: String, _ months: Int, _ expected: String) throws {
        let day = try #require(Day(end))
        #expect(day.subtracting(months: months).description == expected)
    }

    @Test func ordersChronologically() throws {
        let dates = try ["2027-03-31", "2026-12-01", "2027-01-01"].map { try #require(Day($0)) }
        #expect(dates.sorted().map(\.description) == ["2026-12-01", "2027-01-01", "2027-03-31"])
    }
}
