/// For each node of a directed acyclic graph, the total weight of the nodes it reaches,
/// itself included.
///
/// Counting what each node reaches is transitive-closure work, with no known near-linear
/// exact method in general (and none is expected to exist). This one is linear wherever
/// reach does not overlap and pays only for the overlap:
///
/// - Arcs into nodes with one predecessor form a forest. Summing weights up that forest
///   (`treeWeight`) counts each node's own subtree exactly, since subtrees do not overlap.
/// - Everything else a node reaches lies in the subtree of a *merge point* (a node with two
///   or more predecessors) that it reaches. So its total is its subtree plus the subtrees of
///   the merge points it reaches (the *columns*).
/// - The merge points each node reaches are collected as lists, each node's list the union
///   of its successors' (`sparseSums`): the work is the total size of those lists, small
///   when reach is local, as in estates, where a system reaches its platform and
///   infrastructure, not most of the estate. Should that work or memory grow past what bit
///   sets over all merge points would cost (`bitSetSums`: (V + E) · k / 64 word
///   operations), the bit sets are used instead.
///
/// Chains, trees and single large cycles (one node once condensed) have no merge points
/// and cost linear time.
public enum ReachableWeights {
    enum Method { case automatic, lists, bitSets }

    /// - Parameters:
    ///   - dag: arcs go from higher to lower node numbers (as in a condensation numbered by
    ///     `StronglyConnectedComponents`), and no arc is listed twice.
    ///   - weight: a non-negative weight per node.
    /// - Complexity: O(V + E + min(S, (V + E) · k / 64)) time, where k is the number of
    ///   merge points with nonzero subtree weight and S the total size of the merge-point
    ///   lists passed along arcs; memory O(V + E) plus at most 16 Mi list entries or 4 Mi
    ///   words of bit sets.
    public static func sums(dag: Adjacency, weight: [Int]) -> [Int] {
        sums(dag: dag, weight: weight, method: .automatic)
    }

    static func sums(dag: Adjacency, weight: [Int], method: Method) -> [Int] {
        let n = dag.nodeCount
        var predecessors = [Int](repeating: 0, count: n)
        for t in dag.targets { predecessors[t] += 1 }
        var treeWeight = weight
        for c in 0..<n {
            for d in dag.neighbours(of: c) where predecessors[d] == 1 {
                precondition(d < c, "arcs must go from higher to lower node numbers")
                treeWeight[c] += treeWeight[d]
            }
        }
        let columns = (0..<n).filter { predecessors[$0] >= 2 && treeWeight[$0] > 0 }
        guard !columns.isEmpty else { return treeWeight }
        var column = [Int](repeating: -1, count: n)
        for (k, c) in columns.enumerated() { column[c] = k }
        let problem = Problem(
            dag: dag, predecessors: predecessors, treeWeight: treeWeight,
            columns: columns, column: column)
        switch method {
        case .lists:
            return sparseSums(problem, budget: .max, memory: .max)!
        case .bitSets:
            return bitSetSums(problem)
        case .automatic:
            let words = (columns.count + 63) / 64
            let bitSetWork = (n + dag.arcCount).multipliedReportingOverflow(by: words)
            return sparseSums(
                problem, budget: bitSetWork.overflow ? .max : 4 * bitSetWork.partialValue,
                memory: 1 << 24) ?? bitSetSums(problem)
        }
    }

    /// The merge points each node reaches are summed over, by column number.
    struct Problem {
        let dag: Adjacency
        let predecessors: [Int]
        let treeWeight: [Int]
        /// The merge points with nonzero subtree weight.
        let columns: [Int]
        /// Each node's index in `columns`, or -1.
        let column: [Int]
    }
}
