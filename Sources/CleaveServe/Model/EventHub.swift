/// The open pages' event streams (`GET /api/events`): each subscriber gets every message
/// published after it subscribed, as server-sent events.
final class EventHub: Sendable {
    /// Pages at once; more are refused (503) rather than holding connections without end.
    static let maxSubscribers = 64

    private let subscribers = Locked<(next: Int, continuations: [Int: AsyncStream<String>.Continuation])>(
        (0, [:]))

    /// A stream of event texts, starting with `first`; nil when there are too many already.
    func subscribe(first: String) -> AsyncStream<String>? {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let key: Int? = subscribers.withLock { state in
            guard state.continuations.count < Self.maxSubscribers else { return nil }
            let key = state.next
            state.next += 1
            state.continuations[key] = continuation
            return key
        }
        guard let key else { return nil }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.continuations.removeValue(forKey: key) }
        }
        continuation.yield(first)
        return stream
    }

    /// Sends `text` to every subscriber.
    func publish(_ text: String) {
        for continuation in subscribers.withLock({ Array($0.continuations.values) }) { continuation.yield(text) }
    }

    /// Ends every stream (the server is stopping).
    func finish() {
        for continuation in subscribers.withLock({ Array($0.continuations.values) }) { continuation.finish() }
    }

    var count: Int { subscribers.withLock { $0.continuations.count } }

    /// One server-sent event: `event: NAME` and its data, one `data:` line per line.
    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\n"
            + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }
            .joined() + "\n"
    }
}
