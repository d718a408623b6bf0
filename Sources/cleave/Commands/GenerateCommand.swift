import ArgumentParser
import CleaveInventory
import CleaveReport
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic estate of any size, for tests, benchmarks and demonstrations.",
        discussion: """
        The estate has the example's shape — teams, contracts, systems, data and
        infrastructure in layers, shared and exclusive items, fan-in and fan-out, a few
        dependency cycles, contracts with dates, and five options — split over many files.
        The same arguments always give byte-identical files, and the result validates
        (the cycles are warnings).

        The output folder must be new, empty, or one that `cleave generate` wrote before
        (it is then replaced whole); anything else is refused, so nothing is overwritten.

        Examples:
          cleave generate --items 500 -o /tmp/estate
          cleave generate --items 1000000 --parties 5 --seed 7 -o /tmp/big
          cleave validate /tmp/estate
        """)

    @Option(help: "How many items (\(EstateGenerator.itemRange.lowerBound) to \(EstateGenerator.itemRange.upperBound)).")
    var items: Int

    @Option(help: "How many parties (\(EstateGenerator.partyRange.lowerBound) to \(EstateGenerator.partyRange.upperBound)).")
    var parties: Int = 3

    @Option(help: "Seed for the generator: another seed, another estate of the same shape.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write.", valueName: "dir"))
    var output: String

    static let marker = ".cleave-generated"

    func validate() throws {
        guard EstateGenerator.itemRange.contains(items) else {
            throw ValidationError("--items must be from \(EstateGenerator.itemRange.lowerBound) to \(EstateGenerator.itemRange.upperBound), not \(items)")
        }
        guard EstateGenerator.partyRange.contains(parties) else {
            throw ValidationError("--parties must be from \(EstateGenerator.partyRange.lowerBound) to \(EstateGenerator.partyRange.upperBound), not \(parties)")
        }
    }

    func run() throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output)
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(Self.marker) else {
                Console.error("\(output): error: exists and is not an empty folder or one `cleave generate` wrote; refusing to overwrite it\n  hint: choose a new folder")
                throw ExitCode(2)
            }
        }
        // Write beside the target, then swap it in: a failure leaves the old folder as it was.
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).generating-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        let generator = EstateGenerator(items: items, parties: parties, seed: seed)
        let showProgress = Console.standardErrorIsTerminal
        var files = 0
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try generator.generate(progress: { written in
                if showProgress { FileHandle.standardError.write(Data("\rgenerated \(written) of \(items) items".utf8)) }
            }, emit: { file in
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
                files += 1
            })
            try Data("This folder was written by cleave generate; it may replace it.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
            if exists { try fm.removeItem(at: target) }
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.removeItem(at: staging)
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            Console.error("\(output): error: cannot write the estate: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Console.error("Wrote \(items) items for \(parties) parties in \(files) files to \(output).")
    }
}
