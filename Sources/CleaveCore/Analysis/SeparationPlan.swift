/// The cheapest full separation of a bloc from everyone else (SPEC §4.4), found as a
/// minimum s–t cut of the doubled network.
///
/// Each item `i` gets x(i) = "the bloc needs an instance" and y(i) = "someone else needs an
/// instance". x(i) = 1 is forced where the bloc uses `i` directly, y(i) = 1 where another
/// party does. A dependency `a → b` with x(a) = 1, x(b) = 0 is severed on the bloc's side
/// (and likewise for y on the others' side), at its sever cost; x(i) = y(i) = 1 duplicates
/// `i` at its one-off cost. What cannot be severed or duplicated costs ∞.
///
/// Of several equally cheap plans, the one taken gives the bloc as little as possible: the
/// cut's source side is the set of nodes reachable from the source in the residual network
/// of a maximum flow, which is unique, so the plan is the same on every run.
public struct SeparationPlan: Sendable {
    /// Which side re-engineers a severed dependency away.
    public enum Side: String, CaseIterable, Sendable {
        case bloc, others
    }

    /// A dependency `edge` that `side` re-engineers away.
    public struct Severance: Hashable, Sendable {
        public let edge: EdgeID
        public let side: Side
        public let cost: Double
    }

    /// Why no finite plan exists: an item on an all-infinite path from what the bloc uses
    /// to what the others use.
    public enum Obstacle: Hashable, Sendable {
        /// Both sides need the item, and its split strategy is `none`.
        case unsplittable(item: Int)
        /// The dependency has no sever cost and no estate default.
        case unseverable(edge: EdgeID)
    }

    /// The bloc's name: a party id, ids joined by `+`, or an option's bloc name (`rest`).
    public let bloc: String
    /// For a plan scoped to an option (SPEC 1.1 §4.4), the option's id; nil for a plan over
    /// the whole estate.
    public let option: String?
    /// The bloc's parties.
    public let parties: PartySet
    /// False when every separation costs ∞.
    public let feasible: Bool
    /// The plan's cost; nil when infeasible.
    public let cost: Double?
    /// x(i) and y(i) per item; all false when infeasible.
    public let blocNeeds: [Bool]
    public let othersNeed: [Bool]
    /// Items with x = y = 1, sorted by id (unsplittable ones excepted: see `shared`).
    public let duplicate: [Int]
    /// When sharing unsplittable items: those both sides need, which stay shared. Sorted by id.
    public let shared: [Int]
    /// Whether unsplittable items may stay shared (see `init(separating:in:name:sharingUnsplittable:)`).
    public let sharesUnsplittable: Bool
    /// Items with x = 1, y = 0: they go to the bloc alone. Sorted by id.
    public let moveToBloc: [Int]
    /// Sorted by `from` id, `to` id, then side.
    public let sever: [Severance]
    /// When infeasible: what makes it so, unsplittable items first, each sorted by id.
    public let obstacles: [Obstacle]
}
