import Dispatch
import Foundation

/// `transform(k)` for every `k` in `0..<count`, computed on every core, in index order.
///
/// For independent pieces of work of some size (a file, a validation rule); the results are
/// the ones a plain `map` gives.
package func parallelMap<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    let slots = Slots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { k in
        slots[k] = transform(k)
    }
    return slots.values.map { $0! }
}

/// Result slots written from several threads, each slot by one of them only.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(k: Int) -> Value? {
        get { lock.withLock { storage[k] } }
        set { lock.withLock { storage[k] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
