extension ReachableWeights {
    /// Each node's list of the columns it reaches, built from its successors' lists with a
    /// stamp per column against repeats, and dropped once its last predecessor has used it.
    /// Returns nil as soon as the entries examined pass `budget` or those held pass `memory`.
    /// - Complexity: O(V + E + S) for S the total length of the lists read along arcs.
    static func sparseSums(_ p: Problem, budget: Int, memory: Int) -> [Int]? {
        let dag = p.dag, column = p.column
        let n = dag.nodeCount
        var result = p.treeWeight
        let columnWeight = p.columns.map { p.treeWeight[$0] }
        var lists = [[Int32]](repeating: [], count: n)
        var unread = p.predecessors  // predecessors yet to read each node's list
        var stamp = [Int](repeating: -1, count: p.columns.count)
        var work = 0, held = 0
        for c in 0..<n {
            var list: [Int32] = []
            for d in dag.neighbours(of: c) {
                let k = column[d]
                if k >= 0 && stamp[k] != c {
                    stamp[k] = c
                    list.append(Int32(k))
                }
                for x in lists[d] where stamp[Int(x)] != c {
                    stamp[Int(x)] = c
                    list.append(x)
                }
                work += lists[d].count + 1
                unread[d] -= 1
                if unread[d] == 0 {
                    held -= lists[d].count
                    lists[d] = []
                }
            }
            if work > budget { return nil }
            var sum = 0
            for k in list { sum += columnWeight[Int(k)] }
            result[c] += sum
            if unread[c] > 0 {
                held += list.count
                if held > memory { return nil }
                lists[c] = list
            }
        }
        return result
    }
}
