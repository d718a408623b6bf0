import CleaveCore

/// The key under the chart: one entry per kind of bar, line and marker the chart shows.
struct GanttLegend {
    enum Sample {
        case bar(fill: Color, stroke: Color, strokeWidth: Double, hatched: Bool)
        case line(Color, dashed: Bool)
        case marker(GanttScene.MarkerShape, fill: Color, stroke: Color)
    }

    let entries: [(sample: Sample, text: String)]

    /// A key of these entries, for a chart other than the roadmap's.
    init(entries: [(sample: Sample, text: String)]) { self.entries = entries }

    init(chart: GanttChart) {
        let bars = chart.bars
        var entries: [(Sample, String)] = []
        if bars.contains(where: { !$0.transferred && !$0.critical }) {
            entries.append(
                (
                    .bar(
                        fill: GanttStyle.duplicated, stroke: GanttStyle.duplicated.darkened(0.35), strokeWidth: 0.75,
                        hatched: false), "duplicated"
                ))
        }
        if bars.contains(where: { $0.transferred && !$0.critical }) {
            entries.append(
                (
                    .bar(
                        fill: GanttStyle.transferred, stroke: GanttStyle.transferred.darkened(0.35), strokeWidth: 0.75,
                        hatched: false), "moves to one bloc"
                ))
        }
        if bars.contains(where: \.critical) {
            entries.append(
                (
                    .bar(
                        fill: GanttStyle.critical, stroke: GanttStyle.critical.darkened(0.35), strokeWidth: 0.75,
                        hatched: false), "on the critical path"
                ))
        }
        if bars.contains(where: { $0.late && $0.finish != nil }) {
            entries.append(
                (
                    .bar(fill: .white, stroke: GanttStyle.late, strokeWidth: 2, hatched: false),
                    "late: finishes after the target"
                ))
        }
        if bars.contains(where: { $0.finish == nil }) {
            entries.append(
                (.bar(fill: .white, stroke: GanttStyle.late, strokeWidth: 1, hatched: true), "never finishes"))
        }
        entries.append((.line(GanttStyle.startLine, dashed: false), "start"))
        if chart.target != nil { entries.append((.line(GanttStyle.late, dashed: true), "target date")) }
        if bars.contains(where: { $0.releaseDate != nil }) {
            entries.append((.marker(.diamond, fill: GanttStyle.release, stroke: .white), "contract ends (released)"))
        }
        if bars.contains(where: { $0.noticeDate != nil && !$0.noticeMissed }) {
            entries.append((.marker(.notice, fill: GanttStyle.notice, stroke: GanttStyle.notice), "serve notice by"))
        }
        if bars.contains(where: \.noticeMissed) {
            entries.append((.marker(.notice, fill: .white, stroke: GanttStyle.late), "notice date before start"))
        }
        self.entries = entries
    }

    /// Draws the entries left to right, wrapping at `width`; returns the bottom.
    func place(left: Double, top: Double, width: Double, into shapes: inout [GanttScene.Shape]) -> Double {
        let size = GanttLayout.smallSize
        let rowHeight = 18.0
        let sampleWidth = 22.0
        var x = left, y = top
        for (sample, text) in entries {
            let entryWidth = sampleWidth + 6 + GanttScene.estimatedWidth(text, size: size) + 16
            if x > left, x + entryWidth > left + width {
                x = left
                y += rowHeight
            }
            let mid = y + rowHeight / 2
            switch sample {
            case let .bar(fill, stroke, strokeWidth, hatched):
                shapes.append(
                    .rect(
                        x: x, y: mid - 5, width: sampleWidth, height: 10, fill: fill, stroke: stroke,
                        strokeWidth: strokeWidth, hatched: hatched))
            case let .line(color, dashed):
                shapes.append(
                    .line(
                        x1: x + sampleWidth / 2, y1: mid - 7, x2: x + sampleWidth / 2, y2: mid + 7, color: color,
                        width: 1.5, dashed: dashed))
            case let .marker(shape, fill, stroke):
                shapes.append(
                    .marker(
                        shape, x: x + sampleWidth / 2, y: mid, size: GanttLayout.markerSize, fill: fill, stroke: stroke)
                )
            }
            shapes.append(.text(x: x + sampleWidth + 6, y: mid + 3, text: text, size: size))
            x += entryWidth
        }
        return y + rowHeight
    }
}
