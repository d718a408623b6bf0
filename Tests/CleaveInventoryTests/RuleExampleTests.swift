import CleaveCore
import Testing

@testable import CleaveInventory

/// Every rule's own examples: the triggering ones give exactly the findings written beside
/// them (message and line:column), the others give none of that rule.
struct RuleExampleTests {
    static let ruleIDs = RuleRegistry.ids

    static func findings(_ yaml: String, rule: String) -> [String] {
        Validator.validate(InventoryLoader.load(text: yaml))
            .filter { $0.rule == rule }
            .map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test(arguments: ruleIDs)
    func triggeringExamplesGiveTheirFindings(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id))
        #expect(!rule.triggering.isEmpty, "every rule shows at least one triggering example")
        for example in rule.triggering {
            #expect(Self.findings(example.yaml, rule: id) == example.expected, "\(example.yaml)")
        }
    }

    @Test(arguments: ruleIDs)
    func nonTriggeringExamplesAreClean(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id))
        #expect(!rule.nonTriggering.isEmpty)
        for yaml in rule.nonTriggering {
            #expect(Self.findings(yaml, rule: id) == [], "\(yaml)")
            // The clean examples are clean for every error rule, so they show good style.
            let errors = Validator.validate(InventoryLoader.load(text: yaml)).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.message))")
        }
    }

    @Test func ruleIDsAreUniqueAndDocumented() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for rule in RuleRegistry.rules {
            #expect(!rule.summary.isEmpty && rule.summary.hasSuffix("."), "\(rule.id)")
        }
        // SPEC §3 names at least these.
        let spec = [
            "yaml-syntax", "schema", "duplicate-id", "invalid-id", "unknown-reference", "wrong-reference-kind",
            "self-dependency", "invalid-shares", "invalid-dates", "option-out-of-scope", "dependency-cycle",
            "orphan", "contract-expired", "unused-contract",
        ]
        #expect(Set(spec).isSubset(of: Set(Self.ruleIDs)))
    }

    @Test func severityOverridesFromTheEstate() {
        let yaml = """
            estate:
              name: Example
              rules: {orphan: off, unused-contract: error}
            parties: [{id: A, name: Alpha}]
            areas: [{id: ar, name: Area, lead: A}]
            systems: [{id: lonely, name: Lonely, area: ar}]
            contracts: [{id: c1, name: C1, area: ar, supplier: S, parties: [A]}]
            """
        let findings = Validator.validate(InventoryLoader.load(text: yaml))
        #expect(findings.map(\.rule) == ["unused-contract"])
        #expect(findings.first?.severity == .error)
    }

    @Test func unknownRuleInEstateRulesIsASchemaErrorWithSuggestion() {
        let yaml = "estate: {name: E, rules: {orphans: off}}\n"
        let findings = Validator.validate(InventoryLoader.load(text: yaml))
        #expect(findings.map(\.message) == ["unknown key 'orphans' in estate rules; did you mean 'orphan'?"])
        #expect(findings.first?.suggestion == "orphan")
    }
}

/// `default-cost` is off by default: it runs only when the estate turns it on.
struct DefaultCostRuleTests {
    static let body = """
        parties: [{id: A, name: Alpha}]
        areas: [{id: ar, name: Area, lead: A}]
        systems: [{id: crm, name: CRM, area: ar, users: [A], dependsOn: [db]}, {id: db, name: DB, area: ar}]
        """

    @Test func offUnlessTurnedOn() {
        let off = Validator.validate(
            InventoryLoader.load(text: "estate: {name: E, defaults: {severCost: 3}}\n" + Self.body))
        #expect(off.filter { $0.rule == "default-cost" }.isEmpty)
        let on = Validator.validate(
            InventoryLoader.load(
                text: "estate: {name: E, currency: EUR, defaults: {severCost: 3}, rules: {default-cost: error}}\n"
                    + Self.body)
        )
        .filter { $0.rule == "default-cost" }
        // crm and db take the default duplication cost (1); crm → db the default sever cost (3).
        #expect(
            on.map { "\($0.location.line):\($0.location.column) \($0.severity)" } == [
                "4:11 error", "4:66 error", "4:72 error",
            ])
        #expect(
            on[1].message
                == "'crm' → 'db' gives no severCost, so severing it is priced at the default sever cost of €3; set its severCost"
        )
    }

    @Test func noSeverDefaultNoSeverFinding() {
        let findings = Validator.validate(
            InventoryLoader.load(text: "estate: {name: E, rules: {default-cost: warning}}\n" + Self.body)
        )
        .filter { $0.rule == "default-cost" }
        #expect(findings.map(\.message).allSatisfy { $0.contains("split.oneOffCost") } && findings.count == 2)
    }
}
