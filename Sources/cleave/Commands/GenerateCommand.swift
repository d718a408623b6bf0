import ArgumentParser
import CleaveInventory

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
            (it is then replaced whole); anything else is refused, so nothing is overwritten,
            unless --force is given.

            Examples:
              cleave generate --items 500 -o /tmp/estate
              cleave generate --items 1000000 --parties 5 --seed 7 -o /tmp/big
              cleave validate /tmp/estate
            """)

    @Option(
        help: "How many items (\(EstateGenerator.itemRange.lowerBound) to \(EstateGenerator.itemRange.upperBound)).")
    var items: Int

    @Option(
        help: "How many parties (\(EstateGenerator.partyRange.lowerBound) to \(EstateGenerator.partyRange.upperBound))."
    )
    var parties: Int = 3

    @Option(help: "Seed for the generator: another seed, another estate of the same shape.")
    var seed: UInt64 = 1

    @OptionGroup var output: OutputOptions<GeneratedOutput>

    func validate() throws {
        guard EstateGenerator.itemRange.contains(items) else {
            throw ValidationError(
                "--items must be from \(EstateGenerator.itemRange.lowerBound) to \(EstateGenerator.itemRange.upperBound), not \(items)"
            )
        }
        guard EstateGenerator.partyRange.contains(parties) else {
            throw ValidationError(
                "--parties must be from \(EstateGenerator.partyRange.lowerBound) to \(EstateGenerator.partyRange.upperBound), not \(parties)"
            )
        }
    }

    func run() throws {
        let generator = EstateGenerator(items: items, parties: parties, seed: seed)
        let showProgress = Console.standardErrorIsTerminal
        let files: Int
        do {
            files = try GeneratedFolder(path: output.path, force: output.force).write(generator) { written in
                if showProgress { Console.progress("generated \(written) of \(items) items") }
            }
        } catch {
            if showProgress { Console.progress(nil) }
            throw error
        }
        if showProgress { Console.progress(nil) }
        Console.error("Wrote \(items) items for \(parties) parties in \(files) files to \(output.path).")
    }
}
