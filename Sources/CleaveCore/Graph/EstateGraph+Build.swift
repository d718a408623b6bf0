extension EstateGraph {
    /// Builds the graph of `estate`.
    /// - Complexity: O(items + edges + references), each id looked up once.
    public init(_ estate: Estate) {
        self.estate = estate
        let itemIndexByID = EstateGraph.firstIndex(estate.items.map(\.id))
        let partyIndexByID = EstateGraph.firstIndex(estate.parties.map(\.id))
        let areaIndexByID = EstateGraph.firstIndex(estate.areas.map(\.id))
        self.itemIndexByID = itemIndexByID
        self.partyIndexByID = partyIndexByID
        self.areaIndexByID = areaIndexByID
        optionIndexByID = EstateGraph.firstIndex(estate.options.map(\.id))
        partyIDs = estate.parties.map(\.id)

        var edges: [EstateEdge] = []
        // Items are read in place (`estate.items[a].field`): binding a whole item copies
        // every field, which at a million items costs more than the work itself.
        for a in estate.items.indices {
            for (n, dependency) in estate.items[a].dependsOn.enumerated() {
                guard let b = itemIndexByID[dependency.target.id], b != a else { continue }
                edges.append(
                    EstateEdge(
                        from: a, to: b, via: dependency.via,
                        severCost: dependency.severCost, origin: .dependsOn(n)))
            }
            for (n, contract) in estate.items[a].contracts.enumerated() {
                guard let c = itemIndexByID[contract.id], c != a, estate.items[c].kind == .contract else { continue }
                edges.append(EstateEdge(from: a, to: c, via: .licence, severCost: nil, origin: .contracts(n)))
            }
        }
        self.edges = edges
        dependencies = Adjacency(nodeCount: estate.items.count, arcs: edges.map { ($0.from, $0.to) })
        (dependents, dependentArcEdge) = dependencies.reversed()

        var direct = BitSetTable(rows: estate.items.count, capacity: estate.parties.count)
        var itemArea = [Int?](repeating: nil, count: estate.items.count)
        var itemLead = [Int?](repeating: nil, count: estate.items.count)
        let areaLead = estate.areas.map { partyIndexByID[$0.lead.id] }
        for i in estate.items.indices {
            for user in estate.items[i].users {
                if let p = partyIndexByID[user.party.id] { direct.insert(p, into: i) }
            }
            for party in estate.items[i].parties {
                if let p = partyIndexByID[party.id] { direct.insert(p, into: i) }
            }
            itemArea[i] = areaIndexByID[estate.items[i].area.id]
            if let lead = estate.items[i].lead {
                itemLead[i] = partyIndexByID[lead.id]
            } else if let area = itemArea[i] {
                itemLead[i] = areaLead[area]
            }
        }
        directTable = direct
        self.itemArea = itemArea
        self.itemLead = itemLead
        itemsByID = estate.items.indices.sorted {
            (estate.items[$0].id, $0) < (estate.items[$1].id, $1)
        }
        partiesByID = estate.parties.indices.sorted {
            (estate.parties[$0].id, $0) < (estate.parties[$1].id, $1)
        }
    }

    private static func firstIndex(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }
}
