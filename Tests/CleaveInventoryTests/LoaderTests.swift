import CleaveCore
import CleaveInventory
import Testing

/// SPEC §2, key by key: what is read, and what each default is.
struct LoaderTests {
    static let full = """
        estate:
          name: Shared Estate
          currency: EUR
          asOf: 2026-11-01
          defaults: {duplicateCost: 5000, severCost: 750.5}
          rules: {orphan: warning}
        parties:
          - {id: A, name: Alpha, kind: trust}
          - {id: B, name: Beta}
        areas:
          - {id: ar, name: Area, lead: A, arrangement: hosted, inScope: false, notes: Hosted for two years}
          - {id: br, name: Other, lead: B}
        systems:
          - id: crm
            name: "CRM: \\"the\\" one"
            area: ar
            lead: B
            users: {A: 25, B: 75}
            dependsOn:
              - db
              - {id: host, via: hosting, severCost: 1200, note: moves with it}
            contracts: [c1]
            criticality: critical
            annualCost: 12_000
            split: {strategy: partition, oneOffCost: 30000, annualCostPerInstance: 4000}
            owner: Head of CRM
            notes: Customised
            tags: [crm, customer]
          - {id: db, name: DB, area: br, users: [A, B]}
        infrastructure:
          - {id: host, name: Host, area: br, type: server}
        contracts:
          - {id: c1, name: CRM licence, area: ar, supplier: Acme, parties: [A], start: 2024-02-29, end: 2028-03-31, noticeMonths: 6, assignable: true}
        data:
          - {id: d1, name: Records, area: ar, users: [A], personal: true, classification: OFFICIAL-SENSITIVE}
        teams:
          - {id: t1, name: Team, area: br, users: [B], fte: 4.5, employer: A}
        options:
          - id: o1
            name: Option one
            description: Split the area
            separate: [A]
            default: split
            areas: {br: shared}
            items: {crm: split}
            targetDate: 2027-03-31
          - {id: o2, name: Option two}
        """

    let estate: Estate
    let findings: [Finding]

    init() {
        let loaded = InventoryLoader.load(text: Self.full)
        estate = loaded.estate
        findings = loaded.findings
    }

    func item(_ id: String) throws -> Item { try #require(estate.items.first { $0.id == id }) }

    @Test func readsWithoutFindings() { #expect(findings.map(\.message) == []) }

    @Test func estateKeys() {
        #expect(estate.name == "Shared Estate")
        #expect(estate.currency == "EUR")
        #expect(estate.asOf == Day(year: 2026, month: 11, day: 1))
        #expect(estate.defaultDuplicateCost == 5000)
        #expect(estate.defaultSeverCost == 750.5)
        #expect(estate.ruleSeverities == ["orphan": .warning])
        #expect(estate.location == SourceLocation(file: "inventory.yaml", line: 2, column: 3))
    }

    @Test func estateDefaults() {
        let e = InventoryLoader.load(text: "estate: {name: E}\n").estate
        #expect(e.currency == "GBP")
        #expect(e.asOf == nil)
        #expect(e.defaultDuplicateCost == 1)
        #expect(e.defaultSeverCost == nil)
    }

    @Test func partiesAndAreas() {
        #expect(estate.parties.map(\.id) == ["A", "B"])
        #expect(estate.parties.map(\.kind) == [.trust, .council])
        let ar = estate.areas[0], br = estate.areas[1]
        #expect(ar.lead.id == "A" && ar.arrangement == .hosted && !ar.inScope && ar.notes == "Hosted for two years")
        #expect(br.arrangement == .lead && br.inScope && br.notes == nil)
        #expect(ar.lead.location == SourceLocation(file: "inventory.yaml", line: 11, column: 32))
    }

    @Test func commonItemKeys() throws {
        let crm = try item("crm")
        #expect(crm.kind == .system)
        #expect(crm.name == "CRM: \"the\" one")
        #expect(crm.area.id == "ar" && crm.lead?.id == "B")
        #expect(crm.users.map(\.party.id) == ["A", "B"] && crm.users.map(\.share) == [25, 75])
        #expect(crm.dependsOn.map(\.target.id) == ["db", "host"])
        #expect(crm.dependsOn[0].via == .other && crm.dependsOn[0].severCost == nil)
        #expect(
            crm.dependsOn[1].via == .hosting && crm.dependsOn[1].severCost == 1200
                && crm.dependsOn[1].note == "moves with it")
        #expect(crm.contracts.map(\.id) == ["c1"])
        #expect(crm.criticality == .critical)
        #expect(crm.annualCost == 12000)
        #expect(crm.split == SplitSpec(strategy: .partition, oneOffCost: 30000, annualCostPerInstance: 4000))
        #expect(crm.owner == "Head of CRM" && crm.notes == "Customised" && crm.tags == ["crm", "customer"])
        #expect(crm.locations["annualCost"] == SourceLocation(file: "inventory.yaml", line: 24, column: 17))
        #expect(crm.dependsOn[1].target.location == SourceLocation(file: "inventory.yaml", line: 21, column: 14))
    }

    @Test func itemDefaults() throws {
        let db = try item("db")
        #expect(db.lead == nil)  // the area's lead, resolved by the analyses
        #expect(db.users.map(\.share) == [nil, nil])
        #expect(db.dependsOn.isEmpty && db.contracts.isEmpty && db.tags.isEmpty)
        #expect(db.criticality == .medium)
        #expect(db.annualCost == nil)
        #expect(db.split == SplitSpec(strategy: .clone, oneOffCost: nil, annualCostPerInstance: nil))
    }

    @Test func kindSpecificKeys() throws {
        let c1 = try item("c1")
        #expect(c1.kind == .contract && c1.supplier == "Acme" && c1.parties.map(\.id) == ["A"])
        #expect(c1.start == Day("2024-02-29") && c1.end == Day("2028-03-31"))
        #expect(c1.noticeMonths == 6 && c1.assignable)
        #expect(c1.releaseDate == Day("2028-03-31") && c1.noticeDate == Day("2027-09-30"))
        #expect(try item("host").type == .server)
        let d1 = try item("d1")
        #expect(d1.personal == true && d1.classification == "OFFICIAL-SENSITIVE")
        let t1 = try item("t1")
        #expect(t1.fte == 4.5 && t1.employer?.id == "A")
    }

    @Test func contractDefaults() {
        let yaml = "estate: {name: E}\ncontracts: [{id: c, name: C, area: a, supplier: S}]\n"
        let c = InventoryLoader.load(text: yaml).estate.items[0]
        #expect(c.noticeMonths == 0 && !c.assignable && c.parties.isEmpty && c.end == nil && c.releaseDate == nil)
    }

    @Test func options() {
        let o1 = estate.options[0], o2 = estate.options[1]
        #expect(o1.name == "Option one" && o1.description == "Split the area")
        #expect(o1.separate?.map(\.id) == ["A"])
        #expect(o1.defaultDisposition == .split)
        #expect(o1.areas.map(\.area.id) == ["br"] && o1.areas.map(\.disposition) == [.shared])
        #expect(o1.items.map(\.item.id) == ["crm"] && o1.items.map(\.disposition) == [.split])
        #expect(o1.targetDate == Day("2027-03-31"))
        #expect(o2.separate == nil && o2.defaultDisposition == .shared && o2.areas.isEmpty && o2.targetDate == nil)
    }

    @Test func sectionsFromSeveralFilesAreReadInSortedPathOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/systems.yaml", "systems: [{id: s2, name: S2, area: ar, users: [A]}]\n")
        try folder.write(
            "a.yml",
            "estate: {name: E}\nparties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\nsystems: [{id: s1, name: S1, area: ar, users: [A]}]\n"
        )
        try folder.write("notes.txt", "not yaml")
        let loaded = try InventoryLoader.load(path: folder.path)
        #expect(loaded.findings.isEmpty)
        #expect(loaded.estate.items.map(\.id) == ["s1", "s2"])
        #expect(loaded.estate.files.map { String($0.dropFirst(folder.path.count + 1)) } == ["a.yml", "b/systems.yaml"])
    }

