/// Each entity's fields as comparable text, in the order SPEC §2 lists them, so a change
/// can be reported field by field. Absent optional fields are left out; defaults are
/// written out, so `criticality: medium` and no criticality compare equal. Lists whose
/// order means nothing (users, dependsOn, contracts, parties, tags) are sorted, so
/// reordering them is not a change.
enum DiffFields {
    static func item(_ item: Item) -> [(String, String)] {
        var f: [(String, String)] = [("name", item.name), ("area", item.area.id)]
        if let lead = item.lead { f.append(("lead", lead.id)) }
        if !item.users.isEmpty {
            f.append(
                (
                    "users",
                    item.users.sorted { $0.party.id < $1.party.id }
                        .map { u in u.share.map { "\(u.party.id): \(Wording.number($0))" } ?? u.party.id }
                        .joined(separator: ", ")
                ))
        }
        if !item.dependsOn.isEmpty {
            f.append(
                (
                    "dependsOn",
                    item.dependsOn.sorted { $0.target.id < $1.target.id }.map { d in
                        var extras: [String] = []
                        if d.via != .other { extras.append("via \(d.via.rawValue)") }
                        if let cost = d.severCost { extras.append("severCost \(Wording.number(cost))") }
                        if let note = d.note { extras.append("note \(note)") }
                        return extras.isEmpty ? d.target.id : "\(d.target.id) (\(extras.joined(separator: ", ")))"
                    }.joined(separator: ", ")
                ))
        }
        if !item.contracts.isEmpty {
            f.append(("contracts", item.contracts.map(\.id).sorted().joined(separator: ", ")))
        }
        f.append(("criticality", item.criticality.rawValue))
        number("annualCost", item.annualCost, &f)
        f.append(("split.strategy", item.split.strategy.rawValue))
        number("split.oneOffCost", item.split.oneOffCost, &f)
        number("split.annualCostPerInstance", item.split.annualCostPerInstance, &f)
        if let months = item.split.months { f.append(("split.months", String(months))) }
        text("owner", item.owner, &f)
        text("notes", item.notes, &f)
        if !item.tags.isEmpty { f.append(("tags", item.tags.sorted().joined(separator: ", "))) }
        switch item.kind {
        case .contract:
            text("supplier", item.supplier, &f)
            if !item.parties.isEmpty { f.append(("parties", item.parties.map(\.id).sorted().joined(separator: ", "))) }
            text("start", item.start?.description, &f)
            text("end", item.end?.description, &f)
            f.append(("noticeMonths", String(item.noticeMonths)))
            f.append(("assignable", String(item.assignable)))
        case .infrastructure:
            text("type", item.type?.rawValue, &f)
        case .data:
            text("personal", item.personal.map { String($0) }, &f)
            text("classification", item.classification, &f)
        case .team:
            number("fte", item.fte, &f)
            text("employer", item.employer?.id, &f)
        case .system:
            break
        }
        return f
    }

    static func party(_ party: Party) -> [(String, String)] {
        [("name", party.name), ("kind", party.kind.rawValue)]
    }

    static func area(_ area: Area) -> [(String, String)] {
        var f = [
            ("name", area.name), ("lead", area.lead.id), ("arrangement", area.arrangement.rawValue),
            ("inScope", String(area.inScope)),
        ]
        text("notes", area.notes, &f)
        return f
    }

    static func option(_ option: Option) -> [(String, String)] {
        var f = [("name", option.name)]
        text("description", option.description, &f)
        text("separate", option.separate.map { $0.map(\.id).sorted().joined(separator: ", ") }, &f)
        f.append(("default", option.defaultDisposition.rawValue))
        for (area, d) in option.areas.sorted(by: { $0.area.id < $1.area.id }) {
            f.append(("areas.\(area.id)", d.rawValue))
        }
        for (item, d) in option.items.sorted(by: { $0.item.id < $1.item.id }) {
            f.append(("items.\(item.id)", d.rawValue))
        }
        text("targetDate", option.targetDate?.description, &f)
        text("startDate", option.startDate?.description, &f)
        f.append(("transition.strandedShare", Wording.number(option.transition.strandedShare)))
        f.append(("transition.strandedMonths", String(option.transition.strandedMonths)))
        return f
    }

    static func estate(_ estate: Estate) -> [(String, String)] {
        var f = [("name", estate.name), ("currency", estate.currency)]
        text("asOf", estate.asOf?.description, &f)
        f.append(("defaults.duplicateCost", Wording.number(estate.defaultDuplicateCost)))
        number("defaults.severCost", estate.defaultSeverCost, &f)
        f.append(("defaults.splitMonths", String(estate.defaultSplitMonths)))
        f.append(("appraisal.years", String(estate.appraisal.years)))
        f.append(("appraisal.discountRate", Wording.number(estate.appraisal.discountRate)))
        f.append(("appraisal.optimismBias", Wording.number(estate.appraisal.optimismBias)))
        for (rule, severity) in estate.ruleSeverities.sorted(by: { $0.key < $1.key }) {
            f.append(("rules.\(rule)", severity.rawValue))
        }
        return f
    }

    private static func text(_ key: String, _ value: String?, _ f: inout [(String, String)]) {
        if let value { f.append((key, value)) }
    }

    private static func number(_ key: String, _ value: Double?, _ f: inout [(String, String)]) {
        if let value { f.append((key, Wording.number(value))) }
    }

    /// The fields that differ, in the order of `after` then those only in `before`.
    static func changes(_ before: [(String, String)], _ after: [(String, String)]) -> [EstateDiff.FieldChange] {
        let old = Dictionary(before, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after, uniquingKeysWith: { a, _ in a })
        var out: [EstateDiff.FieldChange] = []
        for (key, value) in after where old[key] != value {
            out.append(.init(field: key, before: old[key], after: value))
        }
        for (key, value) in before where new[key] == nil {
            out.append(.init(field: key, before: value, after: nil))
        }
        return out
    }
}
