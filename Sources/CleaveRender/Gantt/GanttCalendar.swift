import CleaveCore

/// Day arithmetic the chart needs and `Day` does not have: a day's number on a continuous
/// scale, and the first days of the months between two dates.
enum GanttCalendar {
    /// Days since 0001-01-01 in the proleptic Gregorian calendar.
    /// - Complexity: O(1).
    static func number(_ day: Day) -> Int {
        // Howard Hinnant's days_from_civil, shifted so the year starts in March.
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = y / 400
        let yoe = y - era * 400
        let mp = (day.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The first day of `day`'s month.
    static func monthStart(_ day: Day) -> Day { Day(year: day.year, month: day.month, day: 1)! }

    /// The first day of the month after `day`'s, held at `Day.latest`'s month.
    static func nextMonthStart(_ day: Day) -> Day {
        let next = monthStart(day).adding(months: 1)
        return next == .latest ? monthStart(.latest) : next
    }

    /// The first days of the months from `first`'s to `last`'s, both included.
    static func months(from first: Day, through last: Day) -> [Day] {
        var out: [Day] = []
        var month = monthStart(first)
        let end = monthStart(last)
        while month <= end {
            out.append(month)
            let next = month.adding(months: 1)
            if next <= month { break }
            month = next
        }
        return out
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
