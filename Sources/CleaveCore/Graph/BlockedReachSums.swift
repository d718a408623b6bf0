import Foundation

/// For each node of a directed acyclic graph, the total weight of the nodes it reaches,
/// itself included: the sums `ReachableWeights` gives, by a blocked closure that runs on
/// every core in bounded memory.
///
/// The work is cut down before any closure is taken, exactly:
///
/// - Arcs into nodes with one predecessor form a forest, and subtrees do not overlap, so
///   each node's own subtree is summed once up that forest (`treeWeight`): chains and trees
///   cost linear time.
/// - Everything else a node reaches lies in the subtree of a *merge point* (a node with two
///   or more predecessors) that it reaches, and those subtrees are disjoint. So a node's
///   total is its subtree plus the subtrees of the merge points it reaches. Only merge
///   points with a nonzero subtree weight are *columns* (bit positions) at all: nodes of
///   weight zero (items no two parties need) never are.
///
/// The columns are then taken in blocks of at most 65,536, in node order. For each block,
/// one pass in topological order over the nodes that reach a column of the block (found
/// from the columns' predecessors, upwards, with a bit per node): each such node's *row*,
/// the block's columns it reaches, is the union of its successors' rows and of those
/// successors that are columns themselves, weighed as it is built. A row is a list of
/// 16-bit column numbers while that is shorter than a bit set over the block, and the bit
/// set otherwise, so sparse reach (an estate's usual case) costs what it reaches and dense
/// reach costs block-width words per arc, as a plain blocked bit-set closure does. A node
/// with one successor that is not a column of the block shares that successor's row
/// (`drag` = own subtree + successor's sum: chains cost nothing per block).
///
/// Blocks of every graph given go to a queue that every core takes from, so drag and hold
/// are one job on two cores.
///
/// Memory, per thread: about 40 bytes per node (row offsets, sums, marks and a partial
/// total per node of each graph) plus a pool of rows of at most
/// `max(poolEntries, 8 · nodes)` 16-bit entries (64 MiB with the default, up to 4 million
/// nodes). A row never takes more than its block's bit set (block width / 8 bytes), so a
/// pass needs at most nodes × block words × 8 bytes; when a block's rows would not fit
/// the pool, the block is halved and each half is done again, down to blocks of 64
/// columns, whose rows (at most 8 bytes each, 14 with alignment) always fit.
/// Shared and read-only: the graphs' arcs both ways as 32-bit node numbers, and their
/// tree weights and columns (about 32 bytes per node plus 8 per arc, per graph).
public enum BlockedReachSums {
    /// - Parameters:
    ///   - dag: arcs go from higher to lower node numbers (as in a condensation numbered by
    ///     `StronglyConnectedComponents`).
    ///   - weight: a non-negative weight per node.
    /// - Complexity: O(V + E) to prepare, then per block of columns O(A + E_A + L), for A
    ///   the nodes reaching the block, E_A their arcs and L the row entries read along those
    ///   arcs: at most O((V + E) · k / 16) in all for k columns, and
    ///   O(V + E + S) when reach is sparse, S being the total reach over columns.
    public static func sums(dag: Adjacency, weight: [Int]) -> [Int] {
        sums([(dag, weight)])[0]
    }

    /// The sums of several graphs at once, their blocks shared among `threads` threads.
    public static func sums(_ graphs: [(dag: Adjacency, weight: [Int])]) -> [[Int]] {
        sums(graphs, threads: 2)
    }

    static func sums(
        _ graphs: [(dag: Adjacency, weight: [Int])], threads: Int, blockColumns: Int = 1 << 16,
        poolEntries: Int = 1 << 25
    ) -> [[Int]] {
        precondition(blockColumns >= 1 && blockColumns <= 1 << 16)
        let problems = graphs.map { Problem(dag: $0.dag, weight: $0.weight) }
        var tasks: [Task] = []
        // Interleaved, so each thread starts on a block of each graph.
        var first = 0
        while problems.contains(where: { first < $0.columnCount }) {
            for (p, problem) in problems.enumerated() where first < problem.columnCount {
                tasks.append(Task(problem: p, first: first, end: min(problem.columnCount, first + blockColumns)))
            }
            first += blockColumns
        }
        guard !tasks.isEmpty else { return problems.map(\.treeWeight) }
        let queue = TaskQueue(tasks.reversed())
        let largest = problems.map(\.nodeCount).max() ?? 0
        let budget = max(poolEntries, 8 * largest)
        precondition(budget < Int(Int32.max), "too many nodes for 32-bit row offsets")
        let partials = parallelMap(max(1, min(threads, tasks.count))) { _ in
            let worker = Worker(nodes: largest, poolEntries: budget, problems: problems.map(\.nodeCount))
            while let task = queue.pop() {
                if !worker.pass(problems[task.problem], task.problem, first: task.first, end: task.end) {
                    // The rows outgrew the pool: halve the block; either thread may take a half.
                    precondition(task.end - task.first > 64, "a block of 64 columns always fits")
                    let middle = task.first + (task.end - task.first) / 2
                    queue.push(Task(problem: task.problem, first: middle, end: task.end))
                    queue.push(Task(problem: task.problem, first: task.first, end: middle))
                }
            }
            return worker.totals()
        }
        return problems.enumerated().map { p, problem in
            var result = problem.treeWeight
            for partial in partials {
                guard let sums = partial[p] else { continue }
                for c in 0..<result.count { result[c] += sums[c] }
            }
            return result
        }
    }

