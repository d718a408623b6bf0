/// The items an entanglement report covers: those passing every filter given, and of them
/// the ones listed — all, or the `top` heaviest by drag.
public struct EntanglementSelection: Sendable {
    public let entanglement: Entanglement
    /// Every item the filters select, by id.
    public let selected: [Int]
    /// The items to list: `selected`, or its `top` heaviest (drag descending, then id).
    public let listed: [Int]

    /// - Parameters:
    ///   - parties: only items one of these parties needs (none: no filter);
    ///   - areas: only items in one of these areas;
    ///   - kinds: only items of one of these kinds;
    ///   - entangledOnly: only entangled items;
    ///   - top: list only this many, heaviest first.
    /// - Complexity: O(items · (parties + areas + kinds)), plus a sort when `top` is given.
    public init(
        _ entanglement: Entanglement, parties: [PartyIndex] = [], areas: [Int] = [], kinds: [ItemKind] = [],
        entangledOnly: Bool = false, top: Int? = nil, sortBy: SortKey = .drag
    ) {
        self.entanglement = entanglement
        let graph = entanglement.graph
        let areaSet = Set(areas)
        let selected = graph.itemsByID.filter { i in
            (parties.isEmpty || parties.contains { entanglement.needs(i, party: $0) })
                && (areaSet.isEmpty || graph.itemArea[i].map(areaSet.contains) == true)
                && (kinds.isEmpty || kinds.contains(graph.estate.items[i].kind))
                && (!entangledOnly || entanglement.isEntangled(i))
        }
        self.selected = selected
        if let top {
            let drag = sortBy == .hold ? entanglement.hold : entanglement.drag
            listed = Array(
                selected.sorted {
                    (-drag[$0], graph.itemID($0), $0) < (-drag[$1], graph.itemID($1), $1)
                }.prefix(top))
        } else {
            listed = selected
        }
    }
}

extension EntanglementSelection {
    /// What `top` ranks by: `hold` (how much entanglement hangs on an item — the hubs that
    /// tie the parties together) or `drag` (how much comes along when it moves).
    public enum SortKey: String, CaseIterable, Sendable { case hold, drag }
}
