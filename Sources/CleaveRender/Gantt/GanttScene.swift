import CleaveCore

/// A Gantt chart placed on a page: rectangles, lines, text and markers in points, origin at
/// the top left, drawn in order. The SVG writer and the pinned-DOT writer both draw exactly
/// this, so the SVG and the PNG or PDF show the same picture.
public struct GanttScene: Sendable, Hashable {
    public enum Anchor: String, Sendable, Hashable { case start, middle, end }

    public enum MarkerShape: String, Sendable, Hashable {
        /// A contract's end: the date it is released.
        case diamond
        /// The date to serve notice by: a triangle pointing down at the row.
        case notice
        /// A bar that goes on past the right edge.
        case arrow
    }

    public enum Shape: Sendable, Hashable {
        /// `hatched`: diagonal stripes of `stroke` over `fill`, for work that never finishes.
        case rect(
            x: Double, y: Double, width: Double, height: Double, fill: Color, stroke: Color?, strokeWidth: Double,
            hatched: Bool = false, tooltip: [String] = [])
        /// Horizontal or vertical only.
        case line(x1: Double, y1: Double, x2: Double, y2: Double, color: Color, width: Double, dashed: Bool = false)
        /// `y` is the baseline; the text is inventory text or code-chosen words, never markup.
        case text(
            x: Double, y: Double, text: String, size: Double, anchor: Anchor = .start, bold: Bool = false,
            color: Color = .text)
        /// Centred on `x`, `y`, `size` wide and high.
        case marker(
            MarkerShape, x: Double, y: Double, size: Double, fill: Color, stroke: Color, tooltip: [String] = [])
    }

    public var width: Double
    public var height: Double
    public var shapes: [Shape]
    /// The view name, for the file's mark.
    public var viewName: String
    public var title: String

    /// The font every text uses: the maps' font.
    public static let fontName = DOTWriter.fontName

    /// About how wide `text` is at `size` points in Helvetica: the layout has no font
    /// metrics, so it leaves room by this estimate.
    public static func estimatedWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i", "l", "j", "I", "!", ".", ",", ":", ";", "'", "|", "t", "f": units += 0.3
            case "m", "w", "M", "W": units += 0.85
            case "A"..."Z": units += 0.68
            case " ": units += 0.28
            default: units += scalar.value > 0x2E7F ? 1.0 : 0.56
            }
        }
        // 5% over: fonts standing in for Helvetica run wider.
        return units * size * (bold ? 1.11 : 1.05)
    }
}
