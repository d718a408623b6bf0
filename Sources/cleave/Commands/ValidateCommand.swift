import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the inventory and report every inconsistency at once.",
        discussion: """
            Reads every *.yaml / *.yml / *.json file under PATH and reports all problems, compiler-style:
              Inventory/systems.yaml:12:5: error: [unknown-reference] dependsOn: no item has the id 'cmr'; did you mean 'crm'?

            Exit status: 0 no errors; 1 errors found (with --strict, warnings too); 2 the
            inventory could not be read, or bad usage.

            Rules (set a rule's severity under `estate.rules`, e.g. `orphan: off`):
            \(ValidateCommand.ruleList)

            Examples:
              cleave validate                                  # the Inventory folder
              cleave validate Inventory --strict               # warnings fail too
              cleave validate --format sarif > cleave.sarif    # for code-scanning upload
              cleave validate --format github                  # annotations in GitHub Actions
              cleave validate --write-baseline .cleave-baseline.json
              cleave validate --baseline .cleave-baseline.json # fail only on new findings

            A baseline records files relative to the inventory, so it matches however the
            inventory path is spelled (Inventory, ./Inventory/, an absolute path). SARIF
            locations are relative to the repository root (%SRCROOT%).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, junit
    }

    @OptionGroup var inventory: InventoryOptions

    @Option(name: .shortAndLong, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Known findings that do not fail the check (written by --write-baseline).",
            valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Record the current findings as the baseline in this file, and exit 0.",
            valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "Let --write-baseline replace a file that is not a baseline.")
    var force = false

    static var ruleList: String {
        RuleRegistry.rules.map {
            "  \($0.id.padding(toLength: 21, withPad: " ", startingAt: 0)) \($0.defaultSeverity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \($0.summary)"
        }
        .joined(separator: "\n")
    }

    func run() throws {
        let loaded = try inventory.load()
        var findings = Validator.validate(loaded)
        if strict {
            findings = findings.map {
                var f = $0
                f.severity = .error
                return f
            }
        }
        if let writeBaseline {
            // `{`, `"schemaVersion": 1,` and `"paths": …`: the lines every baseline opens with.
            try OutputFile(path: writeBaseline, force: force, sharedLines: 3)
                .write(Baseline(findings: findings, root: inventoryRoot).json())
            Console.error(
                "Wrote \(findings.count) finding\(findings.count == 1 ? "" : "s") to the baseline \(writeBaseline).")
            return
        }
        var known = 0
        if let baseline {
            (findings, known) = try Baseline.read(path: baseline).filter(findings, root: inventoryRoot)
        }
        Console.out(reporter.report(findings, rules: ValidateCommand.ruleDescriptions))
        if known > 0 && format == .text {
            Console.error("\(known) known finding\(known == 1 ? "" : "s") in the baseline not shown.")
        }
        if findings.errorCount > 0 { throw ExitCode(1) }
    }

    /// The inventory path as given, which every finding's file starts with.
    private var inventoryRoot: InventoryPath {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: inventory.path, isDirectory: &isDirectory)
        return InventoryPath(root: inventory.path, isFile: exists && !isDirectory.boolValue)
    }

    private var reporter: any FindingsReporter {
        switch format {
        case .text: TextFindingsReporter(colour: Console.colourOnStandardOutput)
        case .json: JSONFindingsReporter()
        case .sarif: SARIFFindingsReporter(toolVersion: CleaveCommand.version, sourceRoot: sourceRoot)
        case .github: GitHubFindingsReporter()
        case .junit: JUnitFindingsReporter()
        }
    }

    static var ruleDescriptions: [RuleDescription] {
        RuleRegistry.rules.map { rule in
            RuleDescription(
                id: rule.id, summary: rule.summary, defaultSeverity: rule.defaultSeverity,
                examples: rule.triggering.map { .init(yaml: $0.yaml, findings: $0.expected) })
        }
    }

    /// SARIF's `%SRCROOT%`: the enclosing Git repository's root (the folder holding `.git`),
    /// else the working folder.
    private var sourceRoot: SARIFSourceRoot {
        let workingDirectory = FileManager.default.currentDirectoryPath
        var parts = workingDirectory.split(separator: "/").map(String.init)
        while !parts.isEmpty {
            let folder = "/" + parts.joined(separator: "/")
            if FileManager.default.fileExists(atPath: folder + "/.git") {
                return SARIFSourceRoot(root: folder, workingDirectory: workingDirectory)
            }
            parts.removeLast()
        }
        return SARIFSourceRoot(root: workingDirectory, workingDirectory: workingDirectory)
    }
}
