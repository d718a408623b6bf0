import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The spreadsheet importers: CSV parsing, header matching, cell messages and the model made.
struct TableImportTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures/TableImport")!
    }

    @Test func csvFollowsRFC4180() {
        let records = CSVReader.parse("\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n1,,3")
        #expect(
            records == [
                .init(line: 1, fields: ["a", "b", "c"]),
                .init(line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"]),
                .init(line: 4, fields: [""]),
                .init(line: 5, fields: ["1", "", "3"]),
            ])
        #expect(
            CSVReader.parse("a;b\n1,5;2\n") == [
                .init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["1,5", "2"]),
            ])
    }

    @Test func headersMatchIgnoringCaseSpacesPunctuationAndUnits() {
        #expect(ColumnCatalog.field(forHeader: "Annual Cost (£)") == .annualCost)
        #expect(ColumnCatalog.field(forHeader: " annual_cost ") == .annualCost)
        #expect(ColumnCatalog.field(forHeader: "Notice (months)") == .noticeMonths)
        #expect(ColumnCatalog.field(forHeader: "Type") == .kind)
        #expect(ColumnCatalog.field(forHeader: "Used-By") == .users)
        #expect(ColumnCatalog.field(forHeader: "split.oneOffCost") == .splitOneOffCost)
        #expect(ColumnCatalog.field(forHeader: "Colour") == nil)
    }

    @Test func excelDayNumbersAreDates() {
        #expect(CellReader.day(fromSerial: 1)?.description == "1899-12-31")
        #expect(CellReader.day(fromSerial: 61)?.description == "1900-03-01")
        #expect(CellReader.day(fromSerial: 46_112)?.description == "2026-03-31")
        #expect(CellReader.day(fromSerial: 45_351)?.description == "2024-02-29")
    }

    @Test func messyHeadersAndBadCells() throws {
        let sheet = try CSVReader.read(path: Self.fixture("messyHeadersAndBadCells.csv"), source: "sheet.csv")
        let parties = try CSVReader.read(
            path: Self.fixture("messyHeadersAndBadCells-parties.csv"), source: "parties.csv")
        let (estate, notes) = TableImporter(estateName: "sheet", itemTables: [sheet], partyTable: parties).run()
        #expect(
            notes.problems == [
                "parties.csv:3: Kind: 'authority' is not one of council, trust, company, other",
                "sheet.csv:5: Notice (months): 'six' is not a number",
                "sheet.csv:6: Annual Cost (£): 'n/a' is not a number",
                "sheet.csv:6: Depends On: no item has the id or name 'nothing'; left out",
                "sheet.csv:7: type: 'gadget' is not a kind (system, infrastructure, contract, data or team); read as a system",
                "sheet.csv:7: Ref: 'multi\\nline' is not a valid id; written as 'multi-line'",
            ])
        #expect(
            notes.notes == [
                "sheet.csv: columns not used: Colour",
                "created 2 areas from the values seen (no areas sheet): digital, operations",
            ])
        #expect(
            estate.items.map { "\($0.kind.rawValue) \($0.id)" } == [
                "system crm", "infrastructure hosting", "data cust", "contract lic", "system web", "system multi-line",
            ])
        let crm = estate.items[0], web = estate.items[4], lic = estate.items[3]
        #expect(crm.users.map(\.party.id) == ["NNC", "WNC"])
        #expect(crm.dependsOn.map(\.target.id) == ["hosting", "cust"])
        #expect(crm.contracts.map(\.id) == ["lic"])
        #expect(crm.annualCost == 120_000)
        #expect(estate.items[1].type == .platform)
        #expect(estate.items[2].users.map(\.party.id) == ["NNC"])
        #expect(lic.end?.description == "2028-03-31" && lic.supplier == "Acme" && lic.noticeMonths == 0)
        #expect(web.name == "Website, public")
        #expect(web.users.map { "\($0.party.id)=\($0.share ?? 0)" } == ["NNC=70.0", "WNC=30.0"])
        #expect(estate.areas.map { "\($0.id) \($0.lead.id)" } == ["digital NNC", "operations NNC"])
    }

    @Test func workbookSheetsGiveKindsAndDates() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/estate.xlsx"
        try XLSXFixture.write(
            to: path,
            sheets: [
                (
                    "Parties",
                    [
                        [.string("ID"), .string("Name")], [.string("A"), .string("Alpha")],
                        [.string("B"), .string("Beta")],
                    ]
                ),
                (
                    "Systems",
                    [
                        [.string("Name"), .string("Area"), .string("Users"), .string("Cost (£)")],
                        [.string("CRM"), .inline("Digital"), .string("Alpha, B"), .number(1200)],
                        [.string("Web"), .inline("Digital"), .string("A"), .string("lots")],
                    ]
                ),
                (
                    "Contracts",
                    [
                        [.string("Name"), .string("Area"), .string("Supplier"), .string("End"), .string("Covers")],
                        [.string("Licence"), .inline("Digital"), .string("Acme"), .number(46_112), .string("CRM")],
                    ]
                ),
            ])
        let tables = try XLSXReader.read(path: path, source: "estate.xlsx")
        #expect(tables.map(\.sheet) == ["Parties", "Systems", "Contracts"])
        let (estate, notes) = TableImporter(
            estateName: "estate", itemTables: Array(tables.dropFirst()), partyTable: tables[0]
        ).run()
        #expect(notes.problems == ["estate.xlsx:Systems:3: Cost (£): 'lots' is not a number"])
        #expect(
            estate.items.map { "\($0.kind.rawValue) \($0.id) \($0.users.map(\.party.id))" } == [
                "system crm [\"A\", \"B\"]", "system web [\"A\"]", "contract licence []",
            ])
        #expect(estate.items[2].end?.description == "2026-03-31")
        #expect(estate.items[0].annualCost == 1200)
    }

    @Test func aSheetThatNamesNoPartyStillValidates() throws {
        let sheet = try CSVReader.table("Name,Depends On\nWebsite,CMS\nCMS,\n", source: "bare.csv")
        let (estate, notes) = TableImporter(estateName: "bare", itemTables: [sheet]).run()
        #expect(notes.problems.isEmpty)
        #expect(
            notes.notes == [
                "bare.csv: no Kind column; every row is a system",
                "no party is named anywhere, so one party 'owner' leads every area; add the parties that use the estate",
                "put the items that name no area in a new area 'unassigned'",
            ])
        let folder = try TemporaryFolder()
        for file in InventoryWriter().files(for: estate) { try folder.write(file.path, file.text) }
        let findings = Validator.validate(try InventoryLoader.load(path: folder.path))
        #expect(findings.map(\.rule) == ["orphan"])
    }
}
