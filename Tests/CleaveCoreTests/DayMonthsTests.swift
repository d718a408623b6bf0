import CleaveCore
import Testing

/// Moving a date on by calendar months, the day clamped to the month's last (SPEC 1.1 §4.6).
struct DayMonthsTests {
    @Test(arguments: [
        ("2027-01-31", 1, "2027-02-28"),  // the 31st clamps to February's 28th
        ("2028-01-31", 1, "2028-02-29"),  // or 29th in a leap year
        ("2027-08-31", 1, "2027-09-30"),
        ("2027-03-15", 0, "2027-03-15"),
        ("2027-11-30", 3, "2028-02-29"),  // across a year, into a leap February
        ("2026-12-01", 25, "2029-01-01"),
        ("2027-05-31", -3, "2027-02-28"),  // a negative count goes back, like `subtracting`
    ])
    func addsCalendarMonths(_ start: String, _ months: Int, _ expected: String) throws {
        let day = try #require(Day(start))
        #expect(day.adding(months: months).description == expected)
    }

    @Test func clampingDoesNotCarry() throws {
        // 31 January + 1 month + 1 month is 28 March, not 31 March: each step clamps.
        let day = try #require(Day("2027-01-31"))
        #expect(day.adding(months: 1).adding(months: 1).description == "2027-03-28")
        #expect(day.adding(months: 2).description == "2027-03-31")
    }

    @Test func holdsAtTheLastDateTheCalendarHolds() throws {
        let day = try #require(Day("9999-11-30"))
        #expect(day.adding(months: 1).description == "9999-12-30")
        #expect(day.adding(months: 2) == Day.latest)
        #expect(day.adding(months: Int.max) == Day.latest)
    }
}
