import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The ArchiMate importer on The Open Group's Archisurance example and on small models.
struct ArchiMateImportTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures/ArchiMate")!
    }

    @Test func archisuranceImportsWithItsCounts() throws {
        let model = try ArchiMateModel.read(path: Self.fixture("archisurance.xml"))
        #expect(model.name == "Archisurance" && !model.isVersion2)
        let (estate, notes, counts) = ArchiMateImporter(model: model, source: "archisurance.xml").run()
        #expect(counts.items == 36)
        #expect(counts.edges == 23)
        #expect(counts.skipped["BusinessActor"] == 17)
        #expect(counts.skipped["Association relationship"] == 28)
        #expect(counts.skipped.values.reduce(0, +) == 233)
        #expect(
            notes.problems == [
                "archisurance.xml: Contract 'Travel Insurance Policy' (id-1239): a contract needs a supplier; written as 'unknown'"
            ])
        let byName = Dictionary(estate.items.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // "Bank System serves Financial Application": the application needs the bank system.
        #expect(byName["Financial Application"]?.dependsOn.map(\.target.id).contains("bank-system") == true)
        #expect(byName["LAN"]?.type == .network)
        #expect(Set(estate.items.map(\.kind)) == Set(ItemKind.allCases).subtracting([.team]))
        // What it writes validates without errors.
        let folder = try TemporaryFolder()
        for file in InventoryWriter().files(for: estate) { try folder.write(file.path, file.text) }
        let findings = Validator.validate(try InventoryLoader.load(path: folder.path))
        #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.message))")
    }

    static let version2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <model xmlns="http://www.opengroup.org/xsd/archimate" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
          <name>Small 2.1</name>
          <elements>
            <element identifier="a1" xsi:type="BusinessActor"><label>North Council</label></element>
            <element identifier="g1" xsi:type="Grouping"><label>Digital</label></element>
            <element identifier="c1" xsi:type="ApplicationComponent">
              <label>CRM</label>
              <properties>
                <property identifierref="p1"><value>12,000</value></property>
                <property identifierref="p2"><value>urgent</value></property>
              </properties>
            </element>
            <element identifier="s1" xsi:type="InfrastructureService"><label>Hosting</label></element>
            <element identifier="n1" xsi:type="Node"><label>Server</label></element>
            <element identifier="d1" xsi:type="DataObject"><label>Customers</label></element>
            <element identifier="x1" xsi:type="ApplicationService"><label>Customer lookup</label></element>
            <element identifier="w1" xsi:type="ApplicationComponent"><label>Website</label>
              <properties><property identifierref="p3"><value>Web Services</value></property></properties>
            </element>
          </elements>
          <relationships>
            <relationship identifier="r1" source="s1" target="c1" xsi:type="UsedByRelationship"/>
            <relationship identifier="r2" source="n1" target="s1" xsi:type="Realisation"/>
            <relationship identifier="r3" source="c1" target="d1" xsi:type="Access"/>
            <relationship identifier="r4" source="c1" target="a1" xsi:type="UsedBy"/>
            <relationship identifier="r5" source="g1" target="c1" xsi:type="Aggregation"/>
            <relationship identifier="r6" source="c1" target="x1" xsi:type="RealisationRelationship"/>
            <relationship identifier="r7" source="x1" target="w1" xsi:type="UsedBy"/>
            <relationship identifier="r8" source="a1" target="a1" xsi:type="Association"/>
          </relationships>
          <propertydefs>
            <propertydef identifier="p1" name="Annual Cost" type="string"/>
            <propertydef identifier="p2" name="Criticality" type="string"/>
            <propertydef identifier="p3" name="Service Area" type="string"/>
          </propertydefs>
        </model>
        """

    @Test func version2NamesAndPropertiesAreRead() throws {
        let model = try ArchiMateModel.parse(Data(Self.version2.utf8), place: "small.xml")
        #expect(model.isVersion2)
        let (estate, notes, counts) = ArchiMateImporter(model: model, source: "small.xml").run()
        #expect(
            notes.problems == [
                "small.xml: ApplicationComponent 'CRM' (c1): Criticality: 'urgent' is not one of low, medium, high, critical"
            ])
        #expect(estate.parties.map(\.id) == ["north-council"])
        #expect(
            estate.areas.map { "\($0.id) \($0.lead.id)" } == [
                "digital north-council", "web-services north-council", "architecture north-council",
            ])
        let lines = estate.items.map { item in
            "\(item.id) \(item.kind.rawValue) \(item.area.id) \(item.users.map(\.party.id)) "
                + item.dependsOn.map { "\($0.target.id)/\($0.via)" }.joined(separator: ",")
                + " \(item.annualCost ?? -1)"
        }
        #expect(
            lines == [
                "crm system digital [\"north-council\"] hosting/other,customers/data 12000.0",
                "hosting infrastructure architecture [] server/hosting -1.0",
                "server infrastructure architecture []  -1.0",
                "customers data architecture []  -1.0",
                "website system web-services [] crm/other -1.0",
            ])
        #expect(counts.skipped == ["Association relationship": 1])
        #expect(counts.derived == 1)
    }

    @Test func aFileThatIsNotAModelIsRefused() {
        #expect(throws: UserError.self) { try ArchiMateModel.parse(Data("<html/>".utf8), place: "x.xml") }
        #expect(throws: UserError.self) { try ArchiMateModel.parse(Data("<model><".utf8), place: "x.xml") }
    }
}
