/// What changed between two versions of an inventory, for review: items and other
/// definitions added, removed or changed field by field; dependency edges added and
/// removed; items that became or stopped being entangled; and each option's figures and
/// blockers before and after.
///
/// Both estates should be valid (an analysis of a broken inventory misleads).
public struct EstateDiff: Sendable {
    /// One field whose text differs; nil where the field is not given.
    public struct FieldChange: Hashable, Sendable {
        public var field: String
        public var before: String?
        public var after: String?
        public init(field: String, before: String?, after: String?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    /// What an id is: `party`, `area`, `option`, `estate`, or an item kind (`system`, …).
    public struct Entity: Hashable, Sendable, Comparable {
        public var kind: String
        public var id: String
        public init(kind: String, id: String) {
            self.kind = kind
            self.id = id
        }
        public static func < (a: Entity, b: Entity) -> Bool { (a.id, a.kind) < (b.id, b.kind) }
    }

    public struct EntityChange: Sendable {
        public var entity: Entity
        public var fields: [FieldChange]
    }

    /// A dependency edge by ids (SPEC §4.1).
    public struct Edge: Hashable, Sendable, Comparable {
        public var from: String
        public var to: String
        public var via: String
        public init(from: String, to: String, via: String) {
            self.from = from
            self.to = to
            self.via = via
        }
        public static func < (a: Edge, b: Edge) -> Bool { (a.from, a.to, a.via) < (b.from, b.to, b.via) }
    }

    /// A blocker by what it is about, not its wording: kind, item, and for a conflict the
    /// split item it depends on.
    public struct BlockerKey: Hashable, Sendable, Comparable {
        public var kind: Blocker.Kind
        public var item: String
        public var related: String?
        public init(kind: Blocker.Kind, item: String, related: String?) {
            self.kind = kind
            self.item = item
            self.related = related
        }
        public static func < (a: BlockerKey, b: BlockerKey) -> Bool {
            (a.kind.rawValue, a.item, a.related ?? "") < (b.kind.rawValue, b.item, b.related ?? "")
        }
    }

    /// One option before and after; nil on the side where it is not defined.
    public struct OptionChange: Sendable {
        public var id: String
        public var before: OptionFigures?
        public var after: OptionFigures?
        public var newBlockers: [BlockerKey]
        public var clearedBlockers: [BlockerKey]

        /// Whether any reported figure or blocker differs.
        public var changed: Bool {
            guard let before, let after else { return true }
            return !newBlockers.isEmpty || !clearedBlockers.isEmpty
                || EstateDiff.figures(before) != EstateDiff.figures(after)
        }
    }

    /// Items (every kind) added and removed, sorted by id.
    public var itemsAdded: [Entity] = []
    public var itemsRemoved: [Entity] = []
    /// Items in both whose fields differ (an item whose kind changed is removed and added).
    public var itemsChanged: [EntityChange] = []
    /// The estate, parties, areas and options: added, removed and changed.
    public var othersAdded: [Entity] = []
    public var othersRemoved: [Entity] = []
    public var othersChanged: [EntityChange] = []
    public var edgesAdded: [Edge] = []
    public var edgesRemoved: [Edge] = []
    /// Items entangled after that were not before (or did not exist).
    public var becameEntangled: [String] = []
    /// Items entangled before that are not after (or no longer exist).
    public var stoppedBeingEntangled: [String] = []
    /// Every option of either side, sorted by id.
    public var options: [OptionChange] = []

    /// Whether anything at all differs.
    public var isEmpty: Bool {
        itemsAdded.isEmpty && itemsRemoved.isEmpty && itemsChanged.isEmpty && othersAdded.isEmpty
            && othersRemoved.isEmpty && othersChanged.isEmpty && edgesAdded.isEmpty && edgesRemoved.isEmpty
            && becameEntangled.isEmpty && stoppedBeingEntangled.isEmpty && !options.contains(where: \.changed)
    }

    /// The blockers that are new in some option (an option added brings all of its own).
    public var newBlockerCount: Int { options.reduce(0) { $0 + $1.newBlockers.count } }

    /// One figure's value, with what it measures.
    public enum Figure: Hashable, Sendable {
        case count(Int)
        case money(Double)
        case fraction(Double)
        case date(Day?)
    }

    /// The figures a diff reports, by name, as SPEC §5 names them.
    public static func figures(_ f: OptionFigures) -> [Named] {
        [
            Named("duplicated", .count(f.duplicated)), Named("transferred", .count(f.transferred)),
            Named("oneOffCost", .money(f.oneOffCost)), Named("recurringDelta", .money(f.recurringDelta)),
            Named("blockers", .count(f.blockers)), Named("separation", .fraction(f.separation)),
            Named("completionDate", .date(f.completionDate)),
        ]
    }

    /// A figure and its name.
    public struct Named: Hashable, Sendable {
        public var name: String
        public var value: Figure
        init(_ name: String, _ value: Figure) {
            self.name = name
            self.value = value
        }
    }

    /// - Complexity: the entanglement and every option's evaluation on each side, plus
    ///   O(n log n) in the items, edges and fields compared.
    public init(before: Estate, after: Estate) {
        let old = EstateGraph(before), new = EstateGraph(after)
        compareItems(old, new)
        compareOthers(before, after)
        let edges: (EstateGraph) -> Set<Edge> = { g in
            Set(g.edges.map { Edge(from: g.itemID($0.from), to: g.itemID($0.to), via: $0.via.rawValue) })
        }
        let oldEdges = edges(old), newEdges = edges(new)
        edgesAdded = newEdges.subtracting(oldEdges).sorted()
        edgesRemoved = oldEdges.subtracting(newEdges).sorted()

        let oldEntanglement = Entanglement(old), newEntanglement = Entanglement(new)
        let entangled: (Entanglement) -> Set<String> = { e in
            Set((0..<e.graph.itemCount).filter(e.isEntangled).map(e.graph.itemID))
        }
        let oldEntangled = entangled(oldEntanglement), newEntangled = entangled(newEntanglement)
        becameEntangled = newEntangled.subtracting(oldEntangled).sorted()
        stoppedBeingEntangled = oldEntangled.subtracting(newEntangled).sorted()

        let oldOptions = Dictionary(before.options.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newOptions = Dictionary(after.options.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(oldOptions.keys).union(newOptions.keys).sorted() {
            let a = oldOptions[id].map { OptionEvaluation(option: $0, entanglement: oldEntanglement) }
            let b = newOptions[id].map { OptionEvaluation(option: $0, entanglement: newEntanglement) }
            let oldKeys = Set(a.map(EstateDiff.blockerKeys) ?? []), newKeys = Set(b.map(EstateDiff.blockerKeys) ?? [])
            options.append(
                OptionChange(
                    id: id, before: a?.figures, after: b?.figures,
                    newBlockers: newKeys.subtracting(oldKeys).sorted(),
                    clearedBlockers: oldKeys.subtracting(newKeys).sorted()))
        }
    }

    private static func blockerKeys(_ evaluation: OptionEvaluation) -> [BlockerKey] {
        let graph = evaluation.graph
        return evaluation.blockers.map { b in
            BlockerKey(
                kind: b.kind, item: graph.itemID(b.item),
                related: b.kind == .conflict ? b.related.first.map(graph.itemID) : nil)
        }
    }

    private mutating func compareItems(_ old: EstateGraph, _ new: EstateGraph) {
        func byEntity(_ g: EstateGraph) -> [Entity: Item] {
            Dictionary(
                g.estate.items.map { (Entity(kind: $0.kind.rawValue, id: $0.id), $0) }, uniquingKeysWith: { a, _ in a })
        }
        let a = byEntity(old), b = byEntity(new)
        itemsAdded = Set(b.keys).subtracting(a.keys).sorted()
        itemsRemoved = Set(a.keys).subtracting(b.keys).sorted()
        for entity in Set(a.keys).intersection(b.keys).sorted() {
            let fields = DiffFields.changes(DiffFields.item(a[entity]!), DiffFields.item(b[entity]!))
            if !fields.isEmpty { itemsChanged.append(EntityChange(entity: entity, fields: fields)) }
        }
    }

    private mutating func compareOthers(_ before: Estate, _ after: Estate) {
        func entities(_ e: Estate) -> [Entity: [(String, String)]] {
            var out: [Entity: [(String, String)]] = [Entity(kind: "estate", id: "estate"): DiffFields.estate(e)]
            for p in e.parties { out[Entity(kind: "party", id: p.id)] = DiffFields.party(p) }
            for a in e.areas { out[Entity(kind: "area", id: a.id)] = DiffFields.area(a) }
            for o in e.options { out[Entity(kind: "option", id: o.id)] = DiffFields.option(o) }
            return out
        }
        let a = entities(before), b = entities(after)
        othersAdded = Set(b.keys).subtracting(a.keys).sorted()
        othersRemoved = Set(a.keys).subtracting(b.keys).sorted()
        for entity in Set(a.keys).intersection(b.keys).sorted() {
            let fields = DiffFields.changes(a[entity]!, b[entity]!)
            if !fields.isEmpty { othersChanged.append(EntityChange(entity: entity, fields: fields)) }
        }
    }
}
