import CleaveCore

/// A fatal problem that stops the inventory from being read at all (exit status 2).
public struct InventoryError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var hint: String?

    public init(path: String, message: String, hint: String? = nil) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(path): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