    struct Task: Sendable {
        let problem: Int
        let first: Int
        let end: Int
    }

    /// Blocks still to do, taken from the end.
    final class TaskQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var tasks: [Task]

        init(_ tasks: [Task]) { self.tasks = tasks }

        func pop() -> Task? { lock.withLock { tasks.popLast() } }
        func push(_ task: Task) { lock.withLock { tasks.append(task) } }
    }

    /// One graph, prepared: its arcs both ways, subtree weights and columns. Read-only once
    /// made, so every thread reads it.
    final class Problem: @unchecked Sendable {
        let nodeCount: Int
        let treeWeight: [Int]
        var columnCount: Int { columns.count }
        /// Arcs out of node `c`: `successors[successorStart[c]..<successorStart[c + 1]]`.
        let successorStart: UnsafeMutableBufferPointer<Int>
        let successors: UnsafeMutableBufferPointer<Int32>
        let predecessorStart: UnsafeMutableBufferPointer<Int>
        let predecessors: UnsafeMutableBufferPointer<Int32>
        /// The merge points with nonzero subtree weight, by increasing node number.
        let columns: UnsafeMutableBufferPointer<Int32>
        /// Each node's index in `columns`, or -1.
        let column: UnsafeMutableBufferPointer<Int32>
        /// The subtree weight of each column.
        let columnWeight: UnsafeMutableBufferPointer<Int>

        init(dag: Adjacency, weight: [Int]) {
            let n = dag.nodeCount
            precondition(weight.count == n && n < Int(Int32.max))
            nodeCount = n
            var inDegree = [Int](repeating: 0, count: n)
            for t in dag.targets { inDegree[t] += 1 }
            var tree = weight
            for c in 0..<n {
                for d in dag.neighbours(of: c) {
                    precondition(d < c, "arcs must go from higher to lower node numbers")
                    if inDegree[d] == 1 { tree[c] += tree[d] }
                }
            }
            treeWeight = tree
            successorStart = .allocate(capacity: n + 1)
            _ = successorStart.initialize(from: dag.start)
            successors = .allocate(capacity: dag.arcCount)
            for (a, t) in dag.targets.enumerated() { successors[a] = Int32(t) }
            predecessorStart = .allocate(capacity: n + 1)
            predecessorStart.initialize(repeating: 0)
            for t in dag.targets { predecessorStart[t + 1] += 1 }
            for c in 0..<n { predecessorStart[c + 1] += predecessorStart[c] }
            predecessors = .allocate(capacity: dag.arcCount)
            var next = Array(predecessorStart)
            for c in 0..<n {
                for d in dag.neighbours(of: c) {
                    predecessors[next[d]] = Int32(c)
                    next[d] += 1
                }
            }
            let chosen = (0..<n).filter { inDegree[$0] >= 2 && tree[$0] > 0 }
            columns = .allocate(capacity: chosen.count)
            columnWeight = .allocate(capacity: chosen.count)
            column = .allocate(capacity: n)
            column.initialize(repeating: -1)
            for (k, c) in chosen.enumerated() {
                columns[k] = Int32(c)
                columnWeight[k] = tree[c]
                column[c] = Int32(k)
            }
        }

        deinit {
            successorStart.deallocate()
            successors.deallocate()
            predecessorStart.deallocate()
            predecessors.deallocate()
            columns.deallocate()
            column.deallocate()
            columnWeight.deallocate()
        }
    }

    /// One thread's scratch space and its partial totals, one array per graph it worked on.
    final class Worker {
        private let active: UnsafeMutableBufferPointer<UInt64>
        private let order: UnsafeMutableBufferPointer<Int32>
        /// The pass in which each node's row was made (rows of other passes are stale).
        private let seen: UnsafeMutableBufferPointer<Int32>
        private let rowStart: UnsafeMutableBufferPointer<Int32>
        /// A list's length, or -1 for a bit set.
        private let rowLength: UnsafeMutableBufferPointer<Int32>
        private let rowSum: UnsafeMutableBufferPointer<Int>
        /// Per column of the block: the last node whose list took it, and its weight.
        private let stamp: UnsafeMutableBufferPointer<Int32>
        private let weight: UnsafeMutableBufferPointer<Int>
        private let union: UnsafeMutableBufferPointer<UInt64>
        /// The rows, in 16-bit entries; a bit set starts on a word.
        private let pool: UnsafeMutableRawPointer
        private let poolEntries: Int
        private var passes: Int32 = 0
        private var partial: [[Int]?]
        private let sizes: [Int]

        init(nodes: Int, poolEntries: Int, problems sizes: [Int]) {
            active = .allocate(capacity: (nodes + 63) / 64)
            active.initialize(repeating: 0)
            order = .allocate(capacity: nodes)
            seen = .allocate(capacity: nodes)
            seen.initialize(repeating: -1)
            rowStart = .allocate(capacity: nodes)
            rowLength = .allocate(capacity: nodes)
            rowSum = .allocate(capacity: nodes)
            stamp = .allocate(capacity: 1 << 16)
            weight = .allocate(capacity: 1 << 16)
            union = .allocate(capacity: 1 << 10)
            self.poolEntries = poolEntries
            pool = .allocate(byteCount: 2 * poolEntries, alignment: 8)
            partial = sizes.map { _ in nil }
            self.sizes = sizes
        }

        deinit {
            active.deallocate()
            order.deallocate()
            seen.deallocate()
            rowStart.deallocate()
            rowLength.deallocate()
            rowSum.deallocate()
            stamp.deallocate()
            weight.deallocate()
            union.deallocate()
            pool.deallocate()
        }

        func totals() -> [[Int]?] { partial }

        /// Adds to each node's partial total the weight of columns `first..<end` it reaches.
        /// Returns false, having added nothing, if the block's rows do not fit the pool.
        func pass(_ p: Problem, _ index: Int, first: Int, end: Int) -> Bool {
            passes += 1
            let pass = passes
            let width = end - first
            let rowWords = (width + 63) >> 6
            let setEntries = 4 * rowWords  // a bit set's size in 16-bit entries
            for l in 0..<width {
                stamp[l] = -1
                weight[l] = p.columnWeight[first + l]
            }
            let words = (p.nodeCount + 63) >> 6
            var lowest = p.nodeCount
            for k in first..<end {
                let t = Int(p.columns[k])
                for a in p.predecessorStart[t]..<p.predecessorStart[t + 1] {
                    let q = Int(p.predecessors[a])
                    active[q >> 6] |= 1 << UInt64(q & 63)
                    lowest = min(lowest, q)
                }
            }
            let pool = self.pool
            var used = 0, count = 0
            var w = lowest >> 6
            while w < words {
                while active[w] != 0 {
                    let bits = active[w]
                    let c = w << 6 | bits.trailingZeroBitCount
                    active[w] = bits & (bits &- 1)
                    order[count] = Int32(c)
                    count += 1
                    let a0 = p.successorStart[c], a1 = p.successorStart[c + 1]
                    var shared = false
                    if a1 - a0 == 1 {
                        let d = Int(p.successors[a0]), k = Int(p.column[d])
                        if (k < first || k >= end) && seen[d] == pass {
                            rowStart[c] = rowStart[d]
                            rowLength[c] = rowLength[d]
                            rowSum[c] = rowSum[d]
                            shared = true
                        }
                    }
                    if !shared {
                        var need = 0, dense = false
                        for a in a0..<a1 {
                            let d = Int(p.successors[a])
                            need += 1
                            if seen[d] == pass {
                                let length = Int(rowLength[d])
                                if length < 0 { dense = true } else { need += length }
                            }
                        }
                        dense = dense || need > setEntries
                        if used + (dense ? setEntries + 3 : need) > poolEntries {
                            for v in w..<words { active[v] = 0 }
                            return false
                        }
                        var sum = 0
                        if dense {
                            for v in 0..<rowWords { union[v] = 0 }
                            for a in a0..<a1 {
                                let d = Int(p.successors[a]), k = Int(p.column[d])
                                if k >= first && k < end {
                                    let l = k - first
                                    union[l >> 6] |= 1 << UInt64(l & 63)
                                }
                                guard seen[d] == pass else { continue }
                                let s = 2 * Int(rowStart[d]), length = Int(rowLength[d])
                                if length < 0 {
                                    for v in 0..<rowWords {
                                        union[v] |= pool.load(fromByteOffset: s + 8 * v, as: UInt64.self)
                                    }
                                } else {
                                    for x in 0..<length {
                                        let l = Int(pool.load(fromByteOffset: s + 2 * x, as: UInt16.self))
                                        union[l >> 6] |= 1 << UInt64(l & 63)
                                    }
                                }
                            }
                            used = (used + 3) & ~3
                            for v in 0..<rowWords {
                                var bits = union[v]
                                pool.storeBytes(of: bits, toByteOffset: 2 * used + 8 * v, as: UInt64.self)
                                while bits != 0 {
                                    sum += weight[v << 6 | bits.trailingZeroBitCount]
                                    bits &= bits &- 1
                                }
                            }
                            rowStart[c] = Int32(used)
                            rowLength[c] = -1
                            used += setEntries
                        } else {
                            let me = Int32(c)
                            var length = 0
                            for a in a0..<a1 {
                                let d = Int(p.successors[a]), k = Int(p.column[d])
                                if k >= first && k < end {
                                    let l = k - first
                                    if stamp[l] != me {
                                        stamp[l] = me
                                        pool.storeBytes(
                                            of: UInt16(l), toByteOffset: 2 * (used + length), as: UInt16.self)
                                        length += 1
                                        sum += weight[l]
                                    }
                                }
                                guard seen[d] == pass else { continue }
                                let s = 2 * Int(rowStart[d])
                                for x in 0..<Int(rowLength[d]) {
                                    let entry = pool.load(fromByteOffset: s + 2 * x, as: UInt16.self)
                                    let l = Int(entry)
                                    if stamp[l] != me {
                                        stamp[l] = me
                                        pool.storeBytes(of: entry, toByteOffset: 2 * (used + length), as: UInt16.self)
                                        length += 1
                                        sum += weight[l]
                                    }
                                }
                            }
                            rowStart[c] = Int32(used)
                            rowLength[c] = Int32(length)
                            used += length
                        }
                        rowSum[c] = sum
                    }
                    seen[c] = pass
                    for a in p.predecessorStart[c]..<p.predecessorStart[c + 1] {
                        let q = Int(p.predecessors[a])
                        active[q >> 6] |= 1 << UInt64(q & 63)
                    }
                }
                w += 1
            }
            if partial[index] == nil { partial[index] = [Int](repeating: 0, count: sizes[index]) }
            partial[index]!.withUnsafeMutableBufferPointer { totals in
                for i in 0..<count {
                    let c = Int(order[i])
                    totals[c] += rowSum[c]
                }
            }
            return true
        }
    }
}

