internal import CGraphviz
import Foundation

/// The one place Cleave calls Graphviz: DOT text in, SVG, PNG or PDF bytes out.
///
/// libgvc keeps global state (the parser, the error level, the plugin tables) and is not
/// thread-safe, so every call runs under one lock. Graphviz's messages go to a collector
/// instead of stderr; its error level (`agerrors()`) is sticky, so it is reset before
/// each job. Everything Graphviz allocates is freed with `defer` on every path.
///
/// A crash or an endless layout inside Graphviz still takes the calling process with it:
/// the CLI runs this in a child process (`IsolatedRenderer`) for that reason.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The process-wide renderer; there is one Graphviz per process.
    public static let shared = GraphvizRenderer()

    /// Guards `context` and every Graphviz call.
    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// Lays `dot` out with `layout` and renders it as `format` (svg, png or pdf).
    ///
    /// - Throws: `RenderError` of kind `.graphviz` carrying Graphviz's message, or when
    ///   `format` is not one Graphviz lays out.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
        guard format.needsGraphviz else {
            throw RenderError(.graphviz, message: "\(format.rawValue) is text, not an image Graphviz renders")
        }
        lock.lock()
        defer { lock.unlock() }
        return try renderLocked(dot: dot, layout: layout, format: format)
    }

    /// The installed Graphviz version, e.g. `2.43.0`.
    public var version: String {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = try? contextLocked(), let text = gvcVersion(gvc) else { return "unknown" }
        return String(cString: text)
    }

    private func contextLocked() throws(RenderError) -> OpaquePointer {
        if let context { return context }
        GraphvizMessages.install()
        guard let created = gvContext() else {
            throw RenderError(.graphviz, message: "could not create a Graphviz context")
        }
        context = created
        return created
    }

    private func renderLocked(dot: String, layout: LayoutEngine, format: RenderFormat) throws(RenderError) -> [UInt8] {
        let gvc = try contextLocked()
        GraphvizMessages.reset()
        agreseterrors()

        let parsed: UnsafeMutablePointer<Agraph_t>? = dot.withCString { agmemread($0) }
        guard let graph = parsed, !GraphvizMessages.failed else {
            if let parsed { agclose(parsed) }
            throw GraphvizMessages.error(or: "could not read the DOT text")
        }
        defer { agclose(graph) }

        guard gvLayout(gvc, graph, layout.rawValue) == 0, !GraphvizMessages.failed else {
            throw GraphvizMessages.error(or: "layout '\(layout.rawValue)' failed")
        }
        defer { gvFreeLayout(gvc, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format.rawValue, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data, !GraphvizMessages.failed else {
            throw GraphvizMessages.error(or: "rendering as \(format.rawValue) failed")
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}

/// Collects what Graphviz says through `agseterrf`, only ever touched under the renderer's lock.
private enum GraphvizMessages {
    nonisolated(unsafe) static var text = ""

    static func install() {
        _ = agseterrf { message in
            if let message { GraphvizMessages.text += String(cString: message) }
            return 0
        }
    }

    static func reset() { text = "" }

    /// True once Graphviz has reported an error (not merely a warning) since the reset.
    static var failed: Bool { agerrors() >= Int32(AGERR.rawValue) }

    static func error(or fallback: String) -> RenderError {
        let said = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        return RenderError(.graphviz, message: said.isEmpty ? fallback : said)
    }
}
