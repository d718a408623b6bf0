import Foundation

extension ReachableWeights {
    /// `ReachableWeights.sums` of a DAG, read for each element of a list of nodes (items,
    /// by their component), computed the first time they are read and kept.
    ///
    /// The sums are transitive-closure work: on a million-item estate they cost far more than
    /// everything else an analysis does, so only the reports that show them should pay.
    /// Safe to read from several threads; the sums are computed once.
    final class Deferred: @unchecked Sendable {
        private let lock = NSLock()
        private var dag: Adjacency?
        private var weight: [Int]
        private var nodes: [Int]
        private var sums: [Int]?

        init(dag: Adjacency, weight: [Int], of nodes: [Int]) {
            self.dag = dag
            self.weight = weight
            self.nodes = nodes
        }

        var value: [Int] {
            lock.withLock {
                if let sums { return sums }
                let byNode = ReachableWeights.sums(dag: dag!, weight: weight)
                let computed = nodes.map { byNode[$0] }
                sums = computed
                dag = nil
                weight = []
                nodes = []
                return computed
            }
        }
    }
}
