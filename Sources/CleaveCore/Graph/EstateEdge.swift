/// One edge `from → to` of the estate graph (SPEC §4.1): a `dependsOn` entry of `from`, or a
/// contract in `from`'s `contracts` (via `licence`).
public struct EstateEdge: Hashable, Sendable {
    /// Where the edge was written in the `from` item.
    public enum Origin: Hashable, Sendable {
        /// The `n`-th entry of `dependsOn`.
        case dependsOn(Int)
        /// The `n`-th entry of `contracts`.
        case contracts(Int)
    }

    /// Item indices.
    public let from: Int
    public let to: Int
    public let via: Via
    /// The dependency's own `severCost`; contract edges have none.
    public let severCost: Double?
    public let origin: Origin

    public init(from: Int, to: Int, via: Via, severCost: Double?, origin: Origin) {
        self.from = from
        self.to = to
        self.via = via
        self.severCost = severCost
        self.origin = origin
    }
}
