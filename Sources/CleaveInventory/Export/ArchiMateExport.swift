import CleaveCore

/// An estate as an ArchiMate model, the mapping of the importer run backwards: parties as
/// business actors, areas as groupings, items as application, technology, data, contract and
/// role elements, options as work packages, with every Cleave field as a property (so an import of the export keeps
/// every id, kind and edge).
public enum ArchiMateExport {
    /// The element type each kind (and infrastructure type) is written as.
    static func elementType(_ item: Item) -> String {
        switch item.kind {
        case .system: "ApplicationComponent"
        case .contract: "Contract"
        case .data: "DataObject"
        case .team: "BusinessRole"
        case .infrastructure:
            switch item.type {
            case .network, .telephony: "CommunicationNetwork"
            case .platform, .tenant, .identity, .security: "SystemSoftware"
            case .endpoint: "Device"
            default: "Node"
            }
        }
    }

    /// `id-` and the Cleave id: ArchiMate identifiers may not start with a digit.
    static func identifier(_ id: String) -> String { "id-" + id }

    public static func model(_ estate: Estate) -> ArchiMateModel {
        var elements: [ArchiMateModel.Element] = []
        var relationships: [ArchiMateModel.Relationship] = []
        func relate(
            _ type: String, _ source: String, _ target: String, _ properties: [(name: String, value: String)] = []
        ) {
            relationships.append(
                .init(
                    identifier: "rel-\(relationships.count + 1)", type: type,
                    source: identifier(source), target: identifier(target), accessType: nil,
                    properties: properties))
        }
        for party in estate.parties {
            elements.append(
                .init(
                    identifier: identifier(party.id), type: "BusinessActor", name: party.name,
                    documentation: nil, properties: [("id", party.id), ("kind", party.kind.rawValue)]))
        }
        for area in estate.areas {
            var properties = [
                ("id", area.id), ("lead", area.lead.id), ("arrangement", area.arrangement.rawValue),
                ("inScope", area.inScope ? "true" : "false"),
            ]
            properties = properties.filter { !$0.1.isEmpty }
            elements.append(
                .init(
                    identifier: identifier(area.id), type: "Grouping", name: area.name,
                    documentation: area.notes, properties: properties))
        }
        for item in estate.items {
            elements.append(
                .init(
                    identifier: identifier(item.id), type: elementType(item), name: item.name,
                    documentation: item.notes, properties: properties(item)))
            relate("Aggregation", item.area.id, item.id)
        }
        for item in estate.items {
            for user in item.users { relate("Serving", item.id, user.party.id) }
            for dependency in item.dependsOn {
                var properties: [(name: String, value: String)] = []
                if dependency.via != .other { properties.append(("via", dependency.via.rawValue)) }
                if let sever = dependency.severCost { properties.append(("severCost", YAMLText.number(sever))) }
                if let note = dependency.note { properties.append(("note", note)) }
                relate("Serving", dependency.target.id, item.id, properties)
            }
            for contract in item.contracts { relate("Association", item.id, contract.id) }
        }
        for option in estate.options {
            var properties: [(String, String)] = [("id", option.id), ("kind", "option")]
            if let separate = option.separate {
                properties.append(("separate", separate.map(\.id).joined(separator: "; ")))
            }
            properties.append(("default", option.defaultDisposition.rawValue))
            if !option.areas.isEmpty {
                properties.append(
                    ("areas", option.areas.map { "\($0.area.id): \($0.disposition.rawValue)" }.joined(separator: "; ")))
            }
            if !option.items.isEmpty {
                properties.append(
                    ("items", option.items.map { "\($0.item.id): \($0.disposition.rawValue)" }.joined(separator: "; ")))
            }
            if let target = option.targetDate { properties.append(("targetDate", target.description)) }
            if let start = option.startDate { properties.append(("startDate", start.description)) }
            if option.transition != Transition() {
                properties.append(("transition.strandedShare", YAMLText.number(option.transition.strandedShare)))
                properties.append(("transition.strandedMonths", String(option.transition.strandedMonths)))
            }
            elements.append(
                .init(
                    identifier: identifier(option.id), type: "WorkPackage", name: option.name,
                    documentation: option.description, properties: properties))
        }
        var model = ArchiMateModel(
            name: estate.name, elements: elements, relationships: relationships, isVersion2: false)
        model.properties = [("currency", estate.currency)]
        if let asOf = estate.asOf { model.properties.append(("asOf", asOf.description)) }
        model.properties.append(("defaults.duplicateCost", YAMLText.number(estate.defaultDuplicateCost)))
        if let sever = estate.defaultSeverCost {
            model.properties.append(("defaults.severCost", YAMLText.number(sever)))
        }
        model.properties.append(("defaults.splitMonths", String(estate.defaultSplitMonths)))
        if estate.appraisal != Appraisal() {
            model.properties.append(("appraisal.years", String(estate.appraisal.years)))
            model.properties.append(("appraisal.discountRate", YAMLText.number(estate.appraisal.discountRate)))
            model.properties.append(("appraisal.optimismBias", YAMLText.number(estate.appraisal.optimismBias)))
        }
        for rule in estate.ruleSeverities.keys.sorted() {
            model.properties.append(("rules.\(rule)", estate.ruleSeverities[rule]!.rawValue))
        }
        return model
    }

    /// Every field that is set, named as the inventory names it.
    static func properties(_ item: Item) -> [(name: String, value: String)] {
        var p: [(String, String)] = [("id", item.id), ("kind", item.kind.rawValue)]
        func add(_ name: String, _ value: String?) { if let value { p.append((name, value)) } }
        func number(_ value: Double?) -> String? { value.map(YAMLText.number) }
        add("lead", item.lead?.id)
        if item.users.contains(where: { $0.share != nil }) {
            add("users", item.users.map { "\($0.party.id): \(YAMLText.number($0.share ?? 0))" }.joined(separator: "; "))
        }
        add("criticality", item.criticality.rawValue)
        add("annualCost", number(item.annualCost))
        add("split.strategy", item.split.strategy.rawValue)
        add("split.oneOffCost", number(item.split.oneOffCost))
        add("split.annualCostPerInstance", number(item.split.annualCostPerInstance))
        add("split.months", item.split.months.map(String.init))
        add("owner", item.owner)
        if !item.tags.isEmpty { add("tags", item.tags.joined(separator: "; ")) }
        switch item.kind {
        case .contract:
            add("supplier", item.supplier)
            if !item.parties.isEmpty { add("parties", item.parties.map(\.id).joined(separator: "; ")) }
            add("start", item.start?.description)
            add("end", item.end?.description)
            add("noticeMonths", String(item.noticeMonths))
            add("assignable", item.assignable ? "true" : "false")
        case .infrastructure: add("infrastructureType", item.type?.rawValue)
        case .data:
            add("personal", item.personal.map { $0 ? "true" : "false" })
            add("classification", item.classification)
        case .team:
            add("fte", number(item.fte))
            add("employer", item.employer?.id)
        case .system: break
        }
        return p
    }
}
