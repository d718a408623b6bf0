import ArgumentParser
import CleaveRender
import Foundation

/// The hidden child side of `cleave render`: one Graphviz job, DOT on stdin, image on
/// stdout, under CPU and memory limits (see `IsolatedRenderer`).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RenderWorkerCommand.name,
        abstract: "Render DOT from standard input with Graphviz (used by cleave render).",
        shouldDisplay: false)

    /// The hidden subcommand `IsolatedRenderer` children run.
    static let name = "_render-worker"

    /// A renderer whose children are this executable's `_render-worker`.
    static func renderer(limits: RenderLimits) -> IsolatedRenderer {
        IsolatedRenderer(workerCommand: [name], limits: limits)
    }

    @Option var layout: LayoutEngine
    @Option var format: RenderFormat
    @Option(name: .customLong("cpu-seconds")) var cpuSeconds: Int
    @Option(name: .customLong("memory-mb")) var memoryMegabytes: Int

    func run() throws {
        let limits = RenderLimits(seconds: Double(cpuSeconds), cpuSeconds: cpuSeconds, memoryMegabytes: memoryMegabytes)
        RenderWorker.limit(limits)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        switch RenderWorker.render(dot: input, layout: layout, format: format) {
        case .success(let bytes):
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(bytes))
            } catch {
                try? FileHandle.standardError.write(contentsOf: Data("cannot write the image: \(error)\n".utf8))
                throw ExitCode(RenderWorker.writeFailure)
            }
        case .failure(let failure):
            try? FileHandle.standardError.write(contentsOf: Data((failure.message + "\n").utf8))
            throw ExitCode(failure.status)
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {
    /// `--layout` offers the engines for maps; `nop` is parsed (the worker gets it for
    /// pinned charts) but not offered.
    public static var allValueStrings: [String] { forMaps.map(\.rawValue) }
}
extension RenderFormat: ExpressibleByArgument {}
