import CleaveCore

/// The resolved model as JSON: every party, area, item and option with the defaults filled
/// in (lead, criticality, split costs and months, sever costs, the appraisal and each option's
/// transition), sorted by id, in SPEC key order.
public enum ModelJSON {
    public static func json(_ estate: Estate) -> JSONValue {
        let leads = Dictionary(estate.areas.map { ($0.id, $0.lead.id) }, uniquingKeysWith: { a, _ in a })
        func sorted<T>(_ values: [T], _ id: (T) -> String) -> [T] { values.sorted { id($0) < id($1) } }
        let items: [JSONValue] = sorted(estate.items, \.id).map { item in
            var fields: [(String, JSONValue)] = [
                ("id", .string(item.id)), ("kind", .string(item.kind.rawValue)), ("name", .string(item.name)),
                ("area", .string(item.area.id)), ("lead", .string(item.lead?.id ?? leads[item.area.id])),
                (
                    "users",
                    .array(item.users.map { .object([("party", .string($0.party.id)), ("share", .number($0.share))]) })
                ),
                (
                    "dependsOn",
                    .array(
                        item.dependsOn.map {
                            .object([
                                ("id", .string($0.target.id)), ("via", .string($0.via.rawValue)),
                                ("severCost", .number($0.severCost ?? estate.defaultSeverCost)),
                                ("note", .string($0.note)),
                            ])
                        })
                ),
                ("contracts", .strings(item.contracts.map(\.id))),
                ("criticality", .string(item.criticality.rawValue)),
                ("annualCost", .number(item.annualCost)),
                (
                    "split",
                    .object([
                        ("strategy", .string(item.split.strategy.rawValue)),
                        ("oneOffCost", .number(item.split.oneOffCost ?? estate.defaultDuplicateCost)),
                        ("annualCostPerInstance", .number(item.split.annualCostPerInstance ?? item.annualCost ?? 0)),
                        ("months", .int(item.split.months ?? estate.defaultSplitMonths)),
                    ])
                ),
                ("owner", .string(item.owner)), ("notes", .string(item.notes)), ("tags", .strings(item.tags)),
            ]
            switch item.kind {
            case .contract:
                fields += [
                    ("supplier", .string(item.supplier)), ("parties", .strings(item.parties.map(\.id))),
                    ("start", .string(item.start?.description)), ("end", .string(item.end?.description)),
                    ("noticeMonths", .int(item.noticeMonths)), ("assignable", .bool(item.assignable)),
                ]
            case .infrastructure: fields.append(("type", .string(item.type?.rawValue)))
            case .data:
                fields += [
                    ("personal", item.personal.map { .bool($0) } ?? .null),
                    ("classification", .string(item.classification)),
                ]
            case .team:
                fields += [
                    ("fte", .number(item.fte)),
                    ("employer", .string(item.employer?.id ?? item.lead?.id ?? leads[item.area.id])),
                ]
            case .system: break
            }
            return .object(fields)
        }
        let options: [JSONValue] = sorted(estate.options, \.id).map { option in
            .object([
                ("id", .string(option.id)), ("name", .string(option.name)),
                ("description", .string(option.description)),
                ("separate", .strings((option.separate?.map(\.id) ?? estate.parties.map(\.id)).sorted())),
                ("default", .string(option.defaultDisposition.rawValue)),
                (
                    "areas",
                    .object(
                        option.areas.sorted { $0.area.id < $1.area.id }.map {
                            ($0.area.id, .string($0.disposition.rawValue))
                        })
                ),
                (
                    "items",
                    .object(
                        option.items.sorted { $0.item.id < $1.item.id }.map {
                            ($0.item.id, .string($0.disposition.rawValue))
                        })
                ),
                ("targetDate", .string(option.targetDate?.description)),
                ("startDate", .string((option.startDate ?? estate.asOf)?.description)),
                (
                    "transition",
                    .object([
                        ("strandedShare", .number(option.transition.strandedShare)),
                        ("strandedMonths", .int(option.transition.strandedMonths)),
                    ])
                ),
            ])
        }
        return .object([
            ("schemaVersion", .int(1)),
            (
                "estate",
                .object([
                    ("name", .string(estate.name)), ("currency", .string(estate.currency)),
                    ("asOf", .string(estate.asOf?.description)),
                    (
                        "defaults",
                        .object([
                            ("duplicateCost", .number(estate.defaultDuplicateCost)),
                            ("severCost", .number(estate.defaultSeverCost)),
                            ("splitMonths", .int(estate.defaultSplitMonths)),
                        ])
                    ),
                    (
                        "appraisal",
                        .object([
                            ("years", .int(estate.appraisal.years)),
                            ("discountRate", .number(estate.appraisal.discountRate)),
                            ("optimismBias", .number(estate.appraisal.optimismBias)),
                        ])
                    ),
                ])
            ),
            (
                "parties",
                .array(
                    sorted(estate.parties, \.id).map {
                        .object([
                            ("id", .string($0.id)), ("name", .string($0.name)), ("kind", .string($0.kind.rawValue)),
                        ])
                    })
            ),
            (
                "areas",
                .array(
                    sorted(estate.areas, \.id).map {
                        .object([
                            ("id", .string($0.id)), ("name", .string($0.name)), ("lead", .string($0.lead.id)),
                            ("arrangement", .string($0.arrangement.rawValue)), ("inScope", .bool($0.inScope)),
                            ("notes", .string($0.notes)),
                        ])
                    })
            ),
            ("items", .array(items)),
            ("options", .array(options)),
        ])
    }
}
