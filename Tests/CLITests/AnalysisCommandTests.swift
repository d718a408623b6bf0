import Foundation
import Testing

extension CLIRunner {
    /// The fixtures folder of these tests.
    static let fixtures = packageRoot.appendingPathComponent("Tests/CLITests/Fixtures")
}

/// End-to-end runs of the analysis commands on the council fixture
/// (Fixtures/Council/Inventory): two councils, A and B, sharing a finance service.
/// Every figure below is worked out by hand in the comments.
@Suite("Analysis commands, end to end")
struct AnalysisCommandTests {
    let inventory = CLIRunner.fixtures.appendingPathComponent("Council/Inventory").path

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + [inventory, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("entanglement: needs, direct, drag and the summary")
    func entanglement() throws {
        let object = try json(["entanglement"])
        #expect(object["schemaVersion"] as? Int == 1)
        let items = try #require(object["items"] as? [[String: Any]])
        // Sorted by id. lic is signed by A alone, but ledger (used by A and B) needs it.
        #expect(items.map { $0["id"] as? String } == ["hosting", "ledger", "lic", "payroll", "payroll-team", "portal"])
        let lic = items[2]
        #expect(lic["needs"] as? [String] == ["A", "B"] && lic["direct"] as? [String] == ["A"])
        #expect(lic["entangled"] as? Bool == true && lic["lead"] as? String == "A")
        // payroll reaches ledger, hosting and lic: all three entangled.
        #expect(items[3]["drag"] as? Int == 3 && items[3]["entangled"] as? Bool == false)
        #expect(object["summary"] as? [String: Int] == ["items": 6, "entangled": 3, "exclusive": 3, "unused": 0])
    }

    @Test("entanglement filters and --top")
    func entanglementFilters() throws {
        // By hold (the default): hosting and lic hold 2 (themselves and ledger, which
        // depends on them), ledger 1; listed by id in JSON.
        let hubs = try json(["entanglement", "--top", "3"])
        #expect((hubs["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["hosting", "ledger", "lic"])
        let top = try json(["entanglement", "--top", "3", "--sort", "drag"])
        // Drag 3: ledger, payroll, payroll-team; listed by id in JSON.
        #expect(
            (top["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["ledger", "payroll", "payroll-team"])
        // The summary describes the whole selection, not just the three shown.
        #expect(top["summary"] as? [String: Int] == ["items": 6, "entangled": 3, "exclusive": 3, "unused": 0])
        let shown = try CLIRunner.run(["entanglement", inventory, "--top", "3"])
        #expect(shown.stdout.contains("Showing 3 of 6 items: 3 entangled, 3 exclusive, 0 unused."))
        let filtered = try json(["entanglement", "--party", "A", "--area", "dig", "--entangled-only"])
        #expect((filtered["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["hosting"])
        let table = try CLIRunner.run(["entanglement", inventory, "--kind", "contract"])
        #expect(table.stdout.contains("lic ") && !table.stdout.contains("ledger"))
        #expect(table.stdout.contains("1 item: 1 entangled, 0 exclusive, 0 unused."))
    }

    @Test("options: every figure of the three options")
    func options() throws {
        let object = try json(["options"])
        let options = try #require(object["options"] as? [[String: Any]])
        #expect(options.map { $0["id"] as? String } == ["b-leaves", "full-split", "status-quo"])
        let leaves = options[0]
        // B leaves, finance splits: ledger and lic duplicated (100 + 10); payroll and its team
        // move to B. B's ledger still depends on hosting, which A runs: one tie. No target
        // date, so lic (released at its end, 2027-06-30) is measured against asOf 2025-01-01: a lock.
        #expect(leaves["separate"] as? [String] == ["B"])
        #expect(leaves["duplicated"] as? Int == 2 && leaves["transferred"] as? Int == 2)
        #expect(leaves["oneOffCost"] as? Double == 110 && leaves["recurringDelta"] as? Double == 30)
        #expect(leaves["fteAffected"] as? Double == 2.5 && leaves["ties"] as? Int == 1)
        #expect(
            leaves["blockers"] as? [String: Int] == ["total": 1, "unsplittable": 0, "contractLock": 1, "conflict": 0])
        #expect(leaves["entangledBefore"] as? Int == 3 && leaves["entangledAfter"] as? Int == 1)
        #expect(leaves["cleanliness"] as? Double == 0.75 && leaves["completionDate"] as? String == "2027-06-30")
        // B's cheapest separation within what the option splits (SPEC 1.1 §4.4): ledger 100 +
        // lic 10. hosting stays shared, so ledger → hosting is left out and needs no severing
        // (the whole-estate plan pays 40 for it: 150).
        #expect((leaves["plans"] as? [[String: Any]])?.first?["cost"] as? Double == 110)
        let full = options[1]
        #expect(full["oneOffCost"] as? Double == 160 && full["separation"] as? Double == 1)
        #expect((full["plans"] as? [[String: Any]])?.map { $0["bloc"] as? String } == ["A", "B"])
        let quo = options[2]
        #expect(quo["duplicated"] as? Int == 0 && quo["separation"] as? Double == 0 && quo["completionDate"] is NSNull)
    }

    @Test("options table: side by side, with the yardstick")
    func optionsTable() throws {
        let result = try CLIRunner.run(["options", inventory])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("One-off cost") && $0.contains("£110") && $0.contains("£160") })
        // 110 / 110 and 160 / 150, each against its own option-scoped plans.
        #expect(lines.contains { $0.hasPrefix("vs cheapest") && $0.contains("1.0×") && $0.contains("1.1×") })
        #expect(lines.contains { $0.hasPrefix("Separation") && $0.contains("67%") && $0.contains("100%") })
    }

