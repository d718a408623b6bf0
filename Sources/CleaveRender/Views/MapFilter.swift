import CleaveCore

/// `--area`, `--party` and `--kind`: which items a map may draw. Values of one flag are
/// alternatives; different flags must all hold. What a filter leaves out is not lost: lines
/// to it collapse into one stub box per area (`DiagramBuilder.addStubs`).
public struct MapFilter: Sendable, Equatable {
    /// Area ids: the item is in one of them.
    public var areas: [String]
    /// Party ids: one of them needs the item (SPEC §4.2), directly or through what depends on it.
    public var parties: [String]
    public var kinds: [ItemKind]

    public init(areas: [String] = [], parties: [String] = [], kinds: [ItemKind] = []) {
        self.areas = areas
        self.parties = parties
        self.kinds = kinds
    }

    public var isEmpty: Bool { areas.isEmpty && parties.isEmpty && kinds.isEmpty }

    /// Which items pass, one flag per item of the estate.
    /// - Throws: `UserError` for an area or party id the estate does not have, with a suggestion.
    public func accepted(in facts: MapFacts) throws(UserError) -> [Bool] {
        let graph = facts.graph
        var areaSet = Set<Int>(), partyIndices: [PartyIndex] = []
        for id in areas { areaSet.insert(try graph.lookupArea(id)) }
        for id in parties { partyIndices.append(try graph.lookupParty(id)) }
        let kindSet = Set(kinds)
        return facts.estate.items.indices.map { item in
            (areaSet.isEmpty || facts.itemArea[item].map(areaSet.contains) == true)
                && (kindSet.isEmpty || kindSet.contains(facts.estate.items[item].kind))
                && (partyIndices.isEmpty || partyIndices.contains { facts.entanglement.needs(item, party: $0) })
        }
    }

    /// The filter as a phrase for a title: `items in area digital that NNC needs`.
    public var phrase: String {
        var parts: [String] = []
        if !kinds.isEmpty {
            parts.append(kinds.sorted().map(\.rawValue).joined(separator: " or ") + " items")
        } else {
            parts.append("items")
        }
        if !areas.isEmpty { parts.append("in " + areas.sorted().joined(separator: " or ")) }
        if !parties.isEmpty { parts.append("that " + parties.sorted().joined(separator: " or ") + " needs") }
        return parts.joined(separator: " ")
    }

    /// One line for the map's subtitle, such as `Filtered: only items in area digital, that NNC needs, of kind system.`
    public var summary: String {
        var parts: [String] = []
        if !areas.isEmpty {
            parts.append("in area " + Wording.list(areas.sorted()).replacingOccurrences(of: " and ", with: " or "))
        }
        if !parties.isEmpty { parts.append("that " + parties.sorted().joined(separator: " or ") + " needs") }
        if !kinds.isEmpty { parts.append("of kind " + kinds.sorted().map(\.rawValue).joined(separator: " or ")) }
        return "Filtered: only items " + parts.joined(separator: ", ") + "."
    }
}
