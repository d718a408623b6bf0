import CleaveCore
import Testing

@testable import CleaveInventory

/// JSON files in an inventory folder are read like YAML files.
struct JSONInventoryTests {
    @Test func jsonFilesAreReadBesideYAML() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "estate.yaml",
            "estate: {name: Mixed}\nparties: [{id: A, name: Alpha}]\nareas: [{id: ar, name: Area, lead: A}]\n")
        try folder.write("systems.json", #"{"systems": [{"id": "crm", "name": "CRM", "area": "ar", "users": ["A"]}]}"#)
        try folder.write("notes.txt", "not an inventory file")
        let loaded = try InventoryLoader.load(path: folder.path)
        #expect(loaded.findings.isEmpty)
        #expect(loaded.estate.items.map(\.id) == ["crm"])
        #expect(
            loaded.estate.files.map { $0.split(separator: "/").last.map(String.init) ?? "" } == [
                "estate.yaml", "systems.json",
            ])
    }

    @Test func aJSONSyntaxErrorIsLocated() throws {
        let folder = try TemporaryFolder()
        try folder.write("estate.json", "{\"estate\": {\"name\": \"X\"},\n \"parties\": [}\n")
        let loaded = try InventoryLoader.load(path: folder.path)
        #expect(loaded.findings.map(\.rule) == ["yaml-syntax"])
        #expect(loaded.findings.first?.location.line == 2)
    }
}
