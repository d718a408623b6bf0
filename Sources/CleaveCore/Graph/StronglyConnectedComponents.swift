/// The strongly connected components of a directed graph, found by Tarjan's algorithm with
/// an explicit stack, so a chain or a cycle through hundreds of thousands of nodes is fine.
///
/// Components are numbered in reverse topological order: for every arc `u → v`,
/// `component[u] >= component[v]`. So visiting components by increasing number visits each
/// after everything it reaches, and by decreasing number before.
public struct StronglyConnectedComponents: Sendable {
    /// The component of each node.
    public let component: [Int]
    /// The nodes of each component: `members.neighbours(of: c)`.
    public let members: Adjacency

    public var count: Int { members.nodeCount }

    /// - Complexity: O(nodes + arcs).
    public init(_ graph: Adjacency) {
        let n = graph.nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: n)
        var componentCount = 0
        var counter = 0
        // The depth-first path: each node with the next of its arcs to look at.
        var path: [(node: Int, arc: Int)] = []

        for root in 0..<n where index[root] == -1 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            path.append((root, graph.start[root]))
            while let (v, arc) = path.last {
                if arc < graph.start[v + 1] {
                    path[path.count - 1].arc += 1
                    let w = graph.targets[arc]
                    if index[w] == -1 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(w)
                        onStack[w] = true
                        path.append((w, graph.start[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                path.removeLast()
                if let parent = path.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while true {
                        let w = stack.removeLast()
                        onStack[w] = false
                        component[w] = componentCount
                        if w == v { break }
                    }
                    componentCount += 1
                }
            }
        }
        self.component = component
        members = Adjacency(nodeCount: componentCount, arcs: (0..<n).map { (component[$0], $0) })
    }

    /// The condensation of `graph`: one node per component, an arc `c → d` for each pair of
    /// different components joined by at least one arc, listed once.
    /// - Complexity: O(nodes + arcs).
    public func condensation(of graph: Adjacency) -> Adjacency {
        var arcs: [(from: Int, to: Int)] = []
        var lastSeenFrom = [Int](repeating: -1, count: count)
        for c in 0..<count {
            for v in members.neighbours(of: c) {
                for w in graph.neighbours(of: v) {
                    let d = component[w]
                    if d != c && lastSeenFrom[d] != c {
                        lastSeenFrom[d] = c
                        arcs.append((c, d))
                    }
                }
            }
        }
        return Adjacency(nodeCount: count, arcs: arcs)
    }
}