    @Test("options --compare-with: each figure's difference from the baseline")
    func optionsCompared() throws {
        // By default the status quo, the one option that splits nothing, is the baseline.
        let table = try CLIRunner.run(["options", inventory, "--option", "b-leaves", "--option", "full-split"])
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Compared with") && $0.contains("status-quo") })
        #expect(lines.contains { $0.hasPrefix("One-off cost") && $0.contains("£110 (+£110)") })
        // Against b-leaves: full-split duplicates one item more, for £50 more, and separates
        // the one entangled item b-leaves leaves shared (33 points).
        let object = try json(["options", "--compare-with", "b-leaves"])
        #expect(object["comparedWith"] as? String == "b-leaves")
        let options = try #require(object["options"] as? [[String: Any]])
        #expect(options[0]["differences"] == nil, "the baseline has no differences of its own")
        let full = try #require(options[1]["differences"] as? [String: Any])
        #expect(full["duplicated"] as? Int == 1 && full["oneOffCost"] as? Double == 50)
        #expect(full["entangledAfter"] as? Int == -1 && full["ties"] as? Int == -1)
        let none = try CLIRunner.run(["options", inventory, "--compare-with", "none"])
        #expect(!none.stdout.contains("Compared with") && !none.stdout.contains("(+"))
        let typo = try CLIRunner.run(["options", inventory, "--compare-with", "b-laeves"])
        #expect(typo.status == 2 && typo.stderr.contains("did you mean 'b-leaves'?"), "\(typo.stderr)")
    }

