extension ReachableWeights {
    /// Bit sets over the columns, 64 to a word, a block of words at a time (at most 4 Mi
    /// words in memory); each set is weighed word by word with the bits of the columns'
    /// subtree weights as bit planes.
    /// - Complexity: O((V + E) · k / 64 + V · (k / 64) · log W).
    static func bitSetSums(_ p: Problem) -> [Int] {
        let dag = p.dag, columns = p.columns, column = p.column, treeWeight = p.treeWeight
        let n = dag.nodeCount
        var result = treeWeight
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
