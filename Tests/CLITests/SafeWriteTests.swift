import Foundation
import Testing

/// Every command that writes a file or folder follows one rule: a file Cleave did not write
/// is not replaced without `--force`; with it, it is; and Cleave's own earlier output is
/// replaced without being asked.
struct SafeWriteTests {
    static let inventory =
        "estate: {name: E}\nparties: [{id: A, name: A}, {id: B, name: B}]\nareas: [{id: ar, name: Ar, lead: A}]\n"
        + "systems: [{id: s, name: S, area: ar, users: [A, B]}, {id: t, name: T, area: ar, users: [A], dependsOn: [s]}]\n"

    /// A command, and the file (or a file in the folder) it would replace.
    static let commands: [(arguments: [String], foreign: String)] = [
        (["report", "inv", "--output", "out.md"], "out.md"),
        (["render", "inv", "--view", "areas", "--output", "out.dot"], "out.dot"),
        (["render", "inv", "--all", "--format", "dot", "--output", "maps"], "maps/areas.dot"),
        (["export", "archimate", "inv", "--output", "out.xml"], "out.xml"),
        (["export", "graphml", "inv", "--output", "out.graphml"], "out.graphml"),
        (["export", "json", "inv", "--output", "out.json"], "out.json"),
        (["export", "archi-csv", "inv", "--output", "out"], "out/notes.txt"),
        (["import", "csv", "items.csv", "--output", "out"], "out/notes.txt"),
        (["import", "csv", "--template", "--output", "items-template.csv"], "items-template.csv"),
        (["init", "out"], "out/notes.txt"),
        (["generate", "--items", "10", "--output", "out"], "out/notes.txt"),
        (["validate", "inv", "--write-baseline", "baseline.json"], "baseline.json"),
    ]

    @Test(arguments: commands.indices)
    func foreignFileNeedsForce(_ index: Int) throws {
        let (arguments, foreign) = Self.commands[index]
        let name = arguments.prefix(2).joined(separator: " ")
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.inventory)
        try folder.write("items.csv", "ID,Name,Kind,Area,Users\ns,S,system,ar,A\n")
        try folder.write(foreign, "someone else's notes\n")

        let refused = try CLIRunner.run(arguments, in: folder.url, timeout: 30)
        #expect(refused.status == 2, "\(name): \(refused.stderr)")
        #expect(refused.stderr.contains("--force"), "\(name): \(refused.stderr)")
        #expect(try folder.read(foreign) == "someone else's notes\n", "\(name)")

        let forced = try CLIRunner.run(arguments + ["--force"], in: folder.url, timeout: 30)
        #expect(forced.status == 0, "\(name): \(forced.stderr)")
        #expect((try? folder.read(foreign)) != "someone else's notes\n", "\(name)")

        // Its own output is Cleave's to replace.
        let again = try CLIRunner.run(arguments, in: folder.url, timeout: 30)
        #expect(again.status == 0, "\(name): \(again.stderr)")

        // No temporary file or staging folder is left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(name): \(left)")
    }

    /// A filled-in sheet has the template's headers: only a blank template is replaced.
    @Test func filledSheetIsNotATemplate() throws {
        let folder = try TemporaryFolder()
        let template = try CLIRunner.run(["import", "csv", "--template"]).stdout
        try folder.write("items.csv", template + "crm,CRM,system,digital,A\r\n")
        let result = try CLIRunner.run(["import", "csv", "--template", "-o", "items.csv"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("items.csv: error: not overwriting a file Cleave did not write\n"))
    }
}
