/// For each node of a directed acyclic graph, the total weight of the nodes it reaches,
/// itself included.
///
/// Counting what each node reaches is transitive-closure work, with no known near-linear
/// exact method in general. This one is linear wherever reach does not overlap and pays
/// only for the overlap:
///
/// - Arcs into nodes with one predecessor form a forest. Summing weights up that forest
///   (`treeWeight`) counts each node's own subtree exactly, since subtrees do not overlap.
/// - Everything else a node reaches lies in the subtree of a *merge point* (a node with two
///   or more predecessors) that it reaches. So its total is its subtree plus the subtrees of
///   the merge points it reaches, found with bit sets over the merge points, 64 to a word,
///   and weighed word by word with the bits of each subtree weight as bit planes.
///
/// Chains, trees and single large cycles (one node once condensed) have no merge points
/// and cost linear time.
public enum ReachableWeights {
    /// - Parameters:
    ///   - dag: arcs go from higher to lower node numbers (as in a condensation numbered by
    ///     `StronglyConnectedComponents`), and no arc is listed twice.
    ///   - weight: a non-negative weight per node.
    /// - Complexity: O((V + E) · (1 + k / 64) + V · (k / 64) · log W) time for k merge
    ///   points with nonzero subtree weight and total weight W; memory O(V + E) plus at
    ///   most 4 Mi words of bit sets.
    public static func sums(dag: Adjacency, weight: [Int]) -> [Int] {
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
        var result = treeWeight
        let columns = (0..<n).filter { predecessors[$0] >= 2 && treeWeight[$0] > 0 }
        guard !columns.isEmpty else { return result }

        var column = [Int](repeating: -1, count: n)
        for (k, c) in columns.enumerated() { column[c] = k }
        let planes = Int.bitWidth - (columns.map { treeWeight[$0] }.max() ?? 0).leadingZeroBitCount
        let totalWords = (columns.count + 63) / 64
        let blockWords = max(1, min(totalWords, (1 << 22) / max(1, n)))
        var firstWord = 0
        while firstWord < totalWords {
            let words = min(blockWords, totalWords - firstWord)
            let firstColumn = firstWord * 64, endColumn = min(columns.count, (firstWord + words) * 64)
            // Bit plane b of word w: the columns of that word whose subtree weight has bit b.
            var plane = [UInt64](repeating: 0, count: planes * words)
            for k in firstColumn..<endColumn {
                let local = k - firstColumn, w = treeWeight[columns[k]]
                for b in 0..<planes where w & (1 << b) != 0 {
                    plane[b * words + (local >> 6)] |= 1 << UInt64(local & 63)
                }
            }
            var mask = [UInt64](repeating: 0, count: n * words)
            for c in 0..<n {
                let row = c * words
                for d in dag.neighbours(of: c) {
                    let other = d * words
                    for w in 0..<words { mask[row + w] |= mask[other + w] }
                    let k = column[d]
                    if k >= firstColumn && k < endColumn {
                        let local = k - firstColumn
                        mask[row + (local >> 6)] |= 1 << UInt64(local & 63)
                    }
                }
                var sum = 0
                for w in 0..<words where mask[row + w] != 0 {
                    let m = mask[row + w]
                    for b in 0..<planes { sum += (m & plane[b * words + w]).nonzeroBitCount << b }
                }
                result[c] += sum
            }
            firstWord += words
        }
        return result
    }
}
