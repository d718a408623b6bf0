import CleaveCore
import Foundation

/// Maps an ArchiMate model onto an estate (the table in the README says the same):
/// application, technology, data and contract elements become items; the relationships that
/// mean "needs" become `dependsOn` the way SPEC §2.5 reads it (what an item needs to work);
/// business actors related to an item become its users; groupings and locations become
/// areas. Everything else is counted by type and reported as skipped.
public struct ArchiMateImporter {
    public var model: ArchiMateModel
    /// The file name, for messages.
    public var source: String

    public init(model: ArchiMateModel, source: String) {
        self.model = model
        self.source = source
    }

    /// The item kind (and, for infrastructure, the type) of each element type that becomes an item.
    public static let itemTypes: [(archimate: String, kind: ItemKind, type: InfrastructureType?)] = [
        ("ApplicationComponent", .system, nil),
        ("Node", .infrastructure, .server),
        ("Device", .infrastructure, .server),
        ("SystemSoftware", .infrastructure, .platform),
        ("CommunicationNetwork", .infrastructure, .network),
        ("Network", .infrastructure, .network),  // 2.1
        ("CommunicationPath", .infrastructure, .network),
        ("Path", .infrastructure, .network),
        ("TechnologyService", .infrastructure, .platform),
        ("InfrastructureService", .infrastructure, .platform),  // 2.1
        ("DataObject", .data, nil),
        ("Artifact", .data, nil),
        ("Contract", .contract, nil),
    ]

    /// Relationship types that become `dependsOn`, with the direction: `true` when the
    /// target needs the source ("A serves B": B depends on A).
    public static let dependencyTypes: [(archimate: String, targetNeedsSource: Bool, via: Via)] = [
        ("Serving", true, .other),
        ("UsedBy", true, .other),  // 2.1
        ("Realization", true, .hosting),
        ("Realisation", true, .hosting),  // 2.1
        ("Assignment", true, .hosting),
        ("Flow", true, .integration),
        ("Triggering", true, .integration),
        ("Access", false, .data),  // the accessor needs the data it reads or writes
    ]

    public struct Counts: Sendable {
        public var items = 0
        public var edges = 0
        /// Elements and relationships left out, by ArchiMate type.
        public var skipped: [String: Int] = [:]
        /// Relationships read through a service, function or interface that stands for items.
        public var derived = 0
    }

    /// Application and technology behaviour and interfaces that are not items themselves.
    static let standInTypes: Set<String> = [
        "ApplicationService", "ApplicationFunction", "ApplicationInterface", "ApplicationProcess",
        "ApplicationInteraction",
        "TechnologyFunction", "TechnologyInterface", "TechnologyProcess", "TechnologyInteraction",
        "InfrastructureFunction", "InfrastructureInterface",
    ]

    /// A relationship type without the `Relationship` suffix that 2.1 files and Archi's CSV carry.
    static func normal(_ type: String) -> String {
        type.hasSuffix("Relationship") ? String(type.dropLast("Relationship".count)) : type
    }

    /// Each stand-in element's items: those that realise it, are assigned to it or compose it.
    private func standIns(items: Set<String>, byID: [String: ArchiMateModel.Element]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for relation in model.relationships
        where ["Realization", "Realisation", "Assignment", "Composition"].contains(Self.normal(relation.type))
            && items.contains(relation.source)
        {
            guard let target = byID[relation.target], Self.standInTypes.contains(target.type) else { continue }
            if !(result[target.identifier] ?? []).contains(relation.source) {
                result[target.identifier, default: []].append(relation.source)
            }
        }
        return result
    }

