import CleaveCore

/// What a key's value may be, in the words of SPEC §2.
indirect enum SchemaValue: Sendable {
    /// Any text.
    case text
    /// An id being defined: `[A-Za-z0-9][A-Za-z0-9._-]*`.
    case id
    /// An id defined elsewhere (what it names, for the description).
    case reference(String)
    /// `YYYY-MM-DD`.
    case date
    /// A number ≥ 0.
    case amount
    /// A whole number ≥ 0.
    case count
    /// A percentage, 0 to 100 (a user's share, a discount rate).
    case share
    case flag
    case choice([String])
    /// An ISO 4217 code.
    case currency
    case list(SchemaValue)
    /// One of several shapes.
    case either([SchemaValue])
    /// A mapping described in `$defs` under this name.
    case defined(String)
    /// A mapping of ids to values.
    case byID(SchemaValue)
    /// A mapping with exactly these optional keys, each with this value.
    case keys([String], SchemaValue)
}

/// One key of a mapping: its name, value, whether it is required, its default and what
/// SPEC §2 says it means.
struct SchemaKey: Sendable {
    var name: String
    var value: SchemaValue
    var required = false
    var defaultValue: SchemaJSON? = nil
    /// Bounds of a whole number narrower than `count`'s (`appraisal.years`: 1 to 60).
    var range: ClosedRange<Int>? = nil
    var description: String

    init(
        _ name: String, _ value: SchemaValue, required: Bool = false, default defaultValue: SchemaJSON? = nil,
        range: ClosedRange<Int>? = nil, _ description: String
    ) {
        self.name = name
        self.value = value
        self.required = required
        self.defaultValue = defaultValue
        self.range = range
        self.description = description
    }
}

/// A mapping of the inventory (a party, a system, an option, …) as `$defs` names it.
struct SchemaDefinition: Sendable {
    var name: String
    var description: String
    var keys: [SchemaKey]
}

/// SPEC 1.2 §2 as a table: every section, mapping and key, in the order the specification
/// gives them. `InventorySchema` turns it into JSON Schema; nothing else is hand-written.
enum SchemaTable {
    static func names<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [String] where E.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    /// The sections of a file: (section, the mapping each list element is, description).
    static let sections: [(name: String, definition: String, description: String)] = [
        ("estate", "estate", "The estate as a whole. Appears at most once in the whole inventory."),
        ("parties", "party", "The organisations that use the shared estate: councils, trusts, companies."),
        ("areas", "area", "The service areas (Digital, Service Delivery, …), each with a lead party."),
        ("systems", "system", "Items of kind `system`: applications and services."),
        (
            "infrastructure", "infrastructure",
            "Items of kind `infrastructure`: data centres, networks, servers, identity, …"
        ),
        ("contracts", "contract", "Items of kind `contract`: supplier agreements that cover other items."),
        ("data", "data", "Items of kind `data`: data sets."),
        ("teams", "team", "Items of kind `team`: people, counted in FTE."),
        ("options", "option", "Disaggregation options: which areas or items are split, for which parties."),
    ]

    /// Keys every item kind has (SPEC §2.4).
    static let itemKeys: [SchemaKey] = [
        SchemaKey(
            "id", .id, required: true,
            "Unique id across parties, areas, items and options; matches [A-Za-z0-9][A-Za-z0-9._-]*."),
        SchemaKey("name", .text, required: true, "Display name."),
        SchemaKey("area", .reference("area"), required: true, "The id of the service area the item belongs to."),
        SchemaKey("lead", .reference("party"), "The party that runs it today. Default: the area's lead."),
        SchemaKey(
            "users", .either([.list(.reference("party")), .byID(.share)]),
            "Who uses it directly: a list of party ids, or a map party → share % (shares sum to 100)."),
        SchemaKey(
            "dependsOn", .list(.either([.reference("item"), .defined("dependency")])),
            "What it needs to work: item ids, or mappings {id, via, severCost, note} (SPEC §2.5)."),
        SchemaKey("contracts", .list(.reference("contract")), "Contracts that cover it (contract ids)."),
        SchemaKey("criticality", .choice(names(Criticality.self)), default: "medium", "How critical the item is."),
        SchemaKey("annualCost", .amount, "Recurring cost per year (≥ 0)."),
        SchemaKey("split", .defined("split"), "How the item can be separated, and what that costs."),
        SchemaKey("owner", .text, "Who owns it."),
        SchemaKey("notes", .text, "Free notes."),
        SchemaKey("tags", .list(.text), "Free labels."),
    ]

