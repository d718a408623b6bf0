import CleaveCore

/// Reads the sections of one file into the model.
struct SectionReader {
    typealias Node = YAMLNode
    let reader: NodeReader

    static let commonItemKeys = [
        "id", "name", "area", "lead", "users", "dependsOn", "contracts", "criticality",
        "annualCost", "split", "owner", "notes", "tags",
    ]
    static let kindKeys: [ItemKind: [String]] = [
        .system: [],
        .contract: ["supplier", "parties", "start", "end", "noticeMonths", "assignable"],
        .infrastructure: ["type"],
        .data: ["personal", "classification"],
        .team: ["fte", "employer"],
    ]

    func read(_ root: Node, into estate: inout Estate) {
        guard
            let sections = reader.fields(
                root, what: "an inventory file", allowed: InventoryLoader.sections, required: [])
        else { return }
        for section in InventoryLoader.sections {
            guard let node = sections[section], !reader.isNull(node) else { continue }
            if section == "estate" {
                readEstate(node, keyLocation: sections.keyLocation(section)!, into: &estate)
                continue
            }
            for element in reader.list(node, section) ?? [] {
                switch section {
                case "parties": if let p = readParty(element) { estate.parties.append(p) }
                case "areas": if let a = readArea(element) { estate.areas.append(a) }
                case "options": if let o = readOption(element) { estate.options.append(o) }
                default:
                    if let kind = ItemKind(section: section), let item = readItem(element, kind: kind) {
                        estate.items.append(item)
                    }
                }
            }
        }
    }