    @Test("blockers: SPEC §5 JSON, and --fail-on-blockers exits 1")
    func blockers() throws {
        let object = try json(["blockers", "--option", "full-split"])
        #expect(object["option"] as? String == "full-split")
        let blockers = try #require(object["blockers"] as? [[String: Any]])
        #expect(blockers.count == 1)
        #expect(blockers[0]["kind"] as? String == "contract-lock" && blockers[0]["item"] as? String == "lic")
        #expect(
            blockers[0]["related"] as? [String] == ["ledger"] && blockers[0]["releaseDate"] as? String == "2027-06-30")
        let gate = try CLIRunner.run(["blockers", inventory, "--option", "full-split", "--fail-on-blockers"])
        #expect(gate.status == 1)
        let clean = try CLIRunner.run(["blockers", inventory, "--option", "status-quo", "--fail-on-blockers"])
        #expect(clean.status == 0 && clean.stdout.contains("0 blockers; 0 ties still bind."))
        let ties = try CLIRunner.run(["blockers", inventory, "--option", "b-leaves", "--group-by", "area"])
        #expect(ties.stdout.contains("Area fin") && ties.stdout.contains("B     ledger  hosting     rest"))
    }

    @Test("plan: the cheapest separation of B, and of each bloc of an option")
    func plan() throws {
        let object = try json(["plan", "--separate", "B"])
        #expect(object["bloc"] as? String == "B" && object["parties"] as? [String] == ["B"])
        #expect(object["cost"] as? Double == 150 && object["feasible"] as? Bool == true)
        #expect(object["duplicate"] as? [String] == ["ledger", "lic"])
        #expect(object["moveToBloc"] as? [String] == ["payroll", "payroll-team"])
        #expect(object["sever"] as? [[String: String]] == [["from": "ledger", "to": "hosting", "side": "bloc"]])
        let option = try json(["plan", "--option", "full-split"])
        let plans = try #require(option["plans"] as? [[String: Any]])
        // A keeps hosting and portal; the others sever their ledger from hosting instead.
        #expect(plans.map { $0["bloc"] as? String } == ["A", "B"])
        #expect(plans[0]["moveToBloc"] as? [String] == ["hosting", "portal"])
        #expect(plans[0]["sever"] as? [[String: String]] == [["from": "ledger", "to": "hosting", "side": "others"]])
    }

    @Test("impact: with the item alone, the inventory is ./Inventory")
    func impact() throws {
        let result = try CLIRunner.run(
            ["impact", "payroll", "--format", "csv"],
            in: CLIRunner.fixtures.appendingPathComponent("Council"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                direction,id,kind,area,depth,direct\r
                dependent,payroll-team,team,fin,1,B\r
                dependency,hosting,infrastructure,dig,2,\r
                dependency,ledger,system,fin,1,A B\r
                dependency,lic,contract,fin,2,A\r

                """)
    }

    @Test("Every command and format gives byte-identical output on a second run")
    func deterministic() throws {
        let commands = [
            ["entanglement"], ["entanglement", "--matrix"], ["options"], ["blockers", "--option", "b-leaves"],
            ["plan", "--option", "full-split"], ["impact", "ledger"],
        ]
        for command in commands {
            for format in ["table", "markdown", "csv", "json"] {
                let arguments = [command[0], inventory] + command.dropFirst() + ["--format", format]
                let first = try CLIRunner.run(arguments)
                let second = try CLIRunner.run(arguments)
                #expect(first.status == 0 && !first.stdout.isEmpty, "\(command) \(format): \(first.stderr)")
                #expect(first.stdout == second.stdout)
            }
        }
    }

    @Test("Unknown ids and bad usage exit 2 with a suggestion")
    func badUsage() throws {
        let option = try CLIRunner.run(["blockers", inventory, "--option", "full-splt"])
        #expect(option.status == 2 && option.stderr.contains("did you mean 'full-split'?"))
        let party = try CLIRunner.run(["plan", inventory, "--separate", "b"])
        #expect(party.status == 2 && party.stderr.contains("no party has the id 'b'; did you mean 'B'?"))
        let neither = try CLIRunner.run(["plan", inventory])
        #expect(neither.status == 2)
        let item = try CLIRunner.run(["impact", inventory, "ledgr"])
        #expect(item.status == 2 && item.stderr.contains("did you mean 'ledger'?"))
        let missing = try CLIRunner.run(["options", "no-such-folder"])
        #expect(missing.status == 2)
    }
}

/// An estate whose ERP cannot be split but both councils use: no full separation exists.
@Suite("Unsplittable shared items, end to end")
struct UnsplittableCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write(
            "estate.yaml",
            """
            estate: {name: Tiny, defaults: {duplicateCost: 10}}
            parties: [{id: A, name: A}, {id: B, name: B}]
            areas: [{id: core, name: Core, lead: A}]
            systems:
              - {id: erp, name: ERP, area: core, users: [A, B], split: {strategy: none}}
              - {id: app, name: App, area: core, users: [B], dependsOn: [{id: erp, severCost: 7}]}
              - {id: web, name: Web, area: core, users: [A, B], split: {oneOffCost: 4}}
            options:
              - {id: b-leaves, name: B leaves, separate: [B], default: split}
            """)
    }

    @Test("plan: infeasible, naming the ERP; with --share-unsplittable, the rest is priced")
    func plan() throws {
        let strict = try CLIRunner.run(["plan", folder.path, "--separate", "B"])
        #expect(strict.status == 0)
        #expect(strict.stdout.contains("Infeasible") && strict.stdout.contains("unsplittable  erp"))
        let json = try CLIRunner.run(["plan", folder.path, "--separate", "B", "--format", "json"])
        #expect(json.stdout.contains("\"cost\": null") && json.stdout.contains("\"feasible\": false"))
        // Sharing the ERP: web is duplicated (4); app is B's alone and keeps its link to the ERP.
        let sharing = try CLIRunner.run([
            "plan", folder.path, "--separate", "B", "--share-unsplittable", "--format", "json",
        ])
        #expect(
            sharing.stdout == """
                {
                  "schemaVersion": 1,
                  "bloc": "B",
                  "parties": [
                    "B"
                  ],
                  "cost": 4,
                  "feasible": true,
                  "duplicate": [
                    "web"
                  ],
                  "moveToBloc": [
                    "app"
                  ],
                  "shared": [
                    "erp"
                  ],
                  "sever": [],
                  "assumptions": {
                    "defaultDuplicateCost": 10,
                    "duplicated": 1,
                    "duplicatedAtDefault": 0,
                    "defaultSeverCost": null,
                    "severed": 0,
                    "severedAtDefault": 0
                  }
                }

                """)
    }

    @Test("options: the yardstick falls back to sharing; blockers fail the gate")
    func options() throws {
        let table = try CLIRunner.run(["options", folder.path])
        // One-off: erp (default 10, though it cannot happen) + web 4 = 14; 14 / 4 = 3.5.
        #expect(table.stdout.contains("infeasible") && table.stdout.contains("3.5× (sharing)"))
        let gate = try CLIRunner.run(["blockers", folder.path, "--option", "b-leaves", "--fail-on-blockers"])
        #expect(gate.status == 1 && gate.stdout.contains("unsplittable  erp"))
    }
}