extension BlockedReachSums {
    /// `BlockedReachSums.sums` of some DAGs, read for each element of a list of nodes (items,
    /// by their component), computed the first time they are read and kept.
    ///
    /// The sums are transitive-closure work, the largest part of an analysis on a large
    /// estate, so only the reports that show them pay. Reading one graph's sums computes
    /// that graph's alone; `values()` computes every graph not yet computed in one job.
    /// Safe to read from several threads; each graph's sums are computed once.
    final class Deferred: @unchecked Sendable {
        private let lock = NSLock()
        private var graphs: [(dag: Adjacency, weight: [Int], nodes: [Int])?]
        private var sums: [[Int]?]

        init(_ graphs: [(dag: Adjacency, weight: [Int], nodes: [Int])]) {
            self.graphs = graphs
            sums = graphs.map { _ in nil }
        }

        /// Graph `k`'s sums by node of its list.
        func value(_ k: Int) -> [Int] {
            lock.withLock {
                compute([k])
                return sums[k]!
            }
        }

        /// Every graph's sums by node of its list.
        func values() -> [[Int]] {
            lock.withLock {
                compute(Array(graphs.indices))
                return sums.map { $0! }
            }
        }

        private func compute(_ wanted: [Int]) {
            let missing = wanted.filter { sums[$0] == nil }
            guard !missing.isEmpty else { return }
            let byNode = BlockedReachSums.sums(missing.map { (graphs[$0]!.dag, graphs[$0]!.weight) })
            for (k, s) in zip(missing, byNode) {
                sums[k] = graphs[k]!.nodes.map { s[$0] }
                graphs[k] = nil
            }
        }
    }
}
