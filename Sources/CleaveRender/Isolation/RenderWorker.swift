import Foundation

/// The child side of `IsolatedRenderer`: limits itself and renders the DOT it is given with
/// `GraphvizRenderer`. The executable's hidden `_render-worker` command reads the DOT from
/// standard input and writes the image, or the failure's message, to its standard streams:
/// this library only returns them.
public enum RenderWorker {
    /// Exit status when Graphviz reported an error; its message is on stderr.
    public static let graphvizFailure: Int32 = 3
    /// Exit status when the image could not be written.
    public static let writeFailure: Int32 = 2

    /// Why a job failed: the exit status the worker gives, and the message for stderr.
    public struct Failure: Error, Sendable {
        public let status: Int32
        public let message: String
    }

    /// Applies `limits` to this process; the first thing the worker does.
    public static func limit(_ limits: RenderLimits) { limits.applyToCurrentProcess() }

    /// Renders one job.
    /// - Returns: the image's bytes, or the failure with Graphviz's message.
    public static func render(dot input: Data, layout: LayoutEngine, format: RenderFormat) -> Result<[UInt8], Failure> {
        let dot = String(decoding: input, as: UTF8.self)
        do {
            return .success(try GraphvizRenderer.shared.render(dot: dot, layout: layout, format: format))
        } catch {
            return .failure(Failure(status: graphvizFailure, message: error.message))
        }
    }
}
