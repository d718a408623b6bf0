import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what an inventory change does: items, dependencies, entanglement and options before and after.",
        discussion: """
            Compares two versions of an inventory: items added, removed and changed field
            by field; dependency edges added and removed; items that became or stopped
            being entangled; each option's figures before → after (duplicated,
            transferred, oneOffCost, recurringDelta, blockers, separation,
            completionDate); and blockers that are new or cleared. Both versions must
            pass `cleave validate` without errors.

            Give two paths, or --git REV to compare the inventory at a Git revision with
            the working tree (PATH defaults to Inventory).

            --fail-on makes the command a CI gate: it exits 1 when the change brings new
            blockers to any option, or makes some item newly entangled.

            Examples:
              cleave diff old/Inventory Inventory
              cleave diff --git origin/main                       # against the working tree
              cleave diff --git HEAD~1 Inventory --format markdown > comment.md
              cleave diff --git origin/main --fail-on new-blockers --fail-on new-entanglement
            """)

    enum Gate: String, ExpressibleByArgument, CaseIterable {
        case newBlockers = "new-blockers"
        case newEntanglement = "new-entanglement"
    }

    @Argument(
        help: ArgumentHelp(
            "OLD NEW: two inventories; with --git, the one PATH (default: Inventory).",
            valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("git"),
        help: ArgumentHelp(
            "Compare the inventory at this Git revision with the working tree.",
            valueName: "rev"))
    var revision: String?

    @OptionGroup var output: FormatOptions

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp(
            "Exit 1 on \(Gate.allCases.map(\.rawValue).joined(separator: " or ")) (repeatable).",
            valueName: "what"))
    var gates: [Gate] = []

    func validate() throws {
        if revision != nil {
            guard paths.count <= 1 else {
                throw ValidationError("With --git, give at most one PATH (the inventory in the working tree).")
            }
        } else {
            guard paths.count == 2 else {
                throw ValidationError("Give two inventories, OLD and NEW, or --git REV [PATH].")
            }
        }
    }

    func run() throws {
        let diff: EstateDiff, before: String, after: String, currency: String
        if let revision {
            let path = paths.first ?? "Inventory"
            let snapshot = try GitSnapshot(revision: revision, path: path)
            if !snapshot.removedLinks.isEmpty {
                let links = snapshot.removedLinks.map { "'\($0)'" }
                Console.error(
                    "\(path): warning: at \(revision), \(Wording.count(links.count, "symbolic link")) "
                        + "pointed outside the revision and \(links.count == 1 ? "was" : "were") not read: "
                        + Wording.list(links))
            }
            let old = try Self.loadEstate(snapshot.path, side: "the inventory at \(revision)")
            let new = try Self.loadEstate(path, side: "the inventory in the working tree")
            diff = EstateDiff(before: old, after: new)
            (before, after, currency) = ("\(path) at \(revision)", "\(path) (working tree)", new.currency)
        } else {
            let old = try Self.loadEstate(paths[0], side: "the old inventory")
            let new = try Self.loadEstate(paths[1], side: "the new inventory")
            diff = EstateDiff(before: old, after: new)
            (before, after, currency) = (paths[0], paths[1], new.currency)
        }
        let reporter = DiffReporter(diff: diff, before: before, after: after, currency: currency)
        reporter.report.print(output.format)
        var failed: [String] = []
        if gates.contains(.newBlockers), diff.newBlockerCount > 0 {
            failed.append(Wording.count(diff.newBlockerCount, "new blocker"))
        }
        if gates.contains(.newEntanglement), !diff.becameEntangled.isEmpty {
            failed.append(Wording.count(diff.becameEntangled.count, "newly entangled item"))
        }
        if !failed.isEmpty {
            Console.error("cleave diff: \(Wording.list(failed)).")
            throw ExitCode(1)
        }
    }

    /// Reads and validates one side; errors stop the command with status 2, naming the side.
    static func loadEstate(_ path: String, side: String) throws -> Estate {
        try InventoryOptions.checkedGraph(
            at: path, failure: "\(side) has errors; a diff of a broken inventory would mislead", place: path,
            hint: "fix them first (see `cleave validate`)"
        ).graph.estate
    }
}
