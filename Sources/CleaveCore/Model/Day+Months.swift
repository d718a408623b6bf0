extension Day {
    /// The last date the calendar holds (`9999-12-31`): later dates are held at it.
    public static let latest = Day(year: 9999, month: 12, day: 31)!

    /// This date moved on by `months` calendar months, the day clamped to the month's last
    /// (31 January + 1 month is 28 or 29 February). A result past 9999-12-31 is held at
    /// `Day.latest`, so schedules of absurd length stay ordered instead of wrapping round.
    /// - Complexity: O(1).
    public func adding(months: Int) -> Day {
        guard months >= 0 else { return subtracting(months: -months) }
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, total / 12 <= 9999 else { return .latest }
        let y = total / 12
        let m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y))) ?? .latest
    }
}
