import CleaveCore

extension GanttLayout {
    /// Year labels over month labels, with the axis line under them; returns where the
    /// rows start. `below`: the axis line on top, month labels, then years under it, for
    /// the foot of a long chart; returns its bottom.
    func axis(top: Double, below: Bool = false, into shapes: inout [GanttScene.Shape]) -> Double {
        let months = visibleMonths.dropLast()
        let lineY = below ? top : top + 30
        let monthY = below ? top + 12 : top + 24
        let yearY = below ? top + 24 : top + 10
        // Month names where they fit, initials where those do, else years alone.
        let nameWidth = GanttScene.estimatedWidth("May", size: Self.smallSize) + 4
        let initialWidth = GanttScene.estimatedWidth("M", size: Self.smallSize) + 3
        for month in months {
            let left = x(month)
            if (month.month == 1 && month.year % yearStep == 0) || month == first {
                shapes.append(.text(x: left + 2, y: yearY, text: String(month.year), size: Self.smallSize, bold: true))
            }
            let name = GanttCalendar.monthNames[month.month - 1]
            if monthWidth >= nameWidth {
                shapes.append(
                    .text(
                        x: left + monthWidth / 2, y: monthY, text: name, size: Self.smallSize, anchor: .middle,
                        color: .muted))
            } else if monthWidth >= initialWidth {
                shapes.append(
                    .text(
                        x: left + monthWidth / 2, y: monthY, text: String(name.prefix(1)), size: Self.smallSize,
                        anchor: .middle, color: .muted))
            }
        }
        shapes.append(.line(x1: plotLeft, y1: lineY, x2: plotRight, y2: lineY, color: .muted, width: 1))
        return below ? yearY + 4 : lineY + 4
    }

