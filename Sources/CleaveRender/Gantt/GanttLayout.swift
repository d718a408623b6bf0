import CleaveCore

/// Places a `GanttChart` on a page: the title and dates on top, the month axis, one band
/// per wave with a row per work item (its name on the left, its bar from start to finish),
/// the start and target lines, contract-end and notice markers, and the legend below.
///
/// Sizes are in points. The time scale fits the whole span in about a thousand points,
/// at most `maxMonth` points a month and, up to `maxPlot` points, at least `minMonth`: a
/// schedule of centuries (months of work held at 9999-12-31) still fits one page.
public struct GanttLayout {
    static let margin = 20.0
    static let titleSize = 16.0
    static let textSize = 11.0
    static let smallSize = 9.0
    static let rowHeight = 20.0
    static let barHeight = 12.0
    static let waveHeight = 22.0
    static let markerSize = 10.0
    static let plotTarget = 1000.0
    static let minMonth = 6.0
    static let maxMonth = 48.0
    static let maxPlot = 1600.0
    /// Longest item label, in characters; longer names are cut with `…`.
    static let labelCharacters = 60
    /// Above this many rows the month axis is drawn under the rows too.
    static let footAxisRows = 30

    let chart: GanttChart
    /// First day of the first month drawn, and of the month after the last.
    let first: Day
    let last: Day
    let monthWidth: Double
    let plotLeft: Double
    let plotRight: Double

    public init(_ chart: GanttChart) {
        self.chart = chart
        var dates = [chart.start]
        if let target = chart.target { dates.append(target) }
        if let completion = chart.completion { dates.append(completion) }
        for bar in chart.bars {
            dates += [bar.start, bar.finish, bar.releaseDate, bar.noticeDate].compactMap { $0 }
        }
        first = GanttCalendar.monthStart(dates.min()!)
        var last = GanttCalendar.nextMonthStart(dates.max()!)
        // Room for the arrows of what never finishes, and at least half a year to read.
        if chart.bars.contains(where: { $0.finish == nil }) { last = last.adding(months: 3) }
        if last < first.adding(months: 6) { last = first.adding(months: 6) }
        self.last = last
        let months = GanttCalendar.months(from: first, through: last).count - 1
        let span = Double(max(months, 1))
        monthWidth = min(Self.maxMonth, max(Self.plotTarget, min(Self.maxPlot, Self.minMonth * span)) / span)
        let labelWidth =
            chart.bars.map {
                GanttScene.estimatedWidth(Self.label($0), size: Self.textSize)
            }.max() ?? 0
        plotLeft = Self.margin + max(labelWidth, 120) + 16
        plotRight = plotLeft + Double(months) * monthWidth
    }

    /// `Name (id)`, cut to `labelCharacters`.
    static func label(_ bar: GanttChart.Bar) -> String {
        let name = LabelText.visible(bar.name)
        let id = " (\(LabelText.visible(bar.id)))"
        let room = max(8, labelCharacters - id.count)
        return (name.count > room ? String(name.prefix(room - 1)) + "…" : name) + id
    }

    /// Where `day` falls on the time axis.
    func x(_ day: Day) -> Double {
        let days = Double(GanttCalendar.number(day) - GanttCalendar.number(first))
        let span = Double(GanttCalendar.number(last) - GanttCalendar.number(first))
        return plotLeft + (plotRight - plotLeft) * days / max(span, 1)
    }

    public func scene() -> GanttScene {
        var shapes: [GanttScene.Shape] = []
        var right = plotRight
        var y = Self.margin + Self.titleSize
        shapes.append(.text(x: Self.margin, y: y, text: chart.title, size: Self.titleSize, bold: true))
        right = max(right, Self.margin + GanttScene.estimatedWidth(chart.title, size: Self.titleSize, bold: true))
        for line in chart.subtitle {
            y += 16
            shapes.append(.text(x: Self.margin, y: y, text: line, size: Self.textSize, color: .muted))
            right = max(right, Self.margin + GanttScene.estimatedWidth(line, size: Self.textSize))
        }
        y += 14
        let axisTop = y
        y = axis(top: axisTop, into: &shapes)
        let rowsTop = y
        var rows: [GanttScene.Shape] = []
        // Each wave's heading band spans the page, whose width the rows decide.
        var bandTops: [Double] = []
        // Nothing to schedule (the subtitle says so): one empty row under the axis.
        if chart.waves.isEmpty { y += Self.waveHeight }
        for wave in chart.waves {
            bandTops.append(y)
            rows.append(
                .text(
                    x: Self.margin + 4, y: y + 15,
                    text: "Wave \(wave.number) · \(Wording.count(wave.bars.count, "work item"))",
                    size: Self.textSize, bold: true))
            y += Self.waveHeight
            for bar in wave.bars {
                right = max(right, row(bar, top: y, into: &rows))
                y += Self.rowHeight
            }
        }
        let rowsBottom = y
        let width = (max(right, plotRight) + Self.margin).rounded(.up)
        // Grid, start and target lines behind the rows: bars and words stay readable, and
        // a late bar says so by its own outline.
        shapes += gridLines(top: rowsTop, bottom: rowsBottom)
        var labelTop = rowsBottom + 4
        // A long chart repeats the axis at its foot, so dates can be read at either end.
        if chart.bars.count + chart.waves.count > Self.footAxisRows {
            labelTop = axis(top: rowsBottom, below: true, into: &shapes) + 2
        }
        y = dateLines(axisTop: axisTop, rowsBottom: rowsBottom, labelTop: labelTop, into: &shapes)
        shapes += bandTops.map { top in
            .rect(
                x: Self.margin, y: top, width: width - 2 * Self.margin, height: Self.waveHeight,
                fill: GanttStyle.waveBand, stroke: nil, strokeWidth: 0)
        }
        shapes += rows
        y += 10
        y = GanttLegend(chart: chart).place(left: Self.margin, top: y, width: width - 2 * Self.margin, into: &shapes)
        return GanttScene(
            width: width, height: (y + Self.margin).rounded(.up), shapes: shapes, viewName: chart.viewName,
            title: chart.title)
    }
}
