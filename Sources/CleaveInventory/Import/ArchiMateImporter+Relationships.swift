import CleaveCore

extension ArchiMateImporter {
    /// What the relationships say: who uses what, which grouping holds what, and the
    /// dependencies and covering contracts, by ArchiMate identifier; what was skipped, by type.
    struct RelationshipReading {
        var users: [String: [String]] = [:]
        var areaOf: [String: String] = [:]
        var usedActors: [String] = []
        var usedGroups: [String] = []
        var dependsOn: [String: [(target: String, via: Via)]] = [:]
        /// What a relationship's own properties say of the dependency (Cleave's export writes them).
        var written: [String: (via: Via?, severCost: Double?, note: String?)] = [:]
        var contracts: [String: [String]] = [:]
        var skipped: [String: Int] = [:]
        var derived = 0
    }

    func readRelationships(
        isItem: Set<String>, byID: [String: ArchiMateModel.Element], standIns: [String: [String]],
        kind: (ArchiMateModel.Element) -> ItemKind?
    ) -> RelationshipReading {
        // Actors related to an item use it; groupings and locations that hold items are areas.
        var r = RelationshipReading()
        for element in model.elements where element.type == "BusinessActor" && property(element, .id) != nil {
            r.usedActors.append(element.identifier)  // a party Cleave exported, used or not
        }
        let dependency = Dictionary(
            Self.dependencyTypes.map { ($0.archimate, ($0.targetNeedsSource, $0.via)) }, uniquingKeysWith: { a, _ in a }
        )
        for relation in model.relationships {
            let type = Self.normal(relation.type)
            guard let source = byID[relation.source], let target = byID[relation.target] else {
                r.skipped["\(type) (an end is not an element)", default: 0] += 1
                continue
            }
            let sourceIsItem = isItem.contains(source.identifier), targetIsItem = isItem.contains(target.identifier)
            if sourceIsItem != targetIsItem, let actor = [source, target].first(where: { $0.type == "BusinessActor" }) {
                let item = sourceIsItem ? source : target
                r.users[item.identifier, default: []].append(actor.identifier)
                if !r.usedActors.contains(actor.identifier) { r.usedActors.append(actor.identifier) }
                continue
            }
            if ["Grouping", "Location"].contains(source.type), targetIsItem,
                ["Aggregation", "Composition", "Assignment"].contains(type)
            {
                if r.areaOf[target.identifier] == nil { r.areaOf[target.identifier] = source.identifier }
                if !r.usedGroups.contains(source.identifier) { r.usedGroups.append(source.identifier) }
                continue
            }
            // A service, function or interface stands for the items that realise it or are assigned to it.
            let sources = sourceIsItem ? [source.identifier] : standIns[source.identifier] ?? []
            let targets = targetIsItem ? [target.identifier] : standIns[target.identifier] ?? []
            let pairs = sources.flatMap { s in targets.map { (s, $0) } }.filter { $0.0 != $0.1 }
            if sourceIsItem, standIns[target.identifier]?.contains(source.identifier) == true,
                ["Realization", "Realisation", "Assignment", "Composition"].contains(type)
            {
                continue  // read already: it makes the target a stand-in for the source
            }
            guard !pairs.isEmpty else {
                r.skipped["\(type) relationship", default: 0] += 1
                continue
            }
            guard sourceIsItem && targetIsItem else {
                guard let (targetNeedsSource, via) = dependency[type],
                    !["Realization", "Realisation", "Assignment"].contains(type)
                else {
                    r.skipped["\(type) relationship", default: 0] += 1
                    continue
                }
                for (s, t) in pairs {
                    let (needer, needed) = targetNeedsSource ? (t, s) : (s, t)
                    r.dependsOn[needer, default: []].append((needed, via))
                }
                r.derived += 1
                continue
            }
            let sourceKind = kind(source)!, targetKind = kind(target)!
            if (sourceKind == .contract) != (targetKind == .contract) {
                // A contract related to an item covers it.
                let (item, contract) = sourceKind == .contract ? (target, source) : (source, target)
                r.contracts[item.identifier, default: []].append(contract.identifier)
                continue
            }
            guard let (targetNeedsSource, via) = dependency[type] else {
                r.skipped["\(type) relationship", default: 0] += 1
                continue
            }
            let (needer, needed) = targetNeedsSource ? (target, source) : (source, target)
            r.dependsOn[needer.identifier, default: []].append((needed.identifier, via))
            if !relation.properties.isEmpty {
                func value(_ name: String) -> String? {
                    relation.properties.first { $0.name.lowercased() == name.lowercased() }?.value
                }
                r.written["\(needer.identifier) \(needed.identifier)"] = (
                    value("via").flatMap(Via.init(rawValue:)),
                    value("severCost").flatMap(Double.init), value("note")
                )
            }
        }
        return r
    }
}
