import CleaveCore
import Foundation

/// What every import does once its importer has made an estate: write it as an inventory
/// folder (whole, and only over a folder Cleave wrote, unless forced), say what was
/// imported, read back what was written and validate it. It prints nothing: the lines to say
/// and the findings come back as an `ImportOutcome`.
public struct ImportFlow {
    public var folder: InventoryFolder
    /// `cleave import csv`: named in each file's header and in the folder's marker.
    public var command: String

    public init(output: String, force: Bool = false, command: String) {
        folder = InventoryFolder(path: output, force: force)
        self.command = command
    }

    /// The flow for `cleave import <name>` of this importer.
    public init(_ importer: any EstateImporter.Type, output: String, force: Bool = false) {
        self.init(output: output, force: force, command: "cleave import \(importer.name)")
    }

    /// Throws unless the folder may be written: call before reading, so a refusal comes first.
    public func checkWritable() throws(UserError) {
        try folder.checkWritable(command: command)
    }

    /// Reads `paths` with the importer and finishes the import.
    /// - Throws: `UserError` when the folder may not be written or the input cannot be read.
    public func run(_ importer: any EstateImporter.Type, paths: [String]) throws(UserError) -> ImportOutcome {
        try checkWritable()
        let (estate, notes) = try importer.read(paths)
        return try finish(
            estate, notes: notes,
            source: paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))
    }

    /// Writes the estate, says what was imported and validates what was written.
    /// - Parameter source: the file (or files, or folder) read, named in each file's header.
    /// - Throws: `UserError` when the folder cannot be written or read back.
    public func finish(_ estate: Estate, notes: ImportNotes, source: String) throws(UserError) -> ImportOutcome {
        let header =
            "Imported by \(command) from \(URL(fileURLWithPath: source).lastPathComponent).\n"
            + "Cleave replaces this folder whole when it imports again; edit a copy."
        try folder.write(InventoryWriter(header: header).files(for: estate), command: command)
        var lines = notes.problems + notes.notes.map { "note: " + $0 }
        lines.append(Self.summary(estate, problems: notes.problems.count, output: folder.path))
        if let skipped = notes.skipped { lines.append(Self.skippedLine(skipped)) }
        let findings = Validator.validate(try InventoryLoader.load(path: folder.path))
        let failed = findings.contains { $0.severity == .error }
        return ImportOutcome(
            lines: lines, findings: findings, output: folder.path,
            failure: failed
                ? "The imported inventory has errors (above); fix the source and import again, or edit \(folder.path)."
                : nil)
    }

    /// `Imported 6 items (3 systems, 1 infrastructure, 1 contract, 1 data), 4 edges, 2 parties
    /// and 2 areas to out; 6 values could not be read as given (above).`
    public static func summary(_ estate: Estate, problems: Int, output: String) -> String {
        let kinds = ItemKind.allCases.compactMap { kind -> String? in
            let n = estate.items.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind == .data ? "data" : n == 1 ? kind.rawValue : kind.section)"
        }
        let edges = estate.items.reduce(0) { $0 + $1.dependsOn.count + $1.contracts.count }
        let areas = Wording.count(estate.areas.count, "area")
        return "Imported \(Wording.count(estate.items.count, "item")) "
            + "(\(kinds.isEmpty ? "none" : kinds.joined(separator: ", "))), "
            + "\(Wording.count(edges, "edge")), \(Wording.count(estate.parties.count, "party", "parties"))"
            + (estate.options.isEmpty
                ? " and \(areas)" : ", \(areas) and \(Wording.count(estate.options.count, "option"))")
            + " to \(output)"
            + (problems == 0 ? "." : "; \(Wording.count(problems, "value")) could not be read as given (above).")
    }

    /// `Skipped 233: 33 Flow relationship, 28 Association relationship, …`, the most first.
    public static func skippedLine(_ counts: [String: Int]) -> String {
        let skipped = counts.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let total = skipped.reduce(0) { $0 + $1.value }
        guard total > 0 else { return "Skipped nothing." }
        return "Skipped \(total): " + skipped.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "."
    }
}

/// What an import has to say: the lines for standard error (problems with their places,
/// `note: …` lines, the summary and what was skipped), the findings of validating what was
/// written, and, when they include errors, the closing line.
public struct ImportOutcome: Sendable {
    public var lines: [String]
    public var findings: [Finding]
    /// The folder written.
    public var output: String
    /// Set when the findings include errors: the command then exits 1.
    public var failure: String?
}
