import Foundation

/// The temporary files and folders being written at this moment (an `AtomicFile`'s temporary
/// file, a folder writer's staging folder), so that an interrupted run can remove them and
/// leave nothing half-written behind.
///
/// Writers create and fill a path inside `writing(_:_:)`, one file at a time, and forget it
/// once it is renamed into place or removed. The executable calls `removeAll()` when it is
/// interrupted: it waits for the file being written, removes every path, and from then on
/// nothing more is written, so nothing reappears between the clean-up and the exit.
public enum TemporaryPaths {
    private final class Registry: @unchecked Sendable {
        let lock = NSRecursiveLock()
        var paths: Set<String> = []
        var closed = false
    }

    private static let registry = Registry()

    /// Records `path` as temporary and runs `body`, which creates or writes it (or a file
    /// inside it), with the clean-up held off until `body` is done. Once `removeAll()` has
    /// run, it never returns: the process is about to end and must not write again.
    public static func writing<T, E: Error>(_ path: String, _ body: () throws(E) -> T) throws(E) -> T {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        if registry.closed {
            registry.lock.unlock()
            while true { pause() }
        }
        registry.paths.insert(path)
        return try body()
    }

    /// Records `path` as temporary, for a folder another process fills.
    public static func register(_ path: String) { writing(path) {} }

    /// Forgets `path`: it has been renamed into place or removed.
    public static func forget(_ path: String) {
        registry.lock.lock()
        registry.paths.remove(path)
        registry.lock.unlock()
    }

    /// The paths registered now, sorted.
    public static var current: [String] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.paths.sorted()
    }

    /// Removes every registered file or folder and refuses any later registration.
    /// - Returns: the paths removed, sorted.
    @discardableResult
    public static func removeAll() -> [String] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.closed = true
        let paths = registry.paths.sorted()
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        registry.paths.removeAll()
        return paths
    }
}
