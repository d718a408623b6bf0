import CleaveCore
import Foundation

/// An inventory as read: the model (with whatever could be read) and the findings of reading it.
public struct LoadedInventory: Sendable {
    public var estate: Estate
    /// `yaml-syntax`, `schema` and `invalid-dates` findings met while reading.
    public var findings: [Finding]

    public init(estate: Estate, findings: [Finding]) {
        self.estate = estate
        self.findings = findings
    }
}

/// Reads an inventory folder (recursively, in sorted path order) or one file into the model,
/// as SPEC §2 describes; files are parsed in parallel and merged in that order
/// (`ParallelFileReader`). It never stops at the first problem: everything readable is read,
/// and every problem becomes a located finding. Only a path that cannot be read at all
/// throws.
public enum InventoryLoader {
    public static let sections = [
        "estate", "parties", "areas", "systems", "infrastructure",
        "contracts", "data", "teams", "options",
    ]

    public static func load(path: String) throws(UserError) -> LoadedInventory {
        let files = try InventoryFiles.list(at: path)
        var parts = ParallelFileReader.read(files)
        var estate = Estate()
        ParallelFileReader.reserve(for: parts, in: &estate)
        var findings: [Finding] = []
        for (k, file) in files.enumerated() {
            estate.files.append(file)
            let part = parts[k]
            parts[k] = nil
            if let part, let merged = ParallelFileReader.merge(part, into: &estate) {
                findings += merged
                continue
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UserError("cannot read this file (permissions?)", place: file)
            }
            findings += load(data: data, file: file, into: &estate)
        }
        return finished(estate, findings)
    }

    /// Reads one file's text as a whole inventory (for tests and tools that hold text).
    public static func load(text: String, file: String = "inventory.yaml") -> LoadedInventory {
        var estate = Estate()
        estate.files = [file]
        let findings = load(data: Data(text.utf8), file: file, into: &estate)
        return finished(estate, findings)
    }

    /// The inventory once every file is read: an error if no file gave the `estate` section,
    /// unless a file could not be parsed (it may well hold the estate: say nothing then).
    private static func finished(_ estate: Estate, _ findings: [Finding]) -> LoadedInventory {
        var findings = findings
        if estate.location == nil, !findings.contains(where: { $0.rule == YAMLSyntaxRule.id }),
            let first = estate.files.first
        {
            findings.append(
                Finding(
                    rule: SchemaRule.id, severity: .error,
                    message: "no `estate:` section in the inventory; add one with at least `name:`",
                    location: .file(first)))
        }
        return LoadedInventory(estate: estate, findings: findings)
    }

    /// Reads one file's bytes into `estate`, returning the findings.
    public static func load(data: Data, file: String, into estate: inout Estate) -> [Finding] {
        let text: String
        switch SourceText.decode(data, file: file) {
        case .failure(let finding): return [finding]
        case .success(let decoded): text = decoded
        }
        let document: YAMLDocument
        switch YAMLParse.parse(text, file: file) {
        case .failure(let finding): return [finding]
        case .success(let parsed): document = parsed
        }
        guard let root = document.root else {
            return [
                Finding(
                    rule: SchemaRule.id, severity: .error,
                    message: "the file is empty; an inventory file is a mapping of sections such as `systems:`",
                    location: .file(file))
            ]
        }
        let reader = NodeReader(file: file, document: document, byteCount: data.count)
        SectionReader(reader: reader).read(root, into: &estate)
        return reader.findings
    }
}
