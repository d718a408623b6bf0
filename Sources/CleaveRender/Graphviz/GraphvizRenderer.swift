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

    /// Reads `dot` with Graphviz's parser, without laying it out: a check that DOT text is
    /// well formed (the escaping tests and the fuzzer use it).
    ///
    /// - Throws: `RenderError` of kind `.graphviz` carrying Graphviz's message.
    public func parse(dot: String) throws(RenderError) {
        lock.lock()
        defer { lock.unlock() }
        _ = try contextLocked()
        GraphvizMessages.reset()
        agreseterrors()
        let parsed = SequentialIDs.read(dot)
        defer { if let parsed { agclose(parsed) } }
        guard parsed != nil, !GraphvizMessages.failed else {
            throw GraphvizMessages.error(or: "could not read the DOT text")
        }
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

        let parsed = SequentialIDs.read(dot)
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

/// Graphviz's object ids, given in the order names first appear in the DOT text.
///
/// Graphviz's own discipline makes a named object's id the address of its name string, and
/// keeps subgraphs ordered by id, so the order of clusters (in the layout and in the SVG)
/// followed where malloc happened to put the names: the same DOT text gave differently
/// ordered SVGs from one process to another. Here a named object's id is 2, 4, 6, … by first
/// appearance (even, as Graphviz expects of named ids) and an anonymous one 1, 3, 5, …
/// One table per graph, made in `open` and freed in `close` (`agclose`).
private final class SequentialIDs {
    private var ids: [String: IDTYPE] = [:]
    private var names: [UnsafeMutablePointer<CChar>] = []
    private var anonymous: IDTYPE = 1

    deinit { for name in names { free(name) } }

    /// Parses `dot` (as `agmemread` does, through a memory stream) with these ids.
    static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(dot.utf8)
        guard !bytes.isEmpty else { return dot.withCString { agmemread($0) } }
        return bytes.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<Agraph_t>? in
            guard let stream = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(stream) }
            return agread(UnsafeMutableRawPointer(stream), discipline)
        }
    }

    /// Graphviz's default memory and input disciplines with these ids; never freed.
    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(
            to: Agiddisc_t(
                open: { _, _ in UnsafeMutableRawPointer(Unmanaged.passRetained(SequentialIDs()).toOpaque()) },
                map: { state, _, name, id, create in
                    guard let state, let id else { return 0 }
                    return table(state).map(name, to: id, creating: create != 0) ? 1 : 0
                },
                alloc: { _, _, _ in 0 },
                free: { _, _, _ in },
                print: { state, _, id in
                    guard let state else { return nil }
                    return table(state).name(of: id)
                },
                close: { state in if let state { Unmanaged<SequentialIDs>.fromOpaque(state).release() } },
                idregister: { _, _, _ in }))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        let defaults = cleave_default_discipline()
        discipline.initialize(to: Agdisc_t(mem: defaults.mem, id: ids, io: defaults.io))
        return discipline
    }()

    private static func table(_ state: UnsafeMutableRawPointer) -> SequentialIDs {
        Unmanaged<SequentialIDs>.fromOpaque(state).takeUnretainedValue()
    }

    private func map(_ name: UnsafeMutablePointer<CChar>?, to id: UnsafeMutablePointer<IDTYPE>, creating: Bool) -> Bool {
        guard let name else {
            id.pointee = anonymous
            anonymous += 2
            return true
        }
        let key = String(cString: name)
        if let known = ids[key] {
            id.pointee = known
            return true
        }
        guard creating, let copy = strdup(name) else { return false }
        names.append(copy)
        let new = IDTYPE(names.count * 2)
        ids[key] = new
        id.pointee = new
        return true
    }

    private func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
        guard id % 2 == 0, id > 0, Int(id / 2) <= names.count else { return nil }
        return names[Int(id / 2) - 1]
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
