import CleaveCore

/// What a browser shows when the pointer rests on a node or a line of an SVG map: the
/// thing in full, whatever the label had room for.
enum HoverText {
    /// Name and id, kind and area, lead, criticality and who needs it.
    static func item(_ item: Int, _ facts: MapFacts) -> [String] {
        let it = facts.estate.items[item]
        let area = facts.itemArea[item].map { facts.estate.areas[$0] }
        let needs = facts.graph.partyIDs(facts.entanglement.needs(item))
        return [
            "\(it.name) (\(it.id))",
            "\(it.kind.rawValue) in " + (area.map { "\($0.name) (\($0.id))" } ?? it.area.id),
            "lead: " + (facts.itemLead[item].map(party(facts)) ?? "unknown"),
            "criticality: \(it.criticality.rawValue)",
            "needed by " + (needs.isEmpty ? "no party" : needs.map(party(facts)).joined(separator: ", ")),
        ]
    }

    /// `Website → Customer CRM (integration)`.
    static func link(_ link: MapFacts.Link, _ facts: MapFacts) -> String {
        let items = facts.estate.items
        return
            "\(items[link.from].name) → \(items[link.to].name) (\(link.vias.map(\.rawValue).joined(separator: " + ")))"
    }

    /// Name and id, lead, scope and how many items.
    static func area(_ area: Int, _ facts: MapFacts) -> [String] {
        let it = facts.estate.areas[area]
        let count = facts.itemArea.filter { $0 == area }.count
        return [
            "\(it.name) (\(it.id))", "service area, lead: \(party(facts)(it.lead.id))",
            "\(Wording.count(count, "item"))" + (it.inScope ? "" : ", out of scope"),
        ]
    }

    /// Name and id, and how many items it uses directly and needs in all.
    static func party(_ id: String, _ facts: MapFacts) -> [String] {
        let index = facts.graph.partyIndex(id)
        let direct =
            index.map { p in facts.estate.items.indices.filter { facts.graph.direct($0).contains(p) }.count } ?? 0
        let needs =
            index.map { p in facts.estate.items.indices.filter { facts.entanglement.needs($0, party: p) }.count } ?? 0
        return [party(facts)(id), "party: uses \(Wording.count(direct, "item")) directly, needs \(needs) in all"]
    }

    /// `North Council (north)`, or the bare id of an unknown party.
    static func party(_ facts: MapFacts) -> (String) -> String {
        { id in facts.partyName(id).map { "\($0) (\(id))" } ?? id }
    }
}
