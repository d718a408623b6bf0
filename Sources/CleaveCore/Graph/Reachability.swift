/// Breadth-first reachability over an `Adjacency`, with the number of arcs to each node.
public enum Reachability {
    /// The distance in arcs from the nearest of `starts` to every node, or -1 where none
    /// reaches. The starts themselves are at distance 0.
    /// - Complexity: O(nodes + arcs).
    public static func distances(in graph: Adjacency, from starts: [Int]) -> [Int] {
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        var queue: [Int] = []
        for s in starts where distance[s] < 0 {
            distance[s] = 0
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in graph.neighbours(of: v) where distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        return distance
    }
}
