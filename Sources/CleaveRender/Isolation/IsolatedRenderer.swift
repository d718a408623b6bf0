import Foundation

/// Renders in a child process of the same executable, so a Graphviz crash or an endless
/// layout costs one map, not the whole run.
///
/// The child is `<executable> <workerCommand…> --layout … --format …`, which the host
/// executable answers by calling `RenderWorker.render` (see there): it limits its own
/// CPU time and address space, reads DOT on stdin and writes the image on stdout. This
/// side kills it when the wall clock runs out and turns every way it can end into a
/// `RenderError` naming the view.
public struct IsolatedRenderer: Sendable {
    /// The executable that runs the worker: normally the running one.
    public var executable: URL
    /// The arguments that make `executable` run `RenderWorker.render` (such as a hidden
    /// subcommand); the worker's own options follow them.
    public var workerCommand: [String]
    public var limits: RenderLimits

    public init(
        executable: URL = IsolatedRenderer.currentExecutable(), workerCommand: [String],
        limits: RenderLimits = RenderLimits()
    ) {
        self.executable = executable
        self.workerCommand = workerCommand
        self.limits = limits
    }

    /// The running executable, resolved through `/proc/self/exe` where there is one.
    public static func currentExecutable() -> URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: proc.path) {
            return URL(fileURLWithPath: resolved)
        }
        if let url = Bundle.main.executableURL { return url }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// The worker's arguments for one job.
    func arguments(layout: LayoutEngine, format: RenderFormat) -> [String] {
        workerCommand + [
            "--layout", layout.rawValue, "--format", format.rawValue,
            "--cpu-seconds", String(limits.cpuSeconds), "--memory-mb", String(limits.memoryMegabytes),
        ]
    }

    /// Renders `dot` in a fresh child process.
    ///
    /// - Throws: `RenderError` naming `view`: Graphviz's message, a crash with the signal
    ///   and whatever the child printed, a timeout, or a limit that was hit.
    public func render(
        dot: String, layout: LayoutEngine, format: RenderFormat,
        view: String
    ) throws(RenderError) -> [UInt8] {
        let run: ChildProcess.Outcome
        do {
            run = try ChildProcess.run(
                executable: executable, arguments: arguments(layout: layout, format: format),
                input: Data(dot.utf8), timeout: limits.seconds)
        } catch {
            throw RenderError(.worker, view: view, message: "could not start \(executable.path): \(error)")
        }
        let said = Self.gist(String(decoding: run.standardError, as: UTF8.self))
        if run.timedOut {
            throw RenderError(
                .timedOut, view: view,
                message:
                    "killed after \(limits.seconds < 0.01 ? "\(limits.seconds)" : DOTEscaping.number(limits.seconds)) s; try --layout sfdp or a smaller --max-nodes"
            )
        }
        switch run.termination {
        case .exited(0):
            return [UInt8](run.standardOutput)
        case .exited(RenderWorker.graphvizFailure):
            throw RenderError(.graphviz, view: view, message: said)
        case .exited(let status):
            if said.localizedCaseInsensitiveContains("out of memory") || said.contains("Cannot allocate") {
                throw RenderError(.memoryLimit, view: view, message: "limit \(limits.memoryMegabytes) MiB; \(said)")
            }
            throw RenderError(.worker, view: view, message: "exit status \(status)" + (said.isEmpty ? "" : ": \(said)"))
        case .signalled(let signal):
            if signal == SIGXCPU {
                throw RenderError(.cpuLimit, view: view, message: "limit \(limits.cpuSeconds) s")
            }
            if said.localizedCaseInsensitiveContains("out of memory") {
                throw RenderError(.memoryLimit, view: view, message: "limit \(limits.memoryMegabytes) MiB; \(said)")
            }
            let name = Self.signalName(signal)
            throw RenderError(
                .crashed, view: view, message: said.isEmpty ? "killed by \(name)" : "killed by \(name): \(said)")
        }
    }

    /// What the child printed, without Graphviz's warnings and cut to a few lines.
    static func gist(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("Warning:") }
        let kept = lines.prefix(4).map { $0.count > 300 ? $0.prefix(300) + "…" : $0 }
        return kept.joined(separator: "; ") + (lines.count > 4 ? "; …" : "")
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGABRT: "SIGABRT"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGFPE: "SIGFPE"
        case SIGILL: "SIGILL"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGXCPU: "SIGXCPU"
        default: "signal \(signal)"
        }
    }
}
