import ArgumentParser
import CleaveRender

/// The hidden child side of `cleave render`: one Graphviz job, DOT on stdin, image on
/// stdout, under CPU and memory limits (see `IsolatedRenderer`).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: IsolatedRenderer.workerCommand,
        abstract: "Render DOT from standard input with Graphviz (used by cleave render).",
        shouldDisplay: false)

    @Option var layout: LayoutEngine
    @Option var format: GraphvizRenderer.Format
    @Option(name: .customLong("cpu-seconds")) var cpuSeconds: Int
    @Option(name: .customLong("memory-mb")) var memoryMegabytes: Int

    func run() throws {
        let limits = RenderLimits(seconds: Double(cpuSeconds), cpuSeconds: cpuSeconds, memoryMegabytes: memoryMegabytes)
        let status = RenderWorker.run(layout: layout, format: format, limits: limits)
        if status != 0 { throw ExitCode(status) }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension GraphvizRenderer.Format: ExpressibleByArgument {}
