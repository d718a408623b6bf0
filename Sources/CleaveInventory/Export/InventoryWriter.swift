import CleaveCore

/// Writes an estate as readable, stable YAML: sections and keys in SPEC §2 order, flow style
/// for short lists and mappings, strings quoted only where needed, defaults left out. The
/// same estate always gives byte-identical text.
public struct InventoryWriter {
    /// A comment put at the top of every file, such as where the estate came from.
    public var header: String?
    /// Entries longer than this are written as block mappings.
    public var lineWidth = 100

    public init(header: String? = nil) { self.header = header }

    /// At most this many items go in one file, so that no file of a large estate comes near
    /// the loader's size cap (a million imported rows are about 80 MB of YAML).
    public var itemsPerFile = 20_000

    /// `estate.yaml` (estate, parties, areas), `items.yaml` (every item section that has
    /// items; above `itemsPerFile` items, `items-001.yaml`, `items-002.yaml`, … in order) and,
    /// when there are options, `options.yaml`.
    public func files(for estate: Estate) -> [InventoryFolder.File] {
        var files = [InventoryFolder.File("estate.yaml", preamble + estateText(estate))]
        let items = estate.items
        if items.count <= itemsPerFile {
            files.append(.init("items.yaml", preamble + itemsText(items)))
        } else {
            for (k, start) in stride(from: 0, to: items.count, by: itemsPerFile).enumerated() {
                let part = Array(items[start..<min(start + itemsPerFile, items.count)])
                let name = "items-" + String(repeating: "0", count: max(0, 3 - String(k + 1).count)) + "\(k + 1).yaml"
                files.append(.init(name, preamble + itemsText(part)))
            }
        }
        if !estate.options.isEmpty { files.append(.init("options.yaml", preamble + optionsText(estate.options))) }
        return files
    }

