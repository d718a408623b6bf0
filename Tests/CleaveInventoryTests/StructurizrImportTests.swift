import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The Structurizr importer on workspace JSON as structurizr-cli exports it: people, software
/// systems with containers and components, deployment nodes with their children,
/// infrastructure nodes and instances, relationships on each element, and what is skipped.
struct StructurizrImportTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures/Structurizr")!
    }

    static func map(_ json: String, file: String = "workspace.json") throws(UserError) -> (Estate, ImportNotes) {
        let (estate, notes) = try StructurizrImporter.map(Data(json.utf8), file: file)
        return (estate, notes)
    }

    /// One line per item: id, kind, area, users, then each dependency as id/via.
    static func lines(_ estate: Estate) -> [String] {
        estate.items.map { item in
            "\(item.id) \(item.kind.rawValue) \(item.area.id) \(item.users.map(\.party.id)) "
                + item.dependsOn.map { "\($0.target.id)/\($0.via.rawValue)" }.joined(separator: ",")
        }
    }

    static func refusal(_ json: String) -> UserError? {
        do {
            _ = try map(json)
            return nil
        } catch {
            return error
        }
    }

    @Test func mapsAWorkspace() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("mapsAWorkspace.json")))
        let (estate, notes) = try StructurizrImporter.map(data, file: "workspace.json")
        #expect(estate.name == "Revenues and Benefits")
        // People are parties; the enterprise is one too, and leads every area.
        #expect(
            estate.parties.map { "\($0.id) \($0.name)" } == [
                "north-council North Council", "resident Resident", "officer Revenues Officer",
            ])
        #expect(
            estate.areas.map { "\($0.id) \($0.name) \($0.lead.id)" } == [
                "revenues-area Revenues System north-council", "gazetteer-area Gazetteer north-council",
                "live Live north-council", "development Development north-council",
            ])
        #expect(
            Self.lines(estate) == [
                // A software system needs its containers; "uses" relationships are integration.
                "revenues system revenues-area [\"officer\"] "
                    + "revenues.portal/other,revenues.api/other,accounts-database/data,gazetteer/integration",
                // The portal calls a component of the API: the API itself. Its instance is hosted.
                "revenues.portal system revenues-area [\"resident\"] live.dc.app/hosting,revenues.api/integration",
                "revenues.api system revenues-area [] live.dc.app/hosting,accounts-database/data,gazetteer/integration",
                // A container tagged Database is data, hosted where its instance is.
                "accounts-database data revenues-area [] db-server-01/hosting",
                // A software system instance is hosted on its node too.
                "gazetteer system gazetteer-area [] address-server/hosting",
                "live.dc infrastructure live [] ",
                "live.dc.app infrastructure live [] live.dc/hosting",
                "live.dc.app.lb infrastructure live [] live.dc.app/hosting,revenues.portal/integration",
                // The DSL's generated identifier is no id: the name gives one.
                "db-server-01 infrastructure live [] live.dc/hosting",
                "address-server infrastructure development [] ",
            ])
        let byID = Dictionary(uniqueKeysWithValues: estate.items.map { ($0.id, $0) })
        #expect(byID["revenues"]?.tags == ["Core"])
        #expect(byID["revenues"]?.notes == "Council tax and business rates.")
        #expect(byID["gazetteer"]?.tags == ["Existing System"])
        #expect(byID["accounts-database"]?.tags == ["Database"])
        #expect(byID["revenues.portal"]?.dependsOn[1].note == "Makes API calls to (JSON/HTTPS)")
        #expect(byID["revenues.api"]?.dependsOn[1].note == "Reads from and writes to (JDBC)")
        #expect(byID["revenues"]?.dependsOn[3].note == "Gets addresses from")
        #expect(byID["live.dc"]?.type == .datacentre)
        #expect(byID["live.dc.app"]?.type == .server)
        #expect(byID["live.dc.app.lb"]?.type == .network)
        #expect(notes.problems.isEmpty)
        #expect(
            notes.notes == [
                "the enterprise 'North Council' is a party, 'north-council', that leads every area",
                "properties not used: owner, rack",
            ])
        #expect(
            notes.skipped == [
                "Component": 1, "Custom Element": 1, "implied relationship": 3, "instance relationship": 1,
                "relationship to a person": 2, "relationship with a custom element": 1,
            ])
    }

    @Test func brokenReferencesAreReportedWithTheirPlace() throws {
        let (estate, notes) = try Self.map(
            """
            {
              "name": "Small",
              "model": {
                "people": [ { "id": "1", "name": "User", "tags": "Element,Person",
                  "relationships": [ { "id": "9", "sourceId": "1", "destinationId": "2", "description": "Uses" } ] } ],
                "softwareSystems": [
                  { "id": "2", "name": "CRM", "tags": "Element,Software System",
                    "relationships": [
                      { "id": "10", "sourceId": "2", "destinationId": "99", "description": "Calls" },
                      { "id": "11", "sourceId": "77", "destinationId": "3" },
                      { "id": "12", "sourceId": "2" }
                    ] },
                  { "id": "3", "name": "Website", "properties": { "structurizr.dsl.identifier": "web" } },
                  { "id": "3", "name": "Website again" }
                ],
                "deploymentNodes": [
                  { "id": "20", "name": "Server", "environment": "Live", "properties": { "type": "mainframe" },
                    "containerInstances": [ { "id": "21", "containerId": "404" } ],
                    "softwareSystemInstances": [ { "id": "22", "softwareSystemId": "2" } ] }
                ]
              }
            }
            """)
        #expect(
            notes.problems == [
                "workspace.json: model.softwareSystems[2] 'Website again': id '3' is used again (first by model.softwareSystems[1] 'Website'); left out",
                "workspace.json: model.deploymentNodes[0] 'Server': property type: 'mainframe' is not one of datacentre, network, server, storage, identity, tenant, telephony, endpoint, security, platform, other; read as server",
                "workspace.json: model.deploymentNodes[0].containerInstances[0]: containerId '404' names no container; left out",
                "workspace.json: model.softwareSystems[0].relationships[0] (from 'CRM'): destinationId '99' names no element; left out",
                "workspace.json: model.softwareSystems[0].relationships[1] (from 'CRM'): sourceId '77' names no element; left out",
                "workspace.json: model.softwareSystems[0].relationships[2] (from 'CRM'): has no destinationId; left out",
            ])
        // What could be read still imports.
        #expect(
            Self.lines(estate) == [
                "crm system crm-area [\"user\"] server/hosting", "web system web-area [] ",
                "server infrastructure live [] ",
            ])
        #expect(estate.areas.map(\.lead.id) == ["user", "user", "user"])
        #expect(notes.skipped == [:])
    }

    @Test func aModelWithNoPersonGetsOneParty() throws {
        let (estate, notes) = try Self.map(
            #"{"model": {"softwareSystems": [{"id": "1", "name": "Payroll", "tags": "Element,Software System"}]}}"#,
            file: "payroll.json")
        #expect(estate.name == "payroll")
        #expect(estate.parties.map(\.id) == ["owner"])
        #expect(estate.areas.map { "\($0.id) \($0.lead.id)" } == ["payroll-area owner"])
        #expect(
            notes.notes == [
                "no person or enterprise is in the model, so one party 'owner' leads every area; add the parties that use the estate"
            ])
    }

    @Test func filesThatAreNotWorkspacesAreRefused() throws {
        let hint =
            "\n  hint: export the workspace as JSON: structurizr-cli export -workspace workspace.dsl -format json"
        // The DSL is not JSON; nor is JSON cut short, said with its line and column.
        let dsl = Self.refusal("workspace {\n    model {\n    }\n}\n")
        #expect(dsl?.place?.hasPrefix("workspace.json") == true)
        #expect(dsl?.message.hasPrefix("not JSON: ") == true)
        #expect(dsl?.hint == String(hint.dropFirst("\n  hint: ".count)))
        let cut = Self.refusal("{\n  \"model\": {\n    \"people\": [ }\n")
        #expect(cut?.message.hasPrefix("not JSON: ") == true)
        #expect(cut?.place?.hasPrefix("workspace.json:3:") == true, "\(cut?.place ?? "")")
        #expect(
            StructurizrImporter.located(
                "Invalid value around character 11.", in: Data("{\n  \"a\": [\n}".utf8), file: "w.json")
                == ("Invalid value", "w.json:3:1"))
        #expect(
            StructurizrImporter.located("Garbage at end.", in: Data(), file: "w.json") == ("Garbage at end.", "w.json"))
        #expect(
            Self.refusal(#"{"name": "No model"}"#)?.description
                == "workspace.json: error: not a Structurizr workspace: it has no model" + hint)
        #expect(
            Self.refusal("[1, 2]")?.description == "workspace.json: error: not a Structurizr workspace: it has no model"
                + hint)
        #expect(
            Self.refusal(#"{"model": {"people": [{"id": "1", "name": "Alone"}]}}"#)?.description
                == "workspace.json: error: the model has no software system, container or deployment node to import\n"
                + "  hint: export the workspace that defines the software systems (people alone make no estate)")
        let missing = FileManager.default.temporaryDirectory.path + "/cleave-no-such-workspace.json"
        do {
            _ = try StructurizrImporter.read([missing])
            Issue.record("a missing file was read")
        } catch {
            #expect(
                error.description
                    == "\(missing): error: cannot read this file\n  hint: check the path and its permissions")
        }
    }

    @Test func generatedIdentifiersAreNotIds() {
        #expect(StructurizrImporter.isGenerated("821f7237-3ee2-40d4-afed-c42b68632055"))
        #expect(StructurizrImporter.isGenerated("821F7237-3EE2-40D4-AFED-C42B68632055"))
        #expect(!StructurizrImporter.isGenerated("live.dc.app"))
        #expect(!StructurizrImporter.isGenerated("cafe-babe"))
        #expect(!StructurizrImporter.isGenerated("821f7237-3ee2-40d4-afed-c42b6863205g"))
    }

    @Test func theImportWritesAnInventoryThatValidates() throws {
        let folder = try TemporaryFolder()
        let workspace = try folder.write(
            "workspace.json", try Data(contentsOf: URL(fileURLWithPath: Self.fixture("mapsAWorkspace.json"))))
        let output = folder.path + "/out"
        let outcome = try ImportFlow(StructurizrImporter.self, output: output).run(
            StructurizrImporter.self, paths: [workspace])
        #expect(outcome.failure == nil)
        #expect(!outcome.findings.contains { $0.severity == .error }, "\(outcome.findings.map(\.message))")
        #expect(
            outcome.lines == [
                "note: the enterprise 'North Council' is a party, 'north-council', that leads every area",
                "note: properties not used: owner, rack",
                "Imported 10 items (4 systems, 5 infrastructure, 1 data), 15 edges, 3 parties and 4 areas to \(output).",
                "Skipped 9: 3 implied relationship, 2 relationship to a person, 1 Component, 1 Custom Element, 1 instance relationship, 1 relationship with a custom element.",
            ])
        // Read back on its own, the folder loads and validates with no errors.
        let loaded = try InventoryLoader.load(path: output)
        #expect(loaded.estate.items.count == 10)
        let findings = Validator.validate(loaded)
        #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.message))")
        let items = try String(contentsOfFile: output + "/items.yaml", encoding: .utf8)
        #expect(items.hasPrefix("# Imported by cleave import structurizr from workspace.json.\n"))
        #expect(items.contains("    dependsOn: [{id: db-server-01, via: hosting}]\n"))
        // The same workspace gives the same bytes.
        _ = try ImportFlow(StructurizrImporter.self, output: output).run(StructurizrImporter.self, paths: [workspace])
        #expect(try String(contentsOfFile: output + "/items.yaml", encoding: .utf8) == items)
    }
}