    private func readEstate(_ node: Node, keyLocation: SourceLocation, into estate: inout Estate) {
        if let first = estate.location {
            reader.report(
                SchemaRule.Message.estateTwice(first: first),
                at: keyLocation)
            return
        }
        guard
            let f = reader.fields(
                node, what: "estate", allowed: ["name", "currency", "asOf", "defaults", "appraisal", "rules"],
                required: ["name"])
        else {
            estate.location = keyLocation
            return
        }
        estate.location = f.location
        estate.name = reader.string(f["name"], "name") ?? ""
        if let currency = reader.string(f["currency"], "currency") {
            if currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                estate.currency = currency
            } else {
                reader.report(SchemaRule.Message.notACurrency(currency), at: reader.location(f["currency"]!))
            }
        }
        estate.asOf = reader.date(f["asOf"], "asOf")
        if let defaults = f["defaults"], !reader.isNull(defaults),
            let d = reader.fields(
                defaults, what: "estate defaults", allowed: ["duplicateCost", "severCost", "splitMonths"], required: [])
        {
            estate.defaultDuplicateCost = reader.number(d["duplicateCost"], "duplicateCost") ?? 1
            estate.defaultSeverCost = reader.number(d["severCost"], "severCost")
            estate.defaultSplitMonths = reader.integer(d["splitMonths"], "splitMonths") ?? 3
            for entry in d.entries { estate.locations["defaults." + entry.key] = reader.location(entry.node) }
        }
        if let appraisal = f["appraisal"], !reader.isNull(appraisal),
            let a = reader.fields(
                appraisal, what: "estate appraisal", allowed: ["years", "discountRate", "optimismBias"], required: [])
        {
            let defaults = Appraisal()
            estate.appraisal = Appraisal(
                years: reader.integer(a["years"], "years", in: Appraisal.allowedYears) ?? defaults.years,
                discountRate: reader.number(
                    a["discountRate"], "discountRate", minimum: Appraisal.allowedDiscountRate.lowerBound,
                    maximum: Appraisal.allowedDiscountRate.upperBound) ?? defaults.discountRate,
                optimismBias: reader.number(a["optimismBias"], "optimismBias") ?? defaults.optimismBias)
            for entry in a.entries { estate.locations["appraisal." + entry.key] = reader.location(entry.node) }
        }
        if let rules = f["rules"], !reader.isNull(rules),
            let r = reader.fields(rules, what: "estate rules", allowed: RuleRegistry.ids, required: [])
        {
            for entry in r.entries {
                if let severity = reader.choice(entry.node, entry.key, as: Severity.self) {
                    estate.ruleSeverities[entry.key] = severity
                    estate.ruleSeverityLocations[entry.key] = entry.keyLocation
                }
            }
        }
        for entry in f.entries { estate.locations[entry.key] = reader.location(entry.node) }
    }

    private func readParty(_ node: Node) -> Party? {
        guard let f = reader.fields(node, what: "a party", allowed: ["id", "name", "kind"], required: ["id", "name"]),
            let id = reader.string(f["id"], "id")
        else { return nil }
        var party = Party(
            id: id, name: reader.string(f["name"], "name") ?? id,
            kind: reader.choice(f["kind"], "kind", as: PartyKind.self) ?? .council, location: f.location)
        party.locations = locations(f)
        return party
    }

    private func readArea(_ node: Node) -> Area? {
        guard
            let f = reader.fields(
                node, what: "an area", allowed: ["id", "name", "lead", "arrangement", "inScope", "notes"],
                required: ["id", "name", "lead"]),
            let id = reader.string(f["id"], "id"), let lead = reader.reference(f["lead"], "lead")
        else { return nil }
        var area = Area(
            id: id, name: reader.string(f["name"], "name") ?? id, lead: lead.id,
            arrangement: reader.choice(f["arrangement"], "arrangement", as: Arrangement.self) ?? .lead,
            inScope: reader.bool(f["inScope"], "inScope") ?? true,
            notes: reader.string(f["notes"], "notes"), location: f.location)
        area.lead = lead
        area.locations = locations(f)
        return area
    }

    private func readItem(_ node: Node, kind: ItemKind) -> Item? {
        let what = "a " + (kind == .data ? "data set" : kind.rawValue)
        let required = kind == .contract ? ["id", "name", "area", "supplier"] : ["id", "name", "area"]
        guard
            let f = reader.fields(
                node, what: what, allowed: Self.commonItemKeys + Self.kindKeys[kind]!, required: required),
            let id = reader.string(f["id"], "id"), let area = reader.reference(f["area"], "area")
        else { return nil }
        var item = Item(
            kind: kind, id: id, name: reader.string(f["name"], "name") ?? id, area: area.id, location: f.location)
        item.area = area
        item.lead = reader.reference(f["lead"], "lead")
        item.users = readUsers(f["users"])
        item.dependsOn = (reader.list(f["dependsOn"], "dependsOn") ?? []).compactMap(readDependency)
        item.contracts = reader.references(f["contracts"], "contracts")
        item.criticality = reader.choice(f["criticality"], "criticality", as: Criticality.self) ?? .medium
        item.annualCost = reader.number(f["annualCost"], "annualCost")
        if let split = f["split"], !reader.isNull(split),
            let s = reader.fields(
                split, what: "split", allowed: ["strategy", "oneOffCost", "annualCostPerInstance", "months"],
                required: [])
        {
            item.split = SplitSpec(
                strategy: reader.choice(s["strategy"], "strategy", as: SplitStrategy.self) ?? .clone,
                oneOffCost: reader.number(s["oneOffCost"], "oneOffCost"),
                annualCostPerInstance: reader.number(s["annualCostPerInstance"], "annualCostPerInstance"),
                months: reader.integer(s["months"], "months"))
            for entry in s.entries { item.locations["split." + entry.key] = reader.location(entry.node) }
        }
        item.owner = reader.string(f["owner"], "owner")
        item.notes = reader.string(f["notes"], "notes")
        item.tags = reader.strings(f["tags"], "tags").map(\.0)
        switch kind {
        case .contract:
            item.supplier = reader.string(f["supplier"], "supplier")
            item.parties = reader.references(f["parties"], "parties")
            item.start = reader.date(f["start"], "start")
            item.end = reader.date(f["end"], "end")
            item.noticeMonths = reader.integer(f["noticeMonths"], "noticeMonths") ?? 0
            item.assignable = reader.bool(f["assignable"], "assignable") ?? false
        case .infrastructure:
            item.type = reader.choice(f["type"], "type", as: InfrastructureType.self)
        case .data:
            item.personal = reader.bool(f["personal"], "personal")
            item.classification = reader.string(f["classification"], "classification")
        case .team:
            item.fte = reader.number(f["fte"], "fte")
            item.employer = reader.reference(f["employer"], "employer")
        case .system:
            break
        }
        for entry in f.entries { item.locations.add(entry.key, reader.location(entry.node)) }
        return item
    }

    /// `users` is a list of party ids, or a map of party id → share in percent.
    private func readUsers(_ node: Node?) -> [UserShare] {
        guard let node, !reader.isNull(node) else { return [] }
        if let mapping = reader.pairs(node) {
            guard reader.spend(mapping.count, at: node) else { return [] }
            return mapping.compactMap { key, value in
                guard let party = reader.reference(key, "users") else { return nil }
                return UserShare(party, share: reader.number(value, "users.\(party.id)", minimum: nil))
            }
        }
        guard reader.isSequence(node) else {
            reader.report(
                SchemaRule.Message.expected(
                    "a list of party ids or a map of party → share %", "users",
                    found: reader.describe(node)),
                at: reader.location(node))
            return []
        }
        return reader.references(node, "users").map { UserShare($0) }
    }

    private func readDependency(_ node: Node) -> Dependency? {
        if reader.pairs(node) != nil {
            guard
                let f = reader.fields(
                    node, what: "a dependency", allowed: ["id", "via", "severCost", "note"], required: ["id"]),
                let target = reader.reference(f["id"], "id")
            else { return nil }
            return Dependency(
                target, via: reader.choice(f["via"], "via", as: Via.self) ?? .other,
                severCost: reader.number(f["severCost"], "severCost"), note: reader.string(f["note"], "note"))
        }
        return reader.reference(node, "dependsOn").map { Dependency($0) }
    }

    private func readOption(_ node: Node) -> Option? {
        guard
            let f = reader.fields(
                node, what: "an option",
                allowed: [
                    "id", "name", "description", "separate", "default", "areas", "items", "targetDate", "startDate",
                    "transition",
                ],
                required: ["id", "name"]),
            let id = reader.string(f["id"], "id")
        else { return nil }
        var option = Option(id: id, name: reader.string(f["name"], "name") ?? id, location: f.location)
        option.description = reader.string(f["description"], "description")
        if let separate = f["separate"], !reader.isNull(separate) {
            option.separate = reader.references(separate, "separate")
        }
        option.defaultDisposition = reader.choice(f["default"], "default", as: Disposition.self) ?? .shared
        option.areas = dispositions(f["areas"], "areas")
        option.items = dispositions(f["items"], "items")
        option.targetDate = reader.date(f["targetDate"], "targetDate")
        option.startDate = reader.date(f["startDate"], "startDate")
        option.locations = locations(f)
        if let transition = f["transition"], !reader.isNull(transition),
            let t = reader.fields(
                transition, what: "an option's transition", allowed: ["strandedShare", "strandedMonths"],
                required: [])
        {
            option.transition = Transition(
                strandedShare: reader.number(
                    t["strandedShare"], "strandedShare", minimum: Transition.allowedStrandedShare.lowerBound,
                    maximum: Transition.allowedStrandedShare.upperBound) ?? 0,
                strandedMonths: reader.integer(t["strandedMonths"], "strandedMonths") ?? 0)
            for entry in t.entries { option.locations.add("transition." + entry.key, reader.location(entry.node)) }
        }
        return option
    }

    private func dispositions(_ node: Node?, _ key: String) -> [(Reference, Disposition)] {
        guard let node, !reader.isNull(node) else { return [] }
        guard let mapping = reader.pairs(node) else {
            reader.report(
                SchemaRule.Message.expected("a map of id → shared or split", key, found: reader.describe(node)),
                at: reader.location(node))
            return []
        }
        guard reader.spend(mapping.count, at: node) else { return [] }
        return mapping.compactMap { key, value in
            guard let ref = reader.reference(key, reader.text(key) ?? reader.describe(key)),
                let d = reader.choice(value, ref.id, as: Disposition.self)
            else { return nil }
            return (ref, d)
        }
    }

    private func locations(_ f: NodeReader.Fields) -> FieldLocations {
        var locations = FieldLocations()
        for entry in f.entries { locations.add(entry.key, reader.location(entry.node)) }
        return locations
    }
}
