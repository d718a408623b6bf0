import CleaveCore

/// Places an option's business case (SPEC 1.2 §4.7) on a page as a cash-flow chart: one
/// panel per party whose costs change, and one for the total, each with a bar per year (the
/// net cost against the baseline: up costs more, down saves), the cumulative net as a
/// stepped line, the month the last item is cut over and the payback year marked, and the
/// legend below. Each panel has its own scale, labelled at its top, zero and bottom.
///
/// It draws a `GanttScene`, so the SVG, PNG and PDF writers of the roadmap draw it too.
public struct CashFlowLayout {
    public let businessCase: BusinessCase
    public let title: String
    public let subtitle: [String]
    /// Each ledger's heading, by ledger id (`total` included).
    public let headings: [String: String]
    public let money: Money
    public let viewName: String

    static let margin = 20.0
    static let plotHeight = 110.0
    static let panelGap = 46.0
    static let yearWidthRange = 44.0...90.0
    static let plotTarget = 760.0
    static let axisLabelWidth = 64.0
    static let endLabelWidth = 56.0
    static let cost = Color(0xD6604D)
    static let saving = Color(0x4393C3)
    static let cumulative = Color(0x262626)
    static let cutOver = Color(0x595959)
    static let payback = Color(0x1B7837)

    public init(
        businessCase: BusinessCase, title: String, subtitle: [String], headings: [String: String], money: Money,
        viewName: String
    ) {
        self.businessCase = businessCase
        self.title = title
        self.subtitle = subtitle
        self.headings = headings
        self.money = money
        self.viewName = viewName
    }

    /// The ledgers drawn: every party whose costs change, then the totals.
    public var ledgers: [BusinessCase.Ledger] {
        businessCase.parties.filter { $0.years.contains { $0.net.rounded() != 0 } } + [businessCase.totals]
    }

    public func scene() -> GanttScene {
        var shapes: [GanttScene.Shape] = []
        let years = businessCase.appraisal.years
        let yearWidth = min(
            Self.yearWidthRange.upperBound, max(Self.yearWidthRange.lowerBound, Self.plotTarget / Double(years)))
        let plotLeft = Self.margin + Self.axisLabelWidth
        let plotRight = plotLeft + Double(years) * yearWidth
        // Room for the cumulative total written at the end of each line.
        var right = plotRight + Self.endLabelWidth
        var y = Self.margin + GanttLayout.titleSize
        shapes.append(.text(x: Self.margin, y: y, text: title, size: GanttLayout.titleSize, bold: true))
        right = max(right, Self.margin + GanttScene.estimatedWidth(title, size: GanttLayout.titleSize, bold: true))
        for line in subtitle {
            y += 16
            shapes.append(.text(x: Self.margin, y: y, text: line, size: GanttLayout.textSize, color: .muted))
            right = max(right, Self.margin + GanttScene.estimatedWidth(line, size: GanttLayout.textSize))
        }
        y += 26
        for ledger in ledgers {
            let heading = headings[ledger.id] ?? ledger.id
            shapes.append(.text(x: Self.margin, y: y, text: heading, size: GanttLayout.textSize, bold: true))
            right = max(right, Self.margin + GanttScene.estimatedWidth(heading, size: GanttLayout.textSize, bold: true))
            y += 10
            panel(ledger, top: y, left: plotLeft, yearWidth: yearWidth, into: &shapes)
            y += Self.plotHeight + Self.panelGap
        }
        y -= Self.panelGap - 24
        let width = (right + Self.margin).rounded(.up)
        let nets = ledgers.flatMap(\.years).map { $0.net.rounded() }
        var entries: [(sample: GanttLegend.Sample, text: String)] = []
        if nets.contains(where: { $0 > 0 }) {
            entries.append(
                (
                    .bar(fill: Self.cost, stroke: Self.cost.darkened(0.35), strokeWidth: 0.75, hatched: false),
                    "costs more that year"
                ))
        }
        if nets.contains(where: { $0 < 0 }) {
            entries.append(
                (
                    .bar(fill: Self.saving, stroke: Self.saving.darkened(0.35), strokeWidth: 0.75, hatched: false),
                    "saves that year"
                ))
        }
        entries.append((.line(Self.cumulative, dashed: false), "cumulative net, its total at the end"))
        if businessCase.lastCutOverMonth != nil { entries.append((.line(Self.cutOver, dashed: true), "last item cut over")) }
        if ledgers.contains(where: { $0.payback != nil }) {
            entries.append((.line(Self.payback, dashed: true), "pays back: the cumulative net stays at or below 0"))
        }
        y = GanttLegend(entries: entries).place(left: Self.margin, top: y, width: width - 2 * Self.margin, into: &shapes)
        return GanttScene(
            width: width, height: (y + Self.margin).rounded(.up), shapes: shapes, viewName: viewName, title: title)
    }

