import CleaveCore

/// Fill colours for parties: Paul Tol's "light" scheme, which stays distinct under the
/// common colour-vision deficiencies and keeps black text readable, assigned in order
/// of sorted party id so a party keeps its colour across every map of an estate.
public struct PartyPalette: Sendable {
    /// Tol's light scheme without its grey, which is kept for "no party".
    public static let colors: [Color] = [
        Color(0x77AADD), Color(0xEE8866), Color(0xEEDD88), Color(0xFFAABB),
        Color(0x99DDFF), Color(0x44BB99), Color(0xBBCC33), Color(0xAAAA00),
    ]
    /// The fill of an item whose lead is unknown.
    public static let none = Color(0xDDDDDD)

    private let colorByParty: [String: Color]
    /// Party ids in sorted order, with their names, for the legend.
    public let parties: [(id: String, name: String)]

    public init(parties: [Party]) {
        let sorted = parties.sorted { $0.id < $1.id }
        var map: [String: Color] = [:]
        for (index, party) in sorted.enumerated() where map[party.id] == nil {
            map[party.id] = Self.colors[index % Self.colors.count]
        }
        colorByParty = map
        self.parties = sorted.map { ($0.id, $0.name) }
    }

    /// The fill for `party`, or the neutral grey when it is nil or unknown.
    public func color(for party: String?) -> Color {
        party.flatMap { colorByParty[$0] } ?? Self.none
    }

    /// A deeper shade of the party's colour, for outlines: the fills are pale so that black
    /// text reads on them, too pale for a line.
    public func border(for party: String?) -> Color {
        color(for: party).darkened(0.45)
    }

    /// One legend entry per party (only those in `shown`, when given), plus the grey
    /// when some item has no known lead. Colours stay those of the whole estate.
    public func legendSection(
        title: String = "Fill: lead party", includeNone: Bool = false,
        shown: Set<String>? = nil
    ) -> Legend.Section {
        var entries = parties.filter { shown?.contains($0.id) ?? true }.map {
            Legend.Entry(.swatch(fill: color(for: $0.id), border: .muted, borderWidth: 1), "\($0.name) (\($0.id))")
        }
        if parties.count > Self.colors.count {
            entries.append(
                Legend.Entry(
                    .swatch(fill: .white, border: .white, borderWidth: 0),
                    "colours repeat after \(Self.colors.count) parties"))
        }
        if includeNone {
            entries.append(Legend.Entry(.swatch(fill: Self.none, border: .muted, borderWidth: 1), "no known lead"))
        }
        return Legend.Section(title: title, entries: entries)
    }
}
