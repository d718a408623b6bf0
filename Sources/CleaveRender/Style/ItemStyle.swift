import CleaveCore

/// The house look of items and dependencies: shape by kind, border by criticality,
/// line by `via`. Every view draws items this way and only changes the fill.
public enum ItemStyle {
    public static func shape(_ kind: ItemKind) -> NodeShape {
        switch kind {
        case .system: .roundedBox
        case .infrastructure: .box3d
        case .contract: .note
        case .data: .cylinder
        case .team: .ellipse
        }
    }

    public static func borderWidth(_ criticality: Criticality) -> Double {
        switch criticality {
        case .low: 0.8
        case .medium: 1.5
        case .high: 2.5
        case .critical: 4.5
        }
    }

    /// Greys darkening with criticality: red is kept for trouble (blockers, conflicts,
    /// severed dependencies), so a critical item is never mistaken for a blocked one.
    public static func borderColor(_ criticality: Criticality) -> Color {
        switch criticality {
        case .low: Color(0x9E9E9E)
        case .medium: Color(0x5C5C5C)
        case .high: Color(0x262626)
        case .critical: Color(0x000000)
        }
    }

    /// The node style for `item` with the given fill.
    public static func node(_ item: Item, fill: Color) -> NodeStyle {
        NodeStyle(
            shape: shape(item.kind), fill: fill, border: borderColor(item.criticality),
            borderWidth: borderWidth(item.criticality))
    }

    /// The line for a dependency of kind `via`: style and colour both differ, so the
    /// distinction survives greyscale printing and colour-vision deficiencies.
    public static func edge(_ via: Via) -> EdgeStyle {
        switch via {
        case .hosting: EdgeStyle(line: .solid, color: Color(0x333333), width: 2)
        case .integration: EdgeStyle(line: .solid, color: Color(0x0072B2), width: 1.2)
        case .data: EdgeStyle(line: .dashed, color: Color(0x009E73), width: 1.4)
        case .identity: EdgeStyle(line: .dotted, color: Color(0xCC79A7), width: 1.8)
        case .network: EdgeStyle(line: .dashed, color: Color(0xD55E00), width: 2)
        case .licence: EdgeStyle(line: .dashed, color: Color(0xB07800), width: 1, arrowHead: .odot)
        case .support: EdgeStyle(line: .dotted, color: Color(0x56B4E9), width: 1.4, arrowHead: .empty)
        case .other: EdgeStyle(line: .solid, color: Color(0x999999), width: 1)
        }
    }

    public static func kindSection(_ kinds: [ItemKind] = ItemKind.allCases) -> Legend.Section {
        Legend.Section(title: "Shape: kind", entries: kinds.map { Legend.Entry(.shape(shape($0)), $0.rawValue) })
    }

    public static func criticalitySection() -> Legend.Section {
        Legend.Section(
            title: "Border width: criticality",
            entries: Criticality.allCases.reversed().map {
                Legend.Entry(.swatch(fill: .white, border: borderColor($0), borderWidth: borderWidth($0)), $0.rawValue)
            })
    }

    public static func viaSection(_ vias: [Via] = Via.allCases) -> Legend.Section {
        Legend.Section(title: "Line: depends on, via", entries: vias.map { Legend.Entry(.line(edge($0)), $0.rawValue) })
    }
}
