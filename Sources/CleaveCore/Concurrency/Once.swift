import Foundation

/// A value computed the first time it is read, once, from whichever thread reads it.
///
/// The analyses hold their parts in these, so a report printed as JSON never builds its
/// tables, and an analysis read by several sections is computed once.
public final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> Value)?
    private var built: Value?

    public init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// The value, computed now if no thread has asked for it before.
    public var value: Value {
        lock.withLock {
            if let built { return built }
            let value = make!()
            built = value
            make = nil
            return value
        }
    }
}

/// Values by key, each computed the first time its key is asked for and kept.
///
/// The computation runs outside the lock, so keys asked for on different cores at once are
/// computed side by side; when two threads compute one key at the same time the first
/// value stored is kept (the analyses are deterministic, so both are the same).
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value for `key`, computed by `make` if it is not kept yet.
    public func value(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
        if let kept = lock.withLock({ values[key] }) { return kept }
        let value = try make()
        return lock.withLock {
            if let kept = values[key] { return kept }
            values[key] = value
            return value
        }
    }
}
