import ArgumentParser

/// What a command writes with `--output`, in the words its `--help` uses.
protocol OutputTarget {
    /// `--output`'s help and the name of its value (`dir`, `file`).
    static var help: String { get }
    static var valueName: String { get }
    /// `--force`'s help: what it replaces.
    static var forceHelp: String { get }
    /// Whether `--output` must be given (otherwise the command prints to standard output, or
    /// has another way to say where to write).
    static var isRequired: Bool { get }
}

/// `--output` and `--force`, declared once for every command that writes a file or a folder
/// (import, export, init, generate). Cleave writes only over what it wrote before;
/// `--force` lets it replace anything.
struct OutputOptions<Target: OutputTarget>: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(Target.help, valueName: Target.valueName))
    var output: String?

    @Flag(help: ArgumentHelp(Target.forceHelp))
    var force = false

    func validate() throws {
        if Target.isRequired, output == nil {
            throw ValidationError("Missing expected argument '--output <\(Target.valueName)>'")
        }
    }

    /// The path given; empty only where `--output` is optional and was not given.
    var path: String { output ?? "" }
}

/// The inventory folder an importer writes.
enum ImportedFolder: OutputTarget {
    static let help = "The inventory folder to write."
    static let valueName = "dir"
    static let forceHelp = "Replace the output folder even if Cleave did not write it."
    static let isRequired = true
}

/// `cleave import csv`'s folder, or the file for `--template` (standard output without it).
enum ImportedFolderOrTemplate: OutputTarget {
    static let help = ImportedFolder.help
    static let valueName = ImportedFolder.valueName
    static let forceHelp = ImportedFolder.forceHelp
    static let isRequired = false
}

/// A folder written whole, such as a generated estate or Archi's CSV files.
enum WrittenFolder: OutputTarget {
    static let help = "The folder to write."
    static let valueName = "dir"
    static let forceHelp = "Replace the folder even if Cleave did not write it."
    static let isRequired = true
}

/// `cleave generate`'s folder.
enum GeneratedOutput: OutputTarget {
    static let help = WrittenFolder.help
    static let valueName = WrittenFolder.valueName
    static let forceHelp = ImportedFolder.forceHelp
    static let isRequired = true
}

/// `cleave init`'s folder, given here or as its argument.
enum StarterFolder: OutputTarget {
    static let help = "The folder to write, instead of the argument."
    static let valueName = "dir"
    static let forceHelp = WrittenFolder.forceHelp
    static let isRequired = false
}

/// A one-file export: a file, or standard output.
enum ExportedFile: OutputTarget {
    static let help = "The file to write (default: standard output)."
    static let valueName = "file"
    static let forceHelp = "Overwrite the output file even if Cleave did not write it."
    static let isRequired = false
}
