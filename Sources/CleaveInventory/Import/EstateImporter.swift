import CleaveCore

/// Reads another tool's files and maps them onto an estate: a spreadsheet, an ArchiMate
/// model, a Backstage catalog, a Structurizr workspace. Each importer says who it is (the
/// word after `cleave import`, a one-line summary and the `--help` text that teaches its
/// mapping) and turns its input into an estate and what it has to say about it; the rest
/// of an import (writing the folder, the summary, validating what was written) is the same
/// for every importer and lives in `ImportFlow`.
///
/// To add one: a file in `Sources/CleaveInventory/Import` with a type conforming to this
/// protocol, and its line in `ImportRegistry.importers`; `cleave import <name>` then exists.
public protocol EstateImporter {
    /// The command word: `cleave import <name>`.
    static var name: String { get }
    /// One line: what the importer reads (the command's abstract).
    static var summary: String { get }
    /// The rest of `--help`: the mapping and examples.
    static var discussion: String { get }
    /// What the command's arguments are.
    static var input: ImportInput { get }

    /// Reads the input (files or a folder, as `input` says) and maps it onto an estate.
    /// What cannot be read as given is in the notes, with its place; the rest still imports.
    /// - Throws: `UserError` when the input cannot be read at all.
    static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes)
}

/// An importer's arguments, as `--help` shows them.
public struct ImportInput: Sendable {
    /// `file` or `dir`.
    public var valueName: String
    /// `The exchange file.`
    public var help: String
    /// Whether the importer reads several files (`FILE...`) or exactly one.
    public var many: Bool

    public init(valueName: String, help: String, many: Bool = false) {
        self.valueName = valueName
        self.help = help
        self.many = many
    }
}
