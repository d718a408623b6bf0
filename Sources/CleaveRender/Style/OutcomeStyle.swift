import CleaveCore

/// Fills and lines for what an option or a separation plan does, and the shade ramp of
/// the entanglement map. Colours are Paul Tol's light and bright schemes and a
/// single-hue ramp, so they stay apart under colour-vision deficiencies; the text on
/// each node says the same thing in words.
public enum OutcomeStyle {
    // Option and plan fills.
    public static let duplicated = Color(0x99DDFF)
    public static let transferred = Color(0x44BB99)
    public static let splitUnchanged = Color(0xDDEEBB)
    public static let sharedEntangled = Color(0xEEDD88)
    public static let sharedQuiet = Color(0xE8E8E8)
    public static let unused = Color(0xFFFFFF)

    /// The list of an area's locked contracts on the blockers map.
    public static let lockList = Color(0xFFF2F2)

    // Highlights.
    public static let blocker = Color(0xB2182B)
    public static let tie = EdgeStyle(line: .solid, color: Color(0xE66100), width: 3.5)
    public static let conflict = EdgeStyle(line: .dashed, color: Color(0xB2182B), width: 3.5, arrowHead: .tee)
    public static let severed = EdgeStyle(line: .dashed, color: Color(0xB2182B), width: 3, arrowHead: .tee)
    public static let unseverable = EdgeStyle(line: .solid, color: Color(0xB2182B), width: 3.5)

    /// A dependency that is not the point of the map: its `via` line style, in pale grey.
    public static func background(_ via: Via) -> EdgeStyle {
        var style = ItemStyle.edge(via)
        style.color = Color(0xA6A6A6)
        style.width = min(style.width, 1.2)
        return style
    }

    /// How many parties need an item, 2 and up, as a purple ramp from light to dark.
    public static let shades: [Color] = [
        Color(0xDADAEB), Color(0xBCBDDC), Color(0x9E9AC8), Color(0x807DBA), Color(0x6A51A3), Color(0x4A1486),
    ]

    /// The shade for an item `count` parties need, out of at most `maximum`.
    public static func shade(count: Int, maximum: Int) -> Color {
        guard maximum > 2 else { return shades[1] }
        let step = Double(count - 2) / Double(maximum - 2) * Double(shades.count - 1)
        return shades[min(shades.count - 1, max(0, Int(step.rounded())))]
    }

    /// A node marked as a blocker: a red double outline, whatever its criticality.
    public static func markBlocker(_ style: inout NodeStyle) {
        style.border = blocker
        style.borderWidth = max(style.borderWidth, 2.5)
        style.peripheries = 2
    }

    /// Neutral swatch for the legend's criticality-agnostic entries.
    static func swatch(_ fill: Color) -> Legend.Sample {
        .swatch(fill: fill, border: .muted, borderWidth: 1)
    }
}
