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

/// Values by key like `Memo`, but within a budget: each value has a cost (1 unless told),
/// and storing one that would take the total over `budget` first drops the values used
/// longest ago. For what is asked again often but not forever, such as the cuts of the
/// workbench's what-if options.
public final class RecentMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: (value: Value, used: Int, cost: Int)] = [:]
    private var clock = 0
    private var spent = 0
    /// The most the values kept may cost together (a value costing more is kept alone).
    public let budget: Int
    private let cost: @Sendable (Value) -> Int

    /// - Precondition: `budget` > 0.
    public init(budget: Int, cost: @escaping @Sendable (Value) -> Int = { _ in 1 }) {
        precondition(budget > 0, "a RecentMemo keeps at least one value")
        self.budget = budget
        self.cost = cost
    }

    /// The number of values kept.
    public var count: Int { lock.withLock { values.count } }

    /// What the values kept cost together: at most `budget`, unless one value alone costs more.
    public var total: Int { lock.withLock { spent } }

    /// The value kept for `key`, if any; it counts as just used.
    public func kept(_ key: Key) -> Value? {
        lock.withLock {
            guard let found = values[key] else { return nil }
            clock += 1
            values[key]!.used = clock
            return found.value
        }
    }

    /// Keeps `value` for `key` (the first value stored for a key stays), first dropping the
    /// values used longest ago while the total would exceed `budget`.
    /// - Complexity: O(values kept) for each value dropped.
    public func keep(_ value: Value, for key: Key) {
        let price = cost(value)
        lock.withLock {
            clock += 1
            if values[key] != nil {
                values[key]!.used = clock
                return
            }
            while !values.isEmpty, spent + price > budget,
                let oldest = values.min(by: { $0.value.used < $1.value.used })
            {
                spent -= oldest.value.cost
                values[oldest.key] = nil
            }
            values[key] = (value, clock, price)
            spent += price
        }
    }

    /// The value for `key`, computed by `make` (outside the lock) if it is not kept.
    public func value(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
        if let found = kept(key) { return found }
        let value = try make()
        keep(value, for: key)
        return kept(key) ?? value
    }
}
