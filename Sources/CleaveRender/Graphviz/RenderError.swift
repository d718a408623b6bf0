import Foundation

/// Why a map could not be rendered, with Graphviz's own words where it gave any.
public struct RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// Graphviz reported an error (`agerrors()` or a failing return code).
        case graphviz
        /// The render process died from a signal, e.g. Graphviz 2.42 aborting on a cluster graph.
        case crashed
        /// The render did not finish within the wall-clock limit and was killed.
        case timedOut
        /// The render used up its CPU-time limit.
        case cpuLimit
        /// The render ran out of its memory limit.
        case memoryLimit
        /// The render process could not be started or answered nonsense.
        case worker
    }

    public var kind: Kind
    /// The view being rendered, when known; every message names it.
    public var view: String?
    /// Graphviz's message, or what happened to the render process.
    public var message: String

    public init(_ kind: Kind, view: String? = nil, message: String) {
        self.kind = kind
        self.view = view
        self.message = message
    }

    /// The same error, naming `view`.
    public func naming(_ view: String) -> RenderError {
        var copy = self
        copy.view = view
        return copy
    }

    public var description: String {
        let subject = view.map { "cannot render view '\($0)'" } ?? "cannot render"
        let what: String
        switch kind {
        case .graphviz: what = "Graphviz reported an error"
        case .crashed: what = "Graphviz crashed"
        case .timedOut: what = "Graphviz took too long"
        case .cpuLimit: what = "Graphviz used up its CPU-time limit"
        case .memoryLimit: what = "Graphviz ran out of memory"
        case .worker: what = "the render process failed"
        }
        let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return detail.isEmpty ? "\(subject): \(what)" : "\(subject): \(what): \(detail)"
    }
}
