import CleaveCore

/// The colours of the roadmap chart, chosen by code, never by the inventory.
enum GanttStyle {
    static let duplicated = OutcomeStyle.duplicated
    static let transferred = OutcomeStyle.transferred
    /// On the critical path: a deep orange no other bar has.
    static let critical = Color(0xE66100)
    /// Late outlines and words, the target line.
    static let late = OutcomeStyle.blocker
    static let never = Color(0xF4A582)
    static let notice = Color(0x5E3C99)
    static let release = Color(0x404040)
    static let waveBand = Color(0xF0F0F0)
    static let monthLine = Color(0xEBEBEB)
    static let yearLine = Color(0xBDBDBD)
    static let startLine = Color(0x595959)

    static func fill(_ bar: GanttChart.Bar) -> Color {
        if bar.critical { return critical }
        return bar.transferred ? transferred : duplicated
    }
}