    @Test func estateTwiceIsAnError() {
        let yaml = "estate: {name: E}\n"
        var estate = Estate()
        _ = InventoryLoader.load(data: .init(yaml.utf8), file: "one.yaml", into: &estate)
        let second = InventoryLoader.load(data: .init(yaml.utf8), file: "two.yaml", into: &estate)
        #expect(
            second.map(\.message) == [
                "`estate` is given more than once (first at one.yaml:1:9); give it in one file only"
            ])
    }

    @Test(arguments: [
        (
            "systems: [{id: s, name: S, area: a, criticality: urgent}]",
            "criticality: 'urgent' is not one of low, medium, high, critical"
        ),
        (
            "systems: [{id: s, name: S, area: a, split: {strategy: cloned}}]",
            "strategy: 'cloned' is not one of clone, reprocure, partition, transfer, retire, none; did you mean 'clone'?"
        ),
        (
            "systems: [{id: s, name: S, area: a, annualCost: \"100\"}]",
            "annualCost: expected a number ≥ 0, found the string \"100\""
        ),
        ("systems: [{id: s, name: S, area: a, annualCost: -1}]", "annualCost: expected a number ≥ 0, found '-1'"),
        (
            "systems: [{id: s, name: S, area: a, annualCost: 1e400}]",
            "annualCost: '1e400' is too large to be a cost or count"
        ),
        ("systems: [{id: s, name: S, area: a, annualCost: .inf}]", "annualCost: expected a number ≥ 0, found '.inf'"),
        ("systems: [{id: s, name: S, area: a, tags: crm}]", "tags: expected a list, found 'crm'"),
        (
            "systems: [{id: s, name: S, area: a, dependsOn: [{id: x, via: wifi}]}]",
            "via: 'wifi' is not one of hosting, integration, data, identity, network, licence, support, other"
        ),
        (
            "contracts: [{id: c, name: C, area: a, supplier: S, noticeMonths: 1.5}]",
            "noticeMonths: expected a whole number ≥ 0, found '1.5'"
        ),
        (
            "contracts: [{id: c, name: C, area: a, supplier: S, assignable: yes}]",
            "assignable: expected true or false, found 'yes'"
        ),
        ("contracts: [{id: c, name: C, area: a}]", "a contract is missing required key 'supplier'"),
        ("teams: [{id: t, name: T, area: a, type: server}]", "unknown key 'type' in a team"),
        ("parties: [{id: P, name: P, kind: charity}]", "kind: 'charity' is not one of council, trust, company, other"),
        ("options: [{id: o, name: O, default: divided}]", "default: 'divided' is not one of shared, split"),
        ("systems: {id: s}", "systems: expected a list, found a mapping"),
        ("estate: {name: E, currency: pounds}", "currency: 'pounds' is not an ISO 4217 code such as GBP or EUR"),
        ("- just\n- a list", "an inventory file: expected a mapping of keys (estate, parties, areas, …), found a list"),
    ])
    func schemaProblems(_ yaml: String, _ message: String) {
        let text = yaml.hasPrefix("estate") || yaml.hasPrefix("-") ? yaml : "estate: {name: E}\n" + yaml
        let findings = InventoryLoader.load(text: text).findings
        #expect(findings.map(\.message).contains(message), "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.severity == .error })
    }
}
