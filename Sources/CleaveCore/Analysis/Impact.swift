/// What hangs on one item: everything that depends on it, transitively, and everything it
/// depends on, with the parties each side touches.
public struct Impact: Sendable {
    /// An item reached, and how many edges away it is.
    public struct Reached: Hashable, Sendable {
        public let item: Int
        public let depth: Int
    }

    public let item: Int
    /// The items that depend on `item`, directly or not, sorted by id.
    public let dependents: [Reached]
    /// The items `item` depends on, directly or not, sorted by id.
    public let dependencies: [Reached]
    /// The parties that use a dependent directly: they would feel a change to `item`.
    public let dependentParties: PartySet
    /// The parties that use one of `item`'s dependencies directly: they share what `item`
    /// stands on.
    public let dependencyParties: PartySet

    /// - Complexity: O(items + edges) plus sorting what is reached.
    public init(of item: Int, in graph: EstateGraph) {
        self.item = item
        func side(_ adjacency: Adjacency) -> ([Reached], PartySet) {
            let distance = Reachability.distances(in: adjacency, from: [item])
            var parties = PartySet(capacity: graph.partyCount)
            var reached: [Reached] = []
            for i in 0..<graph.itemCount where distance[i] > 0 {
                reached.append(Reached(item: i, depth: distance[i]))
                parties.formUnion(graph.direct(i))
            }
            reached.sort { (graph.itemID($0.item), $0.item) < (graph.itemID($1.item), $1.item) }
            return (reached, parties)
        }
        (dependents, dependentParties) = side(graph.dependents)
        (dependencies, dependencyParties) = side(graph.dependencies)
    }
}
