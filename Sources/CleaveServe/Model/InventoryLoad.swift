import CleaveCore
import CleaveInventory

/// One read of the inventory from disk: the validated graph with its warnings, or the
/// findings that stop it from being analysed.
enum InventoryLoad: Sendable {
    case loaded(EstateGraph, warnings: [Finding])
    /// It did not validate (the errors, and any warnings), or could not be read at all.
    case failed([Finding], message: String)

    /// Reads and validates the inventory at `path`, as every analysing command does.
    static func read(_ path: String) -> InventoryLoad {
        let loaded: LoadedInventory
        do {
            loaded = try InventoryLoader.load(path: path)
        } catch {
            return .failed([], message: error.description)
        }
        let (findings, graph) = Validator.check(loaded)
        let errors = findings.filter { $0.severity == .error }
        guard errors.isEmpty else {
            return .failed(
                findings,
                message: "the inventory has \(Wording.count(errors.count, "error")); the last good version is shown")
        }
        return .loaded(graph, warnings: findings.filter { $0.severity == .warning })
    }
}