    private var preamble: String {
        guard let header else { return "" }
        return header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }.joined(separator: "\n")
            + "\n\n"
    }

    func estateText(_ estate: Estate) -> String {
        var lines = [
            "estate:", "  name: \(YAMLText.string(estate.name))", "  currency: \(YAMLText.string(estate.currency))",
        ]
        if let asOf = estate.asOf { lines.append("  asOf: \(asOf)") }
        var defaults: [(String, String)] = []
        if estate.defaultDuplicateCost != 1 {
            defaults.append(("duplicateCost", YAMLText.number(estate.defaultDuplicateCost)))
        }
        if let sever = estate.defaultSeverCost { defaults.append(("severCost", YAMLText.number(sever))) }
        if estate.defaultSplitMonths != 3 { defaults.append(("splitMonths", String(estate.defaultSplitMonths))) }
        if !defaults.isEmpty { lines.append("  defaults: \(YAMLText.flowMap(defaults))") }
        var appraisal: [(String, String)] = []
        let usual = Appraisal()
        if estate.appraisal.years != usual.years { appraisal.append(("years", String(estate.appraisal.years))) }
        if estate.appraisal.discountRate != usual.discountRate {
            appraisal.append(("discountRate", YAMLText.number(estate.appraisal.discountRate)))
        }
        if estate.appraisal.optimismBias != usual.optimismBias {
            appraisal.append(("optimismBias", YAMLText.number(estate.appraisal.optimismBias)))
        }
        if !appraisal.isEmpty { lines.append("  appraisal: \(YAMLText.flowMap(appraisal))") }
        if !estate.ruleSeverities.isEmpty {
            lines.append(
                "  rules: "
                    + YAMLText.flowMap(
                        estate.ruleSeverities.keys.sorted().map { ($0, estate.ruleSeverities[$0]!.rawValue) }))
        }
        var text = lines.joined(separator: "\n") + "\n"
        if !estate.parties.isEmpty {
            text +=
                "\nparties:\n"
                + entries(
                    estate.parties.map { party in
                        entry(
                            [("id", YAMLText.string(party.id)), ("name", YAMLText.string(party.name))]
                                + (party.kind == .council ? [] : [("kind", party.kind.rawValue)]))
                    })
        }
        if !estate.areas.isEmpty {
            text +=
                "\nareas:\n"
                + entries(
                    estate.areas.map { area in
                        var pairs = [
                            ("id", YAMLText.string(area.id)), ("name", YAMLText.string(area.name)),
                            ("lead", YAMLText.string(area.lead.id)),
                        ]
                        if area.arrangement != .lead { pairs.append(("arrangement", area.arrangement.rawValue)) }
                        if !area.inScope { pairs.append(("inScope", "false")) }
                        if let notes = area.notes { pairs.append(("notes", YAMLText.string(notes))) }
                        return entry(pairs)
                    })
        }
        return text
    }

    func itemsText(_ items: [Item]) -> String {
        ItemKind.allCases.compactMap { kind -> String? in
            let ofKind = items.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return "\(kind.section):\n" + entries(ofKind.map { entry(pairs(for: $0)) })
        }.joined(separator: "\n")
    }

    func optionsText(_ options: [Option]) -> String {
        "options:\n"
            + entries(
                options.map { option in
                    var pairs = [("id", YAMLText.string(option.id)), ("name", YAMLText.string(option.name))]
                    if let description = option.description {
                        pairs.append(("description", YAMLText.string(description)))
                    }
                    if let separate = option.separate {
                        pairs.append(("separate", YAMLText.flowList(separate.map(\.id))))
                    }
                    if option.defaultDisposition != .shared {
                        pairs.append(("default", option.defaultDisposition.rawValue))
                    }
                    if !option.areas.isEmpty {
                        pairs.append(
                            (
                                "areas",
                                YAMLText.flowMap(
                                    option.areas.map { (YAMLText.string($0.area.id), $0.disposition.rawValue) })
                            ))
                    }
                    if !option.items.isEmpty {
                        pairs.append(
                            (
                                "items",
                                YAMLText.flowMap(
                                    option.items.map { (YAMLText.string($0.item.id), $0.disposition.rawValue) })
                            ))
                    }
                    if let target = option.targetDate { pairs.append(("targetDate", target.description)) }
                    if let start = option.startDate { pairs.append(("startDate", start.description)) }
                    var transition: [(String, String)] = []
                    if option.transition.strandedShare != 0 {
                        transition.append(("strandedShare", YAMLText.number(option.transition.strandedShare)))
                    }
                    if option.transition.strandedMonths != 0 {
                        transition.append(("strandedMonths", String(option.transition.strandedMonths)))
                    }
                    if !transition.isEmpty { pairs.append(("transition", YAMLText.flowMap(transition))) }
                    return entry(pairs)
                })
    }

    /// An item's keys in SPEC §2.4 order, values already written as YAML; defaults left out.
    func pairs(for item: Item) -> [(String, String)] {
        var pairs = [
            ("id", YAMLText.string(item.id)), ("name", YAMLText.string(item.name)),
            ("area", YAMLText.string(item.area.id)),
        ]
        if let lead = item.lead { pairs.append(("lead", YAMLText.string(lead.id))) }
        if !item.users.isEmpty {
            if item.users.contains(where: { $0.share != nil }) {
                pairs.append(
                    (
                        "users",
                        YAMLText.flowMap(
                            item.users.map { (YAMLText.string($0.party.id), YAMLText.number($0.share ?? 0)) })
                    ))
            } else {
                pairs.append(("users", YAMLText.flowList(item.users.map(\.party.id))))
            }
        }
        if !item.dependsOn.isEmpty {
            let refs = item.dependsOn.map { dependency -> String in
                var ref = [("id", YAMLText.string(dependency.target.id))]
                if dependency.via != .other { ref.append(("via", dependency.via.rawValue)) }
                if let sever = dependency.severCost { ref.append(("severCost", YAMLText.number(sever))) }
                if let note = dependency.note { ref.append(("note", YAMLText.string(note))) }
                return ref.count == 1 ? ref[0].1 : YAMLText.flowMap(ref)
            }
            pairs.append(("dependsOn", "[" + refs.joined(separator: ", ") + "]"))
        }
        if !item.contracts.isEmpty { pairs.append(("contracts", YAMLText.flowList(item.contracts.map(\.id)))) }
        if item.criticality != .medium { pairs.append(("criticality", item.criticality.rawValue)) }
        if let cost = item.annualCost { pairs.append(("annualCost", YAMLText.number(cost))) }
        var split: [(String, String)] = []
        if item.split.strategy != .clone { split.append(("strategy", item.split.strategy.rawValue)) }
        if let cost = item.split.oneOffCost { split.append(("oneOffCost", YAMLText.number(cost))) }
        if let cost = item.split.annualCostPerInstance {
            split.append(("annualCostPerInstance", YAMLText.number(cost)))
        }
        if let months = item.split.months { split.append(("months", String(months))) }
        if !split.isEmpty { pairs.append(("split", YAMLText.flowMap(split))) }
        if let owner = item.owner { pairs.append(("owner", YAMLText.string(owner))) }
        if let notes = item.notes { pairs.append(("notes", YAMLText.string(notes))) }
        if !item.tags.isEmpty { pairs.append(("tags", YAMLText.flowList(item.tags))) }
        switch item.kind {
        case .contract:
            pairs.append(("supplier", YAMLText.string(item.supplier ?? "")))
            if !item.parties.isEmpty { pairs.append(("parties", YAMLText.flowList(item.parties.map(\.id)))) }
            if let start = item.start { pairs.append(("start", start.description)) }
            if let end = item.end { pairs.append(("end", end.description)) }
            if item.noticeMonths != 0 { pairs.append(("noticeMonths", String(item.noticeMonths))) }
            if item.assignable { pairs.append(("assignable", "true")) }
        case .infrastructure:
            if let type = item.type { pairs.append(("type", type.rawValue)) }
        case .data:
            if let personal = item.personal { pairs.append(("personal", personal ? "true" : "false")) }
            if let classification = item.classification {
                pairs.append(("classification", YAMLText.string(classification)))
            }
        case .team:
            if let fte = item.fte { pairs.append(("fte", YAMLText.number(fte))) }
            if let employer = item.employer { pairs.append(("employer", YAMLText.string(employer.id))) }
        case .system:
            break
        }
        return pairs
    }

    /// A section's entries: one per line, or with a blank line between them when any is a block.
    private func entries(_ texts: [String]) -> String {
        texts.contains { $0.split(separator: "\n").count > 1 } ? texts.joined(separator: "\n") : texts.joined()
    }

    /// One list entry: a flow mapping on one line when it fits, else a block mapping.
    private func entry(_ pairs: [(String, String)]) -> String {
        let flow = "  - " + YAMLText.flowMap(pairs)
        if flow.count <= lineWidth { return flow + "\n" }
        return pairs.enumerated().map { index, pair in
            (index == 0 ? "  - " : "    ") + "\(pair.0): \(pair.1)\n"
        }.joined()
    }
}
