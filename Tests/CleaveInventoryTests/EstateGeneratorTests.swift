import CleaveCore
import CleaveInventory
import Foundation
import Testing

/// `EstateGenerator`: deterministic, always valid, the size asked for, the shape promised.
struct EstateGeneratorTests {
    static func files(_ generator: EstateGenerator) -> [EstateGenerator.File] {
        var files: [EstateGenerator.File] = []
        generator.generate { files.append($0) }
        return files
    }

    static func load(_ files: [EstateGenerator.File]) -> LoadedInventory {
        var estate = Estate()
        var findings: [Finding] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            findings += InventoryLoader.load(data: Data(file.text.utf8), file: file.path, into: &estate)
        }
        return LoadedInventory(estate: estate, findings: findings)
    }

    @Test func sameArgumentsSameBytes() {
        let a = Self.files(EstateGenerator(items: 3_000, parties: 4, seed: 9))
        let b = Self.files(EstateGenerator(items: 3_000, parties: 4, seed: 9))
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.text) == b.map(\.text))
        let other = Self.files(EstateGenerator(items: 3_000, parties: 4, seed: 10))
        #expect(a.map(\.text) != other.map(\.text))
    }

    @Test(arguments: [(10, 2, UInt64(1)), (11, 3, 2), (250, 5, 3), (4_000, 3, 4), (12_000, 7, 5)])
    func alwaysValidAndTheSizeAsked(_ items: Int, _ parties: Int, _ seed: UInt64) {
        let loaded = Self.load(
            Self.files(EstateGenerator(items: items, parties: parties, seed: seed, itemsPerFile: 1_000)))
        let findings = Validator.validate(loaded)
        #expect(findings.filter { $0.severity == .error }.map(\.message) == [])
        // The only warnings are the deliberate cycles.
        #expect(Set(findings.map(\.rule)).isSubset(of: ["dependency-cycle"]))
        #expect(loaded.estate.items.count == items)
        #expect(loaded.estate.parties.count == parties)
        #expect(loaded.estate.options.count == 5)
        for kind in ItemKind.allCases {
            #expect(loaded.estate.items.contains { $0.kind == kind }, "no \(kind)")
        }
    }

    @Test func hasTheShapeOfARealEstate() {
        let loaded = Self.load(Self.files(EstateGenerator(items: 12_000, parties: 4, seed: 1)))
        let items = loaded.estate.items
        let shared = items.filter { Set($0.users.map(\.party.id)).count >= 2 }.count
        let exclusive = items.filter { Set($0.users.map(\.party.id)).count == 1 }.count
        #expect(shared > 0 && exclusive > shared)
        let cycles = Validator.validate(loaded).filter { $0.rule == "dependency-cycle" }
        #expect(!cycles.isEmpty)
        let contracts = items.filter { $0.kind == .contract }
        #expect(contracts.allSatisfy { $0.start != nil })
        #expect(contracts.contains { $0.end == nil } && contracts.contains { $0.end != nil })
        // Fan-in: some item is needed by many others.
        var inDegree: [String: Int] = [:]
        for item in items { for dep in item.dependsOn { inDegree[dep.target.id, default: 0] += 1 } }
        #expect((inDegree.values.max() ?? 0) >= 20)
    }

    @Test func largeEstatesAreSplitOverManyFiles() {
        let files = Self.files(EstateGenerator(items: 20_000, parties: 3, seed: 1, itemsPerFile: 2_000))
        #expect(files.count > 10)
        #expect(Set(files.map(\.path)).count == files.count)
    }
}