    /// Every `yearStep` years: 1 when a year is 30 points wide or more, else 2, 5, 10, ….
    var yearStep: Int {
        [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { Double($0) * 12 * monthWidth >= 30 } ?? 1000
    }

    /// The months the axis and grid mark: every month when a month is 3 points wide or
    /// more, else the Januaries of every `yearStep` years (and the first month).
    var visibleMonths: [Day] {
        guard monthWidth < 3 else { return GanttCalendar.months(from: first, through: last) }
        var out = [first]
        var year = first.year + 1
        while year <= last.year {
            if year % yearStep == 0, let day = Day(year: year, month: 1, day: 1), day <= last { out.append(day) }
            year += 1
        }
        if out.last != last { out.append(last) }
        return out
    }

    /// A faint line at every month, a stronger one at every year.
    func gridLines(top: Double, bottom: Double) -> [GanttScene.Shape] {
        visibleMonths.map { month in
            let x = x(month)
            let year = month.month == 1
            return .line(
                x1: x, y1: top - 8, x2: x, y2: bottom, color: year ? GanttStyle.yearLine : GanttStyle.monthLine,
                width: year ? 1 : 0.5)
        }
    }

    /// One work item's row: label, bar, markers and the words after the bar. Returns the
    /// right end of what it drew.
    func row(_ bar: GanttChart.Bar, top: Double, into shapes: inout [GanttScene.Shape]) -> Double {
        let mid = top + Self.rowHeight / 2
        let baseline = mid + 4
        shapes.append(.text(x: Self.margin + 10, y: baseline, text: Self.label(bar), size: Self.textSize))
        var tooltip = [
            "\(LabelText.visible(bar.name)) (\(LabelText.visible(bar.id))), \(bar.kind.rawValue): \(bar.outcome)",
            "\(bar.months) months: \(bar.start.map { "\($0)" } ?? "never starts") to "
                + (bar.finish.map { "\($0)" } ?? "never"),
        ]
        if !bar.waitsFor.isEmpty { tooltip.append("waits for " + bar.waitsFor.joined(separator: ", ")) }
        if bar.critical { tooltip.append("on the critical path") }
        if let reason = bar.lateReason { tooltip.append(reason) }
        let barTop = mid - Self.barHeight / 2
        var after: Double
        var words: [String] = []
        guard let start = bar.start else {
            // Waits for something that never finishes: no bar, only the reason.
            let text = bar.lateReason ?? "never starts"
            let left = x(chart.start) + 6
            shapes.append(.text(x: left, y: baseline, text: text, size: Self.smallSize, color: GanttStyle.late))
            return left + GanttScene.estimatedWidth(text, size: Self.smallSize)
        }
        let left = x(start)
        if let finish = bar.finish {
            let width = max(x(finish) - left, 2)
            shapes.append(
                .rect(
                    x: left, y: barTop, width: width, height: Self.barHeight, fill: GanttStyle.fill(bar),
                    stroke: bar.late ? GanttStyle.late : GanttStyle.fill(bar).darkened(0.35),
                    strokeWidth: bar.late ? 2 : 0.75, tooltip: tooltip))
            after = left + width
            words.append("\(finish)")
        } else {
            shapes.append(
                .rect(
                    x: left, y: barTop, width: max(plotRight - left, 2), height: Self.barHeight,
                    fill: .white, stroke: GanttStyle.late, strokeWidth: 1, hatched: true, tooltip: tooltip))
            shapes.append(
                .marker(
                    .arrow, x: plotRight + 5, y: mid, size: Self.markerSize, fill: GanttStyle.late,
                    stroke: GanttStyle.late))
            after = plotRight + 6
        }
        if let release = bar.releaseDate {
            let rx = x(release)
            shapes.append(
                .marker(
                    .diamond, x: rx, y: mid, size: Self.markerSize, fill: GanttStyle.release, stroke: .white,
                    tooltip: ["\(LabelText.visible(bar.id)): the contract ends \(release)"]))
            after = max(after, rx + Self.markerSize / 2)
        }
        if let notice = bar.noticeDate {
            let nx = x(notice)
            shapes.append(
                .marker(
                    .notice, x: nx, y: barTop - 1, size: Self.markerSize,
                    fill: bar.noticeMissed ? .white : GanttStyle.notice,
                    stroke: bar.noticeMissed ? GanttStyle.late : GanttStyle.notice,
                    tooltip: [
                        "\(LabelText.visible(bar.id)): serve notice by \(notice)"
                            + (bar.noticeMissed ? " (already passed at Start)" : "")
                    ]))
        }
        if let reason = bar.lateReason { words.append(reason) }
        guard !words.isEmpty else { return after }
        let text = words.joined(separator: " · ")
        shapes.append(
            .text(
                x: after + 5, y: baseline - 1, text: text, size: Self.smallSize,
                color: bar.lateReason == nil ? .muted : GanttStyle.late))
        return after + 5 + GanttScene.estimatedWidth(text, size: Self.smallSize)
    }

    /// The start line and, with a target, the target line, across the axis and the rows,
    /// labelled under them; returns the bottom of the labels.
    func dateLines(
        axisTop: Double, rowsBottom: Double, labelTop: Double, into shapes: inout [GanttScene.Shape]
    ) -> Double {
        let top = axisTop + 28
        let startX = x(chart.start)
        shapes.append(.line(x1: startX, y1: top, x2: startX, y2: rowsBottom, color: GanttStyle.startLine, width: 1.5))
        let startText = "start \(chart.start)"
        shapes.append(
            .text(
                x: startX, y: labelTop + 10, text: startText, size: Self.smallSize, anchor: .middle,
                color: GanttStyle.startLine))
        var bottom = labelTop + 12
        guard let target = chart.target else { return bottom }
        let targetX = x(target)
        shapes.append(
            .line(x1: targetX, y1: top, x2: targetX, y2: rowsBottom, color: GanttStyle.late, width: 1.5, dashed: true))
        // Close to the start label: one line lower, so the two never overlap.
        let clash =
            abs(targetX - startX) < (GanttScene.estimatedWidth(startText, size: Self.smallSize) + 8)
        let y = clash ? labelTop + 22 : labelTop + 10
        shapes.append(
            .text(
                x: targetX, y: y, text: "target \(target)", size: Self.smallSize, anchor: .middle, bold: true,
                color: GanttStyle.late))
        bottom = y + 2
        return bottom
    }
}
