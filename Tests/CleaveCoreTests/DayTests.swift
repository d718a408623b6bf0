import CleaveCore
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
