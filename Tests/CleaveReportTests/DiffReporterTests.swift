import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// `EstateDiff` and `DiffReporter` on a crafted edit (Fixtures/Diff/before → after): every
/// section asserted, then the formats.
struct DiffReporterTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func estate(_ side: String) throws -> Estate {
        let loaded = try InventoryLoader.load(path: here.appendingPathComponent("Fixtures/Diff/\(side)").path)
        #expect(Validator.validate(loaded).isEmpty)
        return loaded.estate
    }

    static func diff() throws -> EstateDiff { EstateDiff(before: try estate("before"), after: try estate("after")) }

    @Test func itemsAddedRemovedAndChangedFieldByField() throws {
        let diff = try Self.diff()
        #expect(diff.itemsAdded == [.init(kind: "system", id: "api")])
        #expect(diff.itemsRemoved == [.init(kind: "system", id: "old")])
        let changed = Dictionary(uniqueKeysWithValues: diff.itemsChanged.map { ($0.entity.id, $0.fields) })
        #expect(changed.keys.sorted() == ["crm", "db", "lic", "report", "web"])
        #expect(
            changed["crm"] == [
                .init(field: "criticality", before: "medium", after: "high"),
                .init(field: "annualCost", before: nil, after: "100"),
            ])
        #expect(changed["db"] == [.init(field: "split.strategy", before: "clone", after: "none")])
        #expect(changed["lic"] == [.init(field: "assignable", before: "false", after: "true")])
        #expect(changed["report"] == [.init(field: "users", before: "A, B", after: "A")])
        #expect(
            changed["web"] == [
                .init(field: "users", before: "A", after: "A, B"),
                .init(field: "dependsOn", before: nil, after: "db (via hosting)"),
            ])
    }

    @Test func definitionsEdgesAndEntanglement() throws {
        let diff = try Self.diff()
        #expect(diff.othersAdded == [.init(kind: "option", id: "all")])
        #expect(diff.othersRemoved == [.init(kind: "option", id: "gone")])
        #expect(diff.othersChanged.map(\.entity) == [.init(kind: "area", id: "ar")])
        #expect(diff.othersChanged.first?.fields == [.init(field: "notes", before: nil, after: "Reorganised")])
        #expect(
            diff.edgesAdded == [
                .init(from: "api", to: "crm", via: "other"), .init(from: "web", to: "db", via: "hosting"),
            ])
        #expect(diff.edgesRemoved == [])
        #expect(diff.becameEntangled == ["web"])
        #expect(diff.stoppedBeingEntangled == ["report"])
    }

    @Test func optionFiguresAndBlockersBeforeAndAfter() throws {
        let diff = try Self.diff()
        #expect(diff.options.map(\.id) == ["all", "gone", "split-b"])
        let all = diff.options[0], gone = diff.options[1], splitB = diff.options[2]
        #expect(all.before == nil && all.after != nil && all.changed)
        #expect(gone.before != nil && gone.after == nil && gone.clearedBlockers.isEmpty)
        #expect(all.newBlockers == [.init(kind: .unsplittable, item: "db", related: nil)])
        let before = try #require(splitB.before), after = try #require(splitB.after)
        #expect(before.duplicated == 4 && after.duplicated == 4)
        #expect(before.transferred == 1 && after.transferred == 0)
        #expect(before.recurringDelta == 1000 && after.recurringDelta == 1100)
        #expect(before.completionDate == Day("2030-01-01") && after.completionDate == nil)
        #expect(splitB.newBlockers == [.init(kind: .unsplittable, item: "db", related: nil)])
        #expect(splitB.clearedBlockers == [.init(kind: .contractLock, item: "lic", related: nil)])
        #expect(diff.newBlockerCount == 2)
        #expect(!diff.isEmpty)
        #expect(EstateDiff(before: try Self.estate("before"), after: try Self.estate("before")).isEmpty)
    }

    @Test func reorderingListsIsNotAChange() {
        let a =
            "estate: {name: E}\nparties: [{id: A, name: A}, {id: B, name: B}]\nareas: [{id: ar, name: Ar, lead: A}]\n"
            + "systems:\n  - {id: s, name: S, area: ar, users: [A, B], dependsOn: [t, u], tags: [x, y]}\n"
            + "  - {id: t, name: T, area: ar}\n  - {id: u, name: U, area: ar}\n"
        let b = a.replacingOccurrences(
            of: "users: [A, B], dependsOn: [t, u], tags: [x, y]",
            with: "users: [B, A], dependsOn: [u, t], tags: [y, x]")
        #expect(a != b)
        let diff = EstateDiff(before: InventoryLoader.load(text: a).estate, after: InventoryLoader.load(text: b).estate)
        #expect(diff.isEmpty)
    }

    @Test func tableShowsBeforeAndAfter() throws {
        let text = DiffReporter(diff: try Self.diff(), before: "old", after: "new", currency: "GBP").report.rendered(
            .table)
        #expect(
            text.hasPrefix(
                """
                Inventory changes: old → new

                items: 1 added, 1 removed, 5 changed; estate, parties, areas and options: 1 added, 1 removed, 1 changed; \
                dependencies: 2 added, 0 removed; entanglement: 1 newly entangled, 1 no longer; 3 options changed; \
                blockers: 2 new, 1 cleared.

                """))
        #expect(
            text.contains(
                "split-b                  4        1 → 0          £4  £1,000 → £1,100         1        100%  2030-01-01 → —"
            ))
        #expect(text.contains("split-b  cleared  contract-lock  lic   —"))
        let same = EstateDiff(before: try Self.estate("after"), after: try Self.estate("after"))
        #expect(
            DiffReporter(diff: same, before: "a", after: "b", currency: "GBP").report.rendered(.table)
                == "Inventory changes: a → b\n\nNo changes.\n")
    }

    @Test func markdownFitsAPullRequestComment() throws {
        let markdown = DiffReporter(
            diff: try Self.diff(), before: "origin/main", after: "working tree", currency: "GBP"
        ).markdown
        #expect(markdown.hasPrefix("## Cleave: Inventory changes: origin/main → working tree\n\nitems: 1 added"))
        #expect(markdown.contains("### Options (before → after)\n\n| option | duplicated |"))
        #expect(markdown.contains("| split-b | 4 | 1 → 0 | £4 | £1,000 → £1,100 | 1 | 100% | 2030-01-01 → — |"))
        #expect(markdown.contains("| web | system | dependsOn | — | db (via hosting) |"))
        #expect(!markdown.contains("<details>"))
        // Long tables fold away; the options table is short and stays open.
        let folded = DiffReporter(diff: try Self.diff(), before: "a", after: "b", currency: "GBP", foldAfter: 3)
            .markdown
        #expect(
            folded.contains(
                "### Items changed\n\n<details><summary>7 rows</summary>\n\n| id | kind | field | before | after |"))
        #expect(folded.contains("### Options (before → after)\n\n| option |"))
        #expect(folded.components(separatedBy: "<details>").count == folded.components(separatedBy: "</details>").count)
        // Very long tables are cut, and say so.
        let cut = DiffReporter(
            diff: try Self.diff(), before: "a", after: "b", currency: "GBP", foldAfter: 3, markdownRowLimit: 5
        ).markdown
        #expect(
            cut.contains(
                "| report | system | users | A, B | A |\n\n… and 2 more rows: run `cleave diff` for all of them.\n\n</details>"
            ))
        #expect(!cut.contains("| web | system | users |"))
    }

    @Test func jsonHasEverySection() throws {
        let text = DiffReporter(diff: try Self.diff(), before: "a", after: "b", currency: "GBP").report.rendered(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(
            Set(object.keys) == [
                "schemaVersion", "before", "after", "items", "definitions", "edges", "entanglement", "options",
            ])
        let options = try #require(object["options"] as? [[String: Any]])
        let splitB = try #require(options.first { $0["id"] as? String == "split-b" })
        let after = try #require(splitB["after"] as? [String: Any])
        #expect(
            Set(after.keys) == [
                "duplicated", "transferred", "oneOffCost", "recurringDelta", "blockers", "separation", "completionDate",
            ])
        #expect(after["completionDate"] is NSNull)
        #expect((splitB["before"] as? [String: Any])?["completionDate"] as? String == "2030-01-01")
        #expect((splitB["newBlockers"] as? [[String: Any]])?.first?["kind"] as? String == "unsplittable")
        #expect(
            text == DiffReporter(diff: try Self.diff(), before: "a", after: "b", currency: "GBP").report.rendered(.json)
        )
    }
}
