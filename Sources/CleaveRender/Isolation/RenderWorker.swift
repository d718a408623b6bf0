import Foundation

/// The child side of `IsolatedRenderer`: limits itself, reads DOT on stdin, renders it
/// with `GraphvizRenderer` and writes the bytes to stdout.
public enum RenderWorker {
    /// Exit status when Graphviz reported an error; its message is on stderr.
    public static let graphvizFailure: Int32 = 3

    /// Runs one job and returns the process exit status.
    public static func run(layout: LayoutEngine, format: RenderFormat, limits: RenderLimits) -> Int32 {
        limits.applyToCurrentProcess()
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let dot = String(decoding: input, as: UTF8.self)
        do {
            let bytes = try GraphvizRenderer.shared.render(dot: dot, layout: layout, format: format)
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
            return 0
        } catch let error as RenderError {
            try? FileHandle.standardError.write(contentsOf: Data((error.message + "\n").utf8))
            return graphvizFailure
        } catch {
            try? FileHandle.standardError.write(contentsOf: Data("cannot write the image: \(error)\n".utf8))
            return 2
        }
    }
}
