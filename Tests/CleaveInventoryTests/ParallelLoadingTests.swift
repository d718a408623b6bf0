import CleaveCore
import CleaveInventory
import Foundation
import Testing

/// Files are parsed in parallel: the result must be the one reading them in order gives.
struct ParallelLoadingTests {
    /// Reads the files one after another, as the loader did before it parsed in parallel.
    private func sequential(_ folder: TemporaryFolder, _ names: [String]) throws -> (Estate, [Finding]) {
        var estate = Estate()
        var findings: [Finding] = []
        for name in names.sorted() {
            let file = folder.path + "/" + name
            estate.files.append(file)
            let data = try #require(FileManager.default.contents(atPath: file))
            findings += InventoryLoader.load(data: data, file: file, into: &estate)
        }
        return (estate, findings)
    }

    @Test func manyFilesMergeInPathOrder() throws {
        let folder = try TemporaryFolder()
        var names: [String] = []
        for k in 0..<23 {
            let name = String(format: "f%02d.yaml", k)
            names.append(name)
            var text = k == 7 ? "estate: {name: E, defaults: {severCost: 5}, rules: {orphan: off}}\n" : ""
            text += "systems:\n"
            for j in 0..<20 {
                text += "  - {id: s\(k)-\(j), name: S, area: ar, users: [A], dependsOn: [s\(k)-\(j + 1)]}\n"
            }
            if k == 3 { text += "parties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\n" }
            if k == 11 { text += "  - {id: bad, name: B, area: ar, colour: red}\n" }
            if k == 12 { text = "systems: [unclosed\n" }
            try folder.write(name, text)
        }
        let loaded = try InventoryLoader.load(path: folder.path)
        let (estate, findings) = try sequential(folder, names)
        #expect(loaded.findings == findings)
        #expect(loaded.estate.items.map(\.id) == estate.items.map(\.id))
        #expect(loaded.estate.parties.map(\.id) == ["A"] && loaded.estate.areas.map(\.id) == ["ar"])
        #expect(loaded.estate.name == "E" && loaded.estate.defaultSeverCost == 5)
        #expect(loaded.estate.ruleSeverities == estate.ruleSeverities)
        #expect(loaded.estate.locations == estate.locations && loaded.estate.location == estate.location)
        #expect(loaded.estate.files == estate.files)
    }

    @Test func estateInTwoFilesIsReportedAsInOrder() throws {
        let folder = try TemporaryFolder()
        let names = ["a.yaml", "b.yaml", "c.yaml"]
        try folder.write("a.yaml", "parties: [{id: A, name: A}]\n")
        try folder.write("b.yaml", "estate: {name: First}\n")
        try folder.write("c.yaml", "estate: {name: Second, currency: nope}\nparties: [{id: B, name: B}]\n")
        let loaded = try InventoryLoader.load(path: folder.path)
        let (estate, findings) = try sequential(folder, names)
        #expect(loaded.findings.map(\.message).contains { $0.hasPrefix("`estate` is given more than once") })
        #expect(loaded.findings.filter { $0.rule != "schema" || !$0.message.hasPrefix("no `estate:`") } == findings)
        #expect(loaded.estate.name == "First" && estate.name == "First")
        #expect(loaded.estate.parties.map(\.id) == ["A", "B"])
    }
}