    /// One ledger's plot, `plotHeight` high from `top`, with its year labels under it.
    private func panel(
        _ ledger: BusinessCase.Ledger, top: Double, left: Double, yearWidth: Double,
        into shapes: inout [GanttScene.Shape]
    ) {
        let cumulative = ledger.cumulativeNets
        let values = ledger.years.map(\.net) + cumulative
        var high = max(0, values.max() ?? 0), low = min(0, values.min() ?? 0)
        if high - low < 1 { high = max(high, 1) }
        // A little room above and below, so a bar never touches the panel's edge.
        let pad = (high - low) * 0.06
        high += high > 0 ? pad : 0
        low -= low < 0 ? pad : 0
        let bottom = top + Self.plotHeight
        let right = left + Double(ledger.years.count) * yearWidth
        func yOf(_ v: Double) -> Double { top + (high - v) / (high - low) * Self.plotHeight }
        let zero = yOf(0)
        // The frame, the year lines and the zero line behind the bars.
        shapes.append(
            .rect(x: left, y: top, width: right - left, height: Self.plotHeight, fill: .white, stroke: .faint, strokeWidth: 0.75))
        for t in 1..<max(ledger.years.count, 1) {
            let x = left + Double(t) * yearWidth
            shapes.append(.line(x1: x, y1: top, x2: x, y2: bottom, color: GanttStyle.monthLine, width: 0.75))
        }
        // A faint line at half the larger side, so a bar's size can be read.
        let half = (high >= -low ? high : low) / 2
        shapes.append(.line(x1: left, y1: yOf(half), x2: right, y2: yOf(half), color: GanttStyle.monthLine, width: 0.75))
        shapes.append(.line(x1: left, y1: zero, x2: right, y2: zero, color: .muted, width: 1))
        // Scale labels: the top, half, 0 and the bottom.
        var labelled: [(Double, Double)] = [(high, yOf(high)), (half, yOf(half)), (0, zero)]
        if low < 0 { labelled.append((low, yOf(low))) }
        for (value, at) in labelled where value == 0 || abs(at - zero) > 12 {
            shapes.append(
                .text(
                    x: left - 6, y: at + 3, text: money.compact(value), size: GanttLayout.smallSize, anchor: .end,
                    color: .muted))
        }
        // The last cut-over and the payback year, behind the bars.
        if let month = businessCase.lastCutOverMonth, month < 12 * ledger.years.count {
            let x = left + Double(month) / 12 * yearWidth
            shapes.append(.line(x1: x, y1: top, x2: x, y2: bottom, color: Self.cutOver, width: 1.25, dashed: true))
        }
        for (t, year) in ledger.years.enumerated() {
            let x = left + Double(t) * yearWidth
            let barWidth = yearWidth * 0.56
            let barLeft = x + (yearWidth - barWidth) / 2
            let net = year.net
            if net.rounded() != 0 {
                let fill = net > 0 ? Self.cost : Self.saving
                let y1 = min(yOf(net), zero), y2 = max(yOf(net), zero)
                shapes.append(
                    .rect(
                        x: barLeft, y: y1, width: barWidth, height: max(y2 - y1, 0.75), fill: fill,
                        stroke: fill.darkened(0.35), strokeWidth: 0.75,
                        tooltip: [
                            "\(businessCase.label(ofYear: t)): net \(money.format(net.rounded()))",
                            "cumulative \(money.format(cumulative[t].rounded()))",
                        ]))
            }
            shapes.append(
                .text(
                    x: x + yearWidth / 2, y: bottom + 13, text: businessCase.label(ofYear: t),
                    size: GanttLayout.smallSize, anchor: .middle, bold: ledger.payback == t,
                    color: ledger.payback == t ? Self.payback : .muted))
        }
        // The cumulative net: level across each year at its end-of-year value, stepping at
        // the year lines.
        for (t, value) in cumulative.enumerated() {
            let x1 = left + Double(t) * yearWidth, x2 = x1 + yearWidth
            let level = yOf(value)
            let previous = t == 0 ? zero : yOf(cumulative[t - 1])
            shapes.append(.line(x1: x1, y1: previous, x2: x1, y2: level, color: Self.cumulative, width: 2))
            shapes.append(.line(x1: x1, y1: level, x2: x2, y2: level, color: Self.cumulative, width: 2))
        }
        if let last = cumulative.last {
            shapes.append(
                .text(
                    x: right + 4, y: yOf(last) + 3, text: money.compact(last), size: GanttLayout.smallSize, bold: true,
                    color: Self.cumulative))
        }
        if let t = ledger.payback {
            let x = left + Double(t + 1) * yearWidth
            shapes.append(.line(x1: x, y1: top, x2: x, y2: bottom, color: Self.payback, width: 1.5, dashed: true))
            shapes.append(
                .text(
                    x: x - 4, y: top + 12, text: "pays back \(businessCase.label(ofYear: t))",
                    size: GanttLayout.smallSize, anchor: .end, bold: true, color: Self.payback))
        }
    }
}
