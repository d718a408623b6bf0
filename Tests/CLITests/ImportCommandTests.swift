import Foundation
import Testing

/// `cleave import` end to end: what it writes, what it says, and that the result validates.
struct ImportCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/Import")

    func copy(_ name: String, to folder: TemporaryFolder, as target: String? = nil) throws {
        try folder.write(target ?? name, try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
    }

    @Test func importsAMessySheet() throws {
        let folder = try TemporaryFolder()
        try copy("importsAMessySheet.csv", to: folder, as: "sheet.csv")
        try copy("importsAMessySheet-parties.csv", to: folder, as: "parties.csv")
        let result = try CLIRunner.run(
            ["import", "csv", "sheet.csv", "--parties", "parties.csv", "-o", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                parties.csv:3: Kind: 'authority' is not one of council, trust, company, other
                sheet.csv:5: Notice (months): 'six' is not a number
                sheet.csv:6: Annual Cost (£): 'n/a' is not a number
                sheet.csv:6: Depends On: no item has the id or name 'nothing'; left out
                sheet.csv:7: type: 'gadget' is not a kind (system, infrastructure, contract, data or team); read as a system
                sheet.csv:7: Ref: 'multi\\nline' is not a valid id; written as 'multi-line'
                note: sheet.csv: columns not used: Colour
                note: created 2 areas from the values seen (no areas sheet): digital, operations
                Imported 6 items (3 systems, 1 infrastructure, 1 contract, 1 data), 4 edges, 2 parties and 2 areas to out; 6 values could not be read as given (above).

                """)
        let validate = try CLIRunner.run(["validate", "out", "--strict"], in: folder.url)
        #expect(validate.status == 0, "\(validate.stdout)")
        let first = try folder.read("out/items.yaml")
        #expect(first.contains("  - {id: cust, name: Customer Records, area: digital, users: [NNC]}\n"))
        // The same sheet gives the same bytes, and its own folder is replaced.
        #expect(
            try CLIRunner.run(["import", "csv", "sheet.csv", "--parties", "parties.csv", "-o", "out"], in: folder.url)
                .status == 0)
        #expect(try folder.read("out/items.yaml") == first)
    }

    @Test("An import of many unused rows prints the first warnings of the rule and counts the rest")
    func capsRepeatedWarnings() throws {
        let folder = try TemporaryFolder()
        let rows = (1...30).map { "s\($0),System \($0),system,Digital,,,,,,,100" }
        try folder.write(
            "sheet.csv",
            Data((["Ref,Name,Kind,Area,Used By,Depends On,Contracts,Supplier,End,Notice,Annual Cost"] + rows)
                .joined(separator: "\n").utf8))
        let result = try CLIRunner.run(["import", "csv", "sheet.csv", "-o", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(": warning: [orphan] ") }.count == 20, "\(result.stderr)")
        #expect(lines.contains("warning: [orphan] 10 more warnings not shown; `cleave validate out` lists them all"))
        #expect(lines.last == "0 errors, 30 warnings.")
        // validate still lists every one.
        let validate = try CLIRunner.run(["validate", "out"], in: folder.url)
        #expect(validate.stdout.split(separator: "\n").filter { $0.contains(": warning: [orphan] ") }.count == 30)
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder()
        try copy("importsAMessySheet.csv", to: folder, as: "sheet.csv")
        try folder.write("out/mine.yaml", "estate: {name: Mine}\n")
        let result = try CLIRunner.run(["import", "csv", "sheet.csv", "-o", "out"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("out: error: is not empty and Cleave did not write it; refusing to overwrite it\n"))
        #expect(try folder.read("out/mine.yaml") == "estate: {name: Mine}\n")
    }

    @Test func templateHasTheCanonicalHeaders() throws {
        let result = try CLIRunner.run(["import", "csv", "--template"])
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "ID,Name,Kind,Area,Lead,Users,Depends On,Contracts,Criticality,Annual Cost,Split Strategy,Split Cost,Cost Per Instance,Split Months,Owner,Notes,Tags,Supplier,Parties,Start,End,Notice Months,Assignable,Infrastructure Type,Personal,Classification,FTE,Employer\r\n"
        )
    }

    @Test func importsAWorkbook() throws {
        let folder = try TemporaryFolder()
        try copy("importsAWorkbook.xlsx", to: folder, as: "estate.xlsx")
        let result = try CLIRunner.run(["import", "xlsx", "estate.xlsx", "-o", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                estate.xlsx:Systems:4: Annual Cost (£): 'lots' is not a number
                note: estate.xlsx:Systems: no Kind column; every row is a system (from the sheet's name)
                note: estate.xlsx:Contracts: no Kind column; every row is a contract (from the sheet's name)
                note: created 1 area from the values seen (no areas sheet): digital
                Imported 4 items (3 systems, 1 contract), 0 edges, 2 parties and 1 area to out; 1 value could not be read as given (above).
                out/items.yaml:10:5: warning: [unused-contract] contract 'licence' covers no item; list it under `contracts:` of what it covers
                0 errors, 1 warning.

                """)
        #expect(
            try folder.read("out/items.yaml").contains(
                "  - {id: licence, name: Licence, area: digital, users: [A], supplier: Acme, end: 2026-03-31}\n"))
        let missing = try CLIRunner.run(
            ["import", "xlsx", "estate.xlsx", "--sheet", "Nope", "-o", "out"], in: folder.url)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "estate.xlsx: error: the workbook has no sheet 'Nope'\n  its sheets: Parties, Systems, Contracts\n")
    }

    @Test func importsArchisurance() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "archisurance.xml",
            try Data(
                contentsOf: CLIRunner.packageRoot
                    .appendingPathComponent("Tests/CleaveInventoryTests/Fixtures/ArchiMate/archisurance.xml")))
        let result = try CLIRunner.run(["import", "archimate", "archisurance.xml", "-o", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "Imported 36 items (10 systems, 21 infrastructure, 1 contract, 4 data), 23 edges, 1 party and 1 area to out; 1 value could not be read as given (above)."
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Skipped 233: 33 Flow relationship, 28 Association relationship, 21 Realization relationship,")
            })
        #expect(lines.last == "0 errors, 19 warnings.")
        #expect(try CLIRunner.run(["validate", "out"], in: folder.url).status == 0)
    }
}
