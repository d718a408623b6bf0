import CleaveCore

/// Colour by use, for the maps of the estate as it is (estate, area, focus, hubs): the
/// fill says who needs an item (SPEC §4.2), the border who leads it. A party's colour is
/// its `PartyPalette` colour on every map; "two or more parties" is the lavender of the
/// entanglement map, with the count written on the item.
public enum UseStyle {
    /// Two or more parties need it: the entanglement map's shade for "shared".
    public static let shared = OutcomeStyle.shades[1]
    /// No party needs it.
    public static let nobody = Color.white

    /// The item's fill: its one party's colour, `shared`, or `nobody`.
    public static func fill(_ item: Int, _ facts: MapFacts) -> Color {
        let needs = facts.graph.partyIDs(facts.entanglement.needs(item))
        switch needs.count {
        case 0: return nobody
        case 1: return facts.palette.color(for: needs[0])
        default: return shared
        }
    }

    /// The house item style, filled by use and outlined in a deeper shade of the lead's
    /// colour (width still says criticality).
    public static func node(_ item: Int, _ facts: MapFacts) -> NodeStyle {
        var style = ItemStyle.node(facts.estate.items[item], fill: fill(item, facts))
        style.border = facts.palette.border(for: facts.itemLead[item])
        return style
    }

    /// The words for the same, so the map reads in greyscale: `needed by 3 parties · lead NNC`.
    public static func detail(_ item: Int, _ facts: MapFacts) -> String {
        let needs = facts.graph.partyIDs(facts.entanglement.needs(item))
        let who =
            switch needs.count {
            case 0: "needed by nobody"
            case 1: "needed by \(needs[0])"
            default: "needed by \(needs.count) parties"
            }
        return who + " · lead " + (facts.itemLead[item] ?? "unknown")
    }

    /// The legend: a fill per party among `items`, shared and nobody where they occur, then
    /// a border per lead.
    public static func legend(_ items: [Int], _ facts: MapFacts) -> [Legend.Section] {
        var counts = Set<Int>(), single = Set<String>()
        for item in items {
            let needs = facts.graph.partyIDs(facts.entanglement.needs(item))
            counts.insert(min(needs.count, 2))
            if needs.count == 1 { single.insert(needs[0]) }
        }
        var fills = facts.palette.parties.filter { single.contains($0.id) }.map {
            Legend.Entry(
                .swatch(fill: facts.palette.color(for: $0.id), border: .muted, borderWidth: 1),
                "only \($0.name) (\($0.id))")
        }
        if counts.contains(2) {
            fills.append(
                Legend.Entry(
                    .swatch(fill: shared, border: .muted, borderWidth: 1), "two or more parties (count on the item)"))
        }
        if counts.contains(0) {
            fills.append(Legend.Entry(.swatch(fill: nobody, border: .muted, borderWidth: 1), "no party"))
        }
        let leads = Set(items.compactMap { facts.itemLead[$0] })
        var borders = facts.palette.parties.filter { leads.contains($0.id) }.map {
            Legend.Entry(
                .swatch(fill: .white, border: facts.palette.border(for: $0.id), borderWidth: 3), "\($0.name) (\($0.id))"
            )
        }
        if items.contains(where: { facts.itemLead[$0] == nil }) {
            borders.append(
                Legend.Entry(
                    .swatch(fill: .white, border: facts.palette.border(for: nil), borderWidth: 3), "no known lead"))
        }
        return [
            Legend.Section(title: "Fill: who needs it", entries: fills),
            Legend.Section(title: "Border colour: lead party", entries: borders),
        ]
    }
}
