import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The Backstage importer on catalog files in Backstage's descriptor format: entities of
/// kind Group, System, Component and Resource (others skipped and counted), their refs
/// (`[kind:][namespace/]name`) and what is reported, with its line, when a file is not right.
struct BackstageImportTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures/Backstage")!
    }

    /// Maps catalog text as if read from `file`, with what the importer says.
    static func map(_ text: String, file: String = "catalog-info.yaml") throws -> (Estate, ImportNotes) {
        var notes = ImportNotes()
        let entities = try BackstageImporter.entities(in: Data(text.utf8), file: file, notes: &notes)
        let estate = BackstageImporter.estate(from: entities, name: "catalog", notes: &notes)
        return (estate, notes)
    }

    /// One line per item: id, kind, area, lead (or -), users, then each dependency as id/via.
    static func lines(_ estate: Estate) -> [String] {
        estate.items.map { item in
            "\(item.id) \(item.kind.rawValue) \(item.area.id) \(item.lead?.id ?? "-") \(item.users.map(\.party.id)) "
                + item.dependsOn.map { "\($0.target.id)/\($0.via.rawValue)" }.joined(separator: ",")
        }
    }

    @Test func mapsACatalog() throws {
        let text = try String(contentsOfFile: Self.fixture("mapsACatalog.yaml"), encoding: .utf8)
        let (estate, notes) = try Self.map(text)
        // Groups are parties (an organization a company); owners no Group defines are made.
        #expect(
            estate.parties.map { "\($0.id) \($0.name) \($0.kind.rawValue)" } == [
                "north-council North Council company", "west-council West Council company",
                "platform-team platform-team other", "jo.bloggs Jo Bloggs other",
            ])
        // The System is an area led by its owner; entities in no System share one area.
        #expect(
            estate.areas.map { "\($0.id) \($0.name) \($0.lead.id)" } == [
                "revenues Revenues and Benefits north-council", "unassigned Unassigned north-council",
            ])
        #expect(estate.areas[0].notes == "Council tax and housing benefit.")
        #expect(
            Self.lines(estate) == [
                // dependsOn, subcomponentOf (the parent needs its part) and an API it consumes.
                "council-tax-portal system revenues west-council [\"west-council\"] "
                    + "revenues-db/data,payments/other,council-tax-batch/other,gazetteer/integration",
                // revenues-db's dependencyOf names it.
                "council-tax-batch system revenues - [\"north-council\"] revenues-db/data",
                "payments system revenues - [\"north-council\"] shared-cluster/other",
                "gazetteer system unassigned - [\"north-council\"] shared-cluster/other",
                "revenues-db data revenues - [\"north-council\"] ",
                "shared-cluster infrastructure unassigned platform-team [\"platform-team\"] ",
                "old-kiosk system unassigned west-council [\"west-council\"] ",
                // Another namespace: its id says so, and its refs name the default one.
                "west.benefits-calculator system revenues jo.bloggs [\"jo.bloggs\"] payments/other",
            ])
        let portal = estate.items[0]
        #expect(portal.name == "Council Tax Portal")
        #expect(portal.notes == "Residents view and pay their bills.")
        #expect(portal.tags == ["java", "type:website", "lifecycle:production"])
        #expect(portal.dependsOn[3].note == "consumes API address-lookup")
        #expect(estate.items.first { $0.id == "shared-cluster" }?.type == .platform)
        #expect(
            notes.problems == [
                "catalog-info.yaml:153: Component 'old-kiosk': spec.system: 'api:address-lookup' is not a system; left out",
                "catalog-info.yaml:155: Component 'old-kiosk': spec.dependsOn: 'component:nowhere' names no entity in the files; left out",
            ])
        #expect(
            notes.notes == [
                "catalog-info.yaml:145: Component 'old-kiosk': spec keys not used: costCentre",
                "put the entities in no System in a new area 'unassigned'",
                "created 2 parties for owners no Group entity defines: platform-team, jo.bloggs",
            ])
        #expect(notes.skipped == ["API": 1, "Domain": 1, "User": 1, "Location": 1])
    }

    @Test func refsNameKindNamespaceAndName() throws {
        let (estate, notes) = try Self.map(
            """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: team-a, namespace: ops}
            spec: {type: team, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: db, namespace: ops}
            spec: {type: service, lifecycle: production, owner: team-a}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata: {name: db, namespace: ops}
            spec: {type: s3-bucket, owner: group:ops/team-a}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: web
              namespace: ops
            spec:
              type: website
              lifecycle: production
              owner: group:team-a
              dependsOn:
                - resource:db
                - db
                - group:team-a
                - {kind: Component, namespace: ops, name: db}
            """)
        // A ref without a namespace is in the referring entity's; a bare owner is a group.
        #expect(estate.parties.map(\.id) == ["ops.team-a"])
        #expect(
            Self.lines(estate) == [
                "ops.db system unassigned - [\"ops.team-a\"] ",
                "ops.db-2 infrastructure unassigned - [\"ops.team-a\"] ",
                "ops.web system unassigned - [\"ops.team-a\"] ops.db-2/other,ops.db/other",
            ])
        #expect(estate.items[1].type == .storage)
        #expect(
            notes.problems == [
                "catalog-info.yaml:27: Component 'web': spec.dependsOn: 'db' names 2 entities (component:ops/db, resource:ops/db); give its kind; left out",
                "catalog-info.yaml:28: Component 'web': spec.dependsOn: 'group:team-a' is a Group, not a Component or Resource; left out",
            ])
    }

    @Test func badDocumentsAreReportedWithTheirLines() throws {
        let (estate, notes) = try Self.map(
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: portal
            spec:
              type: website
              lifecycle: production
              owner: team-a
              dependsOn: [resource:default/db, component:default/nowhere]
              consumesApis: address-lookup
            ---
            - a list
            - is not an entity
            ---
            just a line
            ---
            metadata:
              name: no-kind
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata:
              title: A database with no name
            spec:
              type: database
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: PORTAL
            spec:
              owner: team-b
            ---
            """)
        #expect(
            notes.problems == [
                "catalog-info.yaml:10: Component 'portal': spec.consumesApis: is not a list; left out",
                "catalog-info.yaml:12: the document is a list, not an entity (a mapping with apiVersion, kind, metadata and spec); left out",
                "catalog-info.yaml:15: the document is a single value, not an entity (a mapping with apiVersion, kind, metadata and spec); left out",
                "catalog-info.yaml:17: the document has no kind, so it is not an entity; left out (give it kind: Component, Resource, System or Group)",
                "catalog-info.yaml:20: Resource with no metadata.name; left out (every entity needs metadata.name)",
                "catalog-info.yaml:27: Component 'PORTAL': defined again (first at catalog-info.yaml:1); left out",
                "catalog-info.yaml:9: Component 'portal': spec.dependsOn: 'resource:default/db' names no entity in the files; left out",
                "catalog-info.yaml:9: Component 'portal': spec.dependsOn: 'component:default/nowhere' names no entity in the files; left out",
            ])
        // What could be read still imports.
        #expect(Self.lines(estate) == ["portal system unassigned - [\"team-a\"] "])
    }

    @Test func noOwnerAnywhereGivesOneParty() throws {
        let (estate, notes) = try Self.map(
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: website}
            spec: {type: website, lifecycle: production, dependsOn: ["component:cms"]}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: cms}
            spec: {type: service, lifecycle: production, owner: "api:nope"}
            """)
        #expect(estate.parties.map(\.id) == ["owner"])
        #expect(estate.areas.map { "\($0.id) \($0.lead.id)" } == ["unassigned owner"])
        #expect(Self.lines(estate) == ["website system unassigned - [] cms/other", "cms system unassigned - [] "])
        #expect(
            notes.problems == [
                "catalog-info.yaml:9: Component 'cms': spec.owner: 'api:nope' is not a group or user; left out"
            ])
        #expect(
            notes.notes == [
                "put the entities in no System in a new area 'unassigned'",
                "no group or owner is named anywhere, so one party 'owner' leads every area; add the groups that use the estate",
                "no spec.owner, so no users: website",
            ])
    }

    @Test func filesThatCannotBeReadAreRefused() throws {
        let folder = try TemporaryFolder()
        func refusal(_ paths: [String]) -> UserError? {
            do {
                _ = try BackstageImporter.read(paths)
                return nil
            } catch {
                return error
            }
        }
        let missing = folder.path + "/missing.yaml"
        #expect(
            refusal([missing])?.description
                == "\(missing): error: cannot read this file\n  hint: check the path and its permissions")
        #expect(
            refusal([folder.path])?.description
                == "\(folder.path): error: is a folder, not a catalog file\n  hint: name the files in it: cleave import backstage \(folder.path)/*.yaml"
        )
        let notYAML = try folder.write("bad.yaml", "apiVersion: backstage.io/v1alpha1\nkind: [Component\n")
        #expect(
            refusal([notYAML])?.description
                == "\(notYAML):3:1: error: not YAML: while parsing a flow sequence (line 2), did not find expected ',' or ']'"
        )
        // A file of only other kinds makes no estate: said, not written as an empty inventory.
        let apis = try folder.write(
            "apis.yaml", "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: lookup}\n---\n- nothing\n")
        #expect(
            refusal([apis])?.description == """
                \(apis): error: nothing to import: the files hold 1 entity but no Component or Resource
                  \(apis):5: the document is a list, not an entity (a mapping with apiVersion, kind, metadata and spec); left out
                  hint: Cleave imports Components and Resources, with the Groups and Systems they name; name the files that define them
                """)
        let empty = try folder.write("empty.yaml", "# nothing yet\n")
        #expect(refusal([empty])?.message == "nothing to import: the files hold no entity")
    }

    @Test func severalFilesAreOneCatalog() throws {
        let folder = try TemporaryFolder()
        let org = try folder.write(
            "org.yaml",
            "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-a}\nspec: {type: team, children: []}\n"
        )
        let web = try folder.write(
            "web.yaml",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: web}\nspec: {type: website, lifecycle: production, owner: team-a, dependsOn: [resource:db]}\n"
        )
        let db = try folder.write(
            "db.yaml",
            "apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata: {name: db}\nspec: {type: database, owner: team-a}\n"
        )
        let (estate, notes) = try BackstageImporter.read([org, web, db])
        #expect(notes.problems.isEmpty)
        #expect(estate.name == "org")
        #expect(
            Self.lines(estate) == [
                "web system unassigned - [\"team-a\"] db/data", "db data unassigned - [\"team-a\"] ",
            ])
    }

    @Test func yamlStreamsHoldManyDocumentsOnlyWhenAsked() throws {
        let text = "a: &x 1\n---\nb: *x\n"
        func parse(_ many: Bool) throws(YAMLDocument.Problem) -> YAMLDocument {
            let bytes = Array(text.utf8)
            return try bytes.withUnsafeBufferPointer { buffer throws(YAMLDocument.Problem) in
                try YAMLDocument(utf8: buffer, multipleDocuments: many)
            }
        }
        // One document by default, as inventory files are.
        #expect(throws: YAMLDocument.Problem.self) { try parse(false) }
        // Many when asked, each with anchors of its own.
        do {
            _ = try parse(true)
            Issue.record("an alias to another document's anchor was accepted")
        } catch {
            #expect(error.problem == "found undefined alias 'x'" && error.line == 3)
        }
        let bytes = Array("a: 1\n---\nb: 2\n--- ~\n".utf8)
        let doc = try bytes.withUnsafeBufferPointer { buffer throws(YAMLDocument.Problem) in
            try YAMLDocument(utf8: buffer, multipleDocuments: true)
        }
        #expect(doc.roots.count == 3)
        #expect(doc.root == doc.roots.first)
        #expect(doc.roots.map { doc.line($0) } == [1, 3, 4])
    }

    @Test func theImportWritesAnInventoryThatValidates() throws {
        let folder = try TemporaryFolder()
        let catalog = try folder.write(
            "catalog-info.yaml", try Data(contentsOf: URL(fileURLWithPath: Self.fixture("mapsACatalog.yaml"))))
        let output = folder.path + "/out"
        let outcome = try ImportFlow(BackstageImporter.self, output: output).run(
            BackstageImporter.self, paths: [catalog])
        #expect(outcome.failure == nil)
        #expect(!outcome.findings.contains { $0.severity == .error }, "\(outcome.findings.map(\.message))")
        #expect(
            outcome.lines.suffix(2) == [
                "Imported 8 items (6 systems, 1 infrastructure, 1 data), 8 edges, 4 parties and 2 areas to \(output); 2 values could not be read as given (above).",
                "Skipped 4: 1 API, 1 Domain, 1 Location, 1 User.",
            ])
        #expect(
            outcome.lines.first
                == "\(catalog):153: Component 'old-kiosk': spec.system: 'api:address-lookup' is not a system; left out")
        // Read back on its own, the folder loads and validates with no errors.
        let loaded = try InventoryLoader.load(path: output)
        #expect(loaded.estate.items.count == 8)
        let findings = Validator.validate(loaded)
        #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.message))")
        let items = try String(contentsOfFile: output + "/items.yaml", encoding: .utf8)
        #expect(items.hasPrefix("# Imported by cleave import backstage from catalog-info.yaml.\n"))
        #expect(items.contains("    dependsOn: [{id: revenues-db, via: data}]\n"))
        // The same catalog gives the same bytes.
        _ = try ImportFlow(BackstageImporter.self, output: output).run(BackstageImporter.self, paths: [catalog])
        #expect(try String(contentsOfFile: output + "/items.yaml", encoding: .utf8) == items)
    }
}