    static let definitions: [SchemaDefinition] = [
        SchemaDefinition(
            name: "estate", description: "The estate (SPEC §2.1): its name, currency, date and defaults.",
            keys: [
                SchemaKey("name", .text, required: true, "The estate's name."),
                SchemaKey("currency", .currency, default: "GBP", "ISO 4217 code, for display."),
                SchemaKey(
                    "asOf", .date,
                    "The date the inventory describes (YYYY-MM-DD); `contract-expired` uses it, and it is the default start of an option's roadmap."
                ),
                SchemaKey(
                    "defaults", .defined("defaults"),
                    "Defaults for items and dependencies that give no value of their own."),
                SchemaKey(
                    "appraisal", .defined("appraisal"),
                    "How the business case (`cleave case`, SPEC §4.7) is appraised: years, discount rate, optimism bias."
                ),
                SchemaKey(
                    "rules", .keys(RuleRegistry.ids, .choice(names(Severity.self))),
                    "Severity overrides for validation rules: rule id → error, warning or off."),
            ]),
        SchemaDefinition(
            name: "defaults", description: "Estate-wide defaults (SPEC §2.1).",
            keys: [
                SchemaKey(
                    "duplicateCost", .amount, default: 1,
                    "One-off cost to duplicate an item that gives no `split.oneOffCost` (≥ 0)."),
                SchemaKey(
                    "severCost", .amount,
                    "Cost to re-engineer a dependency that gives no `severCost` (≥ 0). Default: none (cannot sever)."),
                SchemaKey(
                    "splitMonths", .count, default: 3,
                    "Months of work to separate an item that gives no `split.months` (whole number ≥ 0; SPEC §4.6)."),
            ]),
        SchemaDefinition(
            name: "appraisal", description: "How a business case is appraised (SPEC 1.2 §2.1, §4.7).",
            keys: [
                SchemaKey(
                    "years", .count, default: 10, range: Appraisal.allowedYears,
                    "Length of the business case, in years from the option's start (whole number from 1 to 60)."),
                SchemaKey(
                    "discountRate", .share, default: .number(3.5),
                    "Real discount rate a year, in percent (0 to 100; HM Treasury Green Book's STPR is 3.5)."),
                SchemaKey(
                    "optimismBias", .amount, default: 0,
                    "Uplift on every one-off cost, in percent (≥ 0; Green Book optimism bias)."),
            ]),
        SchemaDefinition(
            name: "party", description: "A party (SPEC §2.2): an organisation that uses the shared estate.",
            keys: [
                SchemaKey(
                    "id", .id, required: true,
                    "Unique id across parties, areas, items and options; matches [A-Za-z0-9][A-Za-z0-9._-]*."),
                SchemaKey("name", .text, required: true, "Display name."),
                SchemaKey(
                    "kind", .choice(names(PartyKind.self)), default: "council", "What sort of organisation it is."),
            ]),
        SchemaDefinition(
            name: "area", description: "A service area (SPEC §2.3) with a lead party.",
            keys: [
                SchemaKey(
                    "id", .id, required: true,
                    "Unique id across parties, areas, items and options; matches [A-Za-z0-9][A-Za-z0-9._-]*."),
                SchemaKey("name", .text, required: true, "Display name."),
                SchemaKey("lead", .reference("party"), required: true, "The party that leads the area."),
                SchemaKey(
                    "arrangement", .choice(names(Arrangement.self)), default: "lead",
                    "How the area is run for the other parties."),
                SchemaKey(
                    "inScope", .flag, default: true,
                    "false: no option may split it, as with a separately governed arrangement."),
                SchemaKey("notes", .text, "Free notes."),
            ]),
        SchemaDefinition(name: "system", description: "A system (SPEC §2.4).", keys: itemKeys),
        SchemaDefinition(
            name: "infrastructure", description: "Infrastructure (SPEC §2.4).",
            keys: itemKeys + [
                SchemaKey("type", .choice(names(InfrastructureType.self)), "What sort of infrastructure it is.")
            ]),
        SchemaDefinition(
            name: "contract", description: "A contract (SPEC §2.4): covers the items that list it under `contracts`.",
            keys: itemKeys + [
                SchemaKey("supplier", .text, required: true, "The supplier."),
                SchemaKey(
                    "parties", .list(.reference("party")), "The signatories (party ids); they count as direct users."),
                SchemaKey("start", .date, "When the contract starts (YYYY-MM-DD)."),
                SchemaKey(
                    "end", .date,
                    "When the contract ends (YYYY-MM-DD, not before start): its release date. None: open-ended."),
                SchemaKey("noticeMonths", .count, default: 0, "Months of notice to leave at `end` (whole number ≥ 0)."),
                SchemaKey("assignable", .flag, default: false, "Whether it can be novated or split by agreement."),
            ]),
        SchemaDefinition(
            name: "data", description: "A data set (SPEC §2.4).",
            keys: itemKeys + [
                SchemaKey("personal", .flag, "Whether it holds personal data."),
                SchemaKey("classification", .text, "Its security classification."),
            ]),
        SchemaDefinition(
            name: "team", description: "A team (SPEC §2.4).",
            keys: itemKeys + [
                SchemaKey("fte", .amount, "Full-time equivalents (≥ 0)."),
                SchemaKey("employer", .reference("party"), "The party that employs the team. Default: its lead."),
            ]),
        SchemaDefinition(
            name: "split", description: "How an item can be separated (SPEC §2.4).",
            keys: [
                SchemaKey(
                    "strategy", .choice(names(SplitStrategy.self)), default: "clone",
                    "How it can be separated; `none`: it cannot be."),
                SchemaKey(
                    "oneOffCost", .amount,
                    "One-off cost of giving one more bloc its own instance (≥ 0). Default: the estate's `defaults.duplicateCost`."
                ),
                SchemaKey(
                    "annualCostPerInstance", .amount,
                    "Recurring cost of each extra instance (≥ 0). Default: `annualCost`."),
                SchemaKey(
                    "months", .count,
                    "Months of work to give a bloc its own instance, or to move the item (whole number ≥ 0). Default: the estate's `defaults.splitMonths`."
                ),
            ]),
        SchemaDefinition(
            name: "dependency", description: "A dependency with details (SPEC §2.5).",
            keys: [
                SchemaKey("id", .reference("item"), required: true, "The item depended on."),
                SchemaKey("via", .choice(names(Via.self)), default: "other", "What the dependency is."),
                SchemaKey("severCost", .amount, "The cost of re-engineering the dependency away (≥ 0)."),
                SchemaKey("note", .text, "A note."),
            ]),
        SchemaDefinition(
            name: "option", description: "A disaggregation option (SPEC §2.6).",
            keys: [
                SchemaKey(
                    "id", .id, required: true,
                    "Unique id across parties, areas, items and options; matches [A-Za-z0-9][A-Za-z0-9._-]*."),
                SchemaKey("name", .text, required: true, "Display name."),
                SchemaKey("description", .text, "What the option means."),
                SchemaKey(
                    "separate", .list(.reference("party")),
                    "The parties that leave the shared arrangement. Default: every party."),
                SchemaKey(
                    "default", .choice(names(Disposition.self)), default: "shared",
                    "Disposition of in-scope areas not named under `areas`."),
                SchemaKey("areas", .byID(.choice(names(Disposition.self))), "Area id → shared or split."),
                SchemaKey(
                    "items", .byID(.choice(names(Disposition.self))), "Item id → shared or split: per-item overrides."),
                SchemaKey("targetDate", .date, "When the split should be complete (YYYY-MM-DD)."),
                SchemaKey(
                    "startDate", .date, "When separation work starts (YYYY-MM-DD). Default: the estate's `asOf`."),
                SchemaKey(
                    "transition", .defined("transition"),
                    "What the parties agree for the transition: stranded-cost compensation (SPEC §4.7)."),
            ]),
        SchemaDefinition(
            name: "transition", description: "What the parties agree for an option's transition (SPEC 1.2 §2.6).",
            keys: [
                SchemaKey(
                    "strandedShare", .share, default: 0,
                    "Share of the keeping bloc's stranded cost of each item that the separated blocs pay it after the item is cut over, in percent (0 to 100)."
                ),
                SchemaKey(
                    "strandedMonths", .count, default: 0,
                    "For how many months after each item's cut-over that share is paid (whole number ≥ 0)."),
            ]),
    ]
}