    public func run() -> (estate: Estate, notes: ImportNotes, counts: Counts) {
        var counts = Counts()
        var ids = IDAllocator()
        let byID = Dictionary(model.elements.map { ($0.identifier, $0) }, uniquingKeysWith: { a, _ in a })
        let types = Dictionary(
            Self.itemTypes.map { ($0.archimate, ($0.kind, $0.type)) }, uniquingKeysWith: { a, _ in a })
        // A `kind` property (as Cleave's export writes) overrides the type; it also makes a role a team.
        func itemType(_ element: ArchiMateModel.Element) -> (ItemKind, InfrastructureType?)? {
            let named = property(element, .kind).flatMap(TableImporter.kind(named:))
            if let mapped = types[element.type] {
                return named.map { ($0, $0 == .infrastructure ? mapped.1 : nil) } ?? mapped
            }
            return element.type == "BusinessRole" && named == .team ? (.team, nil) : nil
        }
        let items = model.elements.filter { itemType($0) != nil }
        let isItem = Set(items.map(\.identifier))
        var cleaveID: [String: String] = [:]
        // Ids Cleave wrote first, so that no slug takes one of them.
        for element in model.elements {
            if let given = property(element, .id), IDAllocator.isValid(given) {
                cleaveID[element.identifier] = ids.allocate(for: given, fallback: "item")
            }
        }
        for element in items where cleaveID[element.identifier] == nil {
            cleaveID[element.identifier] = ids.allocate(
                for: IDAllocator.slug(label(element), fallback: "item"), fallback: "item")
        }

        let standIns = standIns(items: isItem, byID: byID)
        let reading = readRelationships(isItem: isItem, byID: byID, standIns: standIns, kind: { itemType($0)?.0 })
        counts.skipped = reading.skipped
        counts.derived = reading.derived
        let (users, areaOf, dependsOn, written, contracts) = (
            reading.users, reading.areaOf, reading.dependsOn, reading.written, reading.contracts
        )
        var usedActors = reading.usedActors, usedGroups = reading.usedGroups
        // In the model's order, not the order they were met in.
        usedActors = model.elements.map(\.identifier).filter(Set(usedActors).contains)
        usedGroups = model.elements.map(\.identifier).filter(Set(usedGroups).contains)
        let optionElements = model.elements.filter {
            $0.type == "WorkPackage" && property($0, .kind)?.lowercased() == "option"
        }
        for element in model.elements
        where !isItem.contains(element.identifier) && standIns[element.identifier] == nil
            && !optionElements.contains(where: { $0.identifier == element.identifier })
            && !usedActors.contains(element.identifier) && !usedGroups.contains(element.identifier)
        {
            counts.skipped[element.type, default: 0] += 1
        }

        // Parties and areas as tables, so that one importer reads every cell.
        var notes = ImportNotes()
        var partyRows: [ImportTable.Row] = usedActors.map { id in
            let actor = byID[id]!
            if cleaveID[id] == nil {
                cleaveID[id] = ids.allocate(for: IDAllocator.slug(label(actor), fallback: "party"), fallback: "party")
            }
            return ImportTable.Row(
                place: place(actor),
                cells: [.text(cleaveID[id]!), .text(label(actor)), .text(property(actor, .kind) ?? "")])
        }
        if partyRows.isEmpty {
            let id = ids.allocate(for: "owner", fallback: "party")
            partyRows = [
                ImportTable.Row(
                    place: source, cells: [.text(id), .text(model.name.isEmpty ? "Owner" : model.name), .text("")])
            ]
            notes.notes.append(
                "no business actor is related to an imported element, so one party '\(id)' leads every area; add the parties that use the estate"
            )
        }
        var areaRows: [ImportTable.Row] = usedGroups.map { id in
            let group = byID[id]!
            if cleaveID[id] == nil {
                cleaveID[id] = ids.allocate(for: IDAllocator.slug(label(group), fallback: "area"), fallback: "area")
            }
            return ImportTable.Row(
                place: place(group),
                cells: [
                    .text(cleaveID[id]!), .text(label(group)),
                    property(group, .lead).map { .text($0) } ?? partyRows[0].cells[0],
                    .text(property(group, .arrangement) ?? ""), .text(property(group, .inScope) ?? ""),
                    .text(group.documentation ?? ""),
                ])
        }
        // An `area` property names an area better than any grouping; areas it names that no
        // grouping gives are made here.
        let groupNames = Set(usedGroups.flatMap { [cleaveID[$0]!.lowercased(), label(byID[$0]!).lowercased()] })
        var named: Set<String> = []
        for element in items {
            guard let value = property(element, .area), !groupNames.contains(value.lowercased()),
                named.insert(value.lowercased()).inserted
            else { continue }
            let id = IDAllocator.isValid(value) ? value : IDAllocator.slug(value, fallback: "area")
            areaRows.append(
                ImportTable.Row(
                    place: place(element),
                    cells: [
                        .text(ids.allocate(for: id, fallback: "area")), .text(value),
                        partyRows[0].cells[0], .text(""), .text(""), .text(""),
                    ]))
        }
        var defaultArea: String?
        if items.contains(where: { areaOf[$0.identifier] == nil && property($0, .area) == nil }) {
            let id = ids.allocate(for: "architecture", fallback: "area")
            defaultArea = id
            areaRows.append(
                ImportTable.Row(
                    place: source,
                    cells: [
                        .text(id), .text(model.name.isEmpty ? "Architecture" : model.name),
                        partyRows[0].cells[0], .text(""), .text(""), .text(""),
                    ]))
            notes.notes.append("items in no grouping or location are in one area '\(id)'")
        }

        // One row per item: fixed columns, then a column per property name.
        let fixed: Set<ColumnCatalog.Field> = [.id, .name, .kind, .area, .users, .dependsOn, .contracts, .notes]
        let propertyNames = unique(items.flatMap { $0.properties.map(\.name) }).filter {
            ColumnCatalog.field(forHeader: $0).map { !fixed.contains($0) } ?? true
        }
        let header = ["ID", "Name", "Kind", "Area", "Users", "Depends On", "Contracts", "Notes"] + propertyNames
        let rows = items.map { element -> ImportTable.Row in
            let (kind, type) = itemType(element)!
            let needs = (dependsOn[element.identifier] ?? []).compactMap { cleaveID[$0.target] }
            var cells: [ImportTable.Cell] = [
                .text(cleaveID[element.identifier]!), .text(label(element)), .text(type?.rawValue ?? kind.rawValue),
                .text(
                    property(element, .area) ?? areaOf[element.identifier].flatMap { cleaveID[$0] } ?? defaultArea ?? ""
                ),
                .text(
                    property(element, .users)
                        ?? (users[element.identifier] ?? []).compactMap { cleaveID[$0] }.joined(separator: ";")),
                .text(needs.joined(separator: ";")),
                .text((contracts[element.identifier] ?? []).compactMap { cleaveID[$0] }.joined(separator: ";")),
                .text(element.documentation ?? ""),
            ]
            for name in propertyNames {
                cells.append(.text(element.properties.first { $0.name == name }?.value ?? ""))
            }
            return ImportTable.Row(place: place(element), cells: cells)
        }
        let importer = TableImporter(
            estateName: model.name.isEmpty
                ? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent : model.name,
            itemTables: [ImportTable(source: source, header: header, rows: rows)],
            partyTable: ImportTable(source: source, header: ["ID", "Name", "Kind"], rows: partyRows),
            areaTable: ImportTable(
                source: source, header: ["ID", "Name", "Lead", "Arrangement", "In Scope", "Notes"], rows: areaRows))
        var (estate, tableNotes) = importer.run()
        notes.problems += tableNotes.problems
        notes.notes += tableNotes.notes.map {
            $0.replacingOccurrences(of: "\(source): columns not used:", with: "properties not used:")
        }
        // The table importer reads references only; give each dependency its kind of link.
        var links: [String: (via: Via, severCost: Double?, note: String?)] = [:]
        for (needer, list) in dependsOn.sorted(by: { $0.key < $1.key }) {
            for entry in list {
                guard let from = cleaveID[needer], let to = cleaveID[entry.target], links["\(from) \(to)"] == nil else {
                    continue
                }
                let own = written["\(needer) \(entry.target)"]
                links["\(from) \(to)"] = (own?.via ?? entry.via, own?.severCost, own?.note)
            }
        }
        for n in estate.items.indices {
            estate.items[n].dependsOn = estate.items[n].dependsOn.map { dependency in
                let link = links["\(estate.items[n].id) \(dependency.target.id)"]
                return Dependency(
                    dependency.target, via: link?.via ?? .other, severCost: link?.severCost, note: link?.note)
            }
        }
        settings(into: &estate, notes: &notes)
        estate.options = optionElements.map { options(from: $0, id: cleaveID[$0.identifier], ids: &ids, notes: &notes) }
        counts.items = estate.items.count
        counts.edges = estate.items.reduce(0) { $0 + $1.dependsOn.count + $1.contracts.count }
        return (estate, notes, counts)
    }

    /// The value of the element's property that names this field, if any.
    func property(_ element: ArchiMateModel.Element, _ field: ColumnCatalog.Field) -> String? {
        element.properties.first { ColumnCatalog.field(forHeader: $0.name) == field }?.value
    }

    private func label(_ element: ArchiMateModel.Element) -> String {
        element.name.isEmpty ? "\(element.type) \(element.identifier)" : element.name
    }

    private func place(_ element: ArchiMateModel.Element) -> String {
        "\(source): \(element.type) '\(label(element))' (\(element.identifier))"
    }

    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
