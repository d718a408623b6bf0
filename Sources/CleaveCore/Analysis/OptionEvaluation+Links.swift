extension OptionEvaluation {
    /// The ties and conflicts of an option, and the count of internal edges.
    struct Links {
        var ties: [Tie] = []
        var conflicts: [EdgeID] = []
        /// Edges with `d(a) = d(b) = split` and `a` needed by someone.
        var internalEdges = 0
    }

    /// Classifies every edge `a → b` whose `a` has at least one bloc (SPEC §4.3).
    /// - Complexity: O(edges · parties / 64 + ties · log ties).
    static func links(
        graph: EstateGraph, dispositions d: [Disposition], partition: BlocPartition,
        blocs: (Int) -> BlocSet
    ) -> Links {
        var links = Links()
        for (e, edge) in zip(graph.edges.indices, graph.edges) {
            let a = edge.from, b = edge.to
            let blocsOfA = blocs(a)
            guard !blocsOfA.isEmpty else { continue }
            switch (d[a], d[b]) {
            case (.split, .shared) where blocs(b).count >= 2:
                let runner = graph.itemLead[b].map(partition.bloc(ofParty:))
                for bloc in blocsOfA where bloc != runner { links.ties.append(Tie(bloc: bloc, edge: e)) }
            case (.shared, .split) where blocsOfA.count >= 2:
                links.conflicts.append(e)
            case (.split, .split):
                links.internalEdges += 1
            default:
                break
            }
        }
        // Report order by item rank (the order of ids, compared as integers), then bloc name.
        let rank = graph.rankByID
        links.ties.sort {
            let x = graph.edges[$0.edge], y = graph.edges[$1.edge]
            if rank(x.from) != rank(y.from) { return rank(x.from) < rank(y.from) }
            if rank(x.to) != rank(y.to) { return rank(x.to) < rank(y.to) }
            if $0.bloc != $1.bloc {
                let a = partition.name($0.bloc), b = partition.name($1.bloc)
                if a != b { return a < b }
            }
            return $0.edge < $1.edge
        }
        links.conflicts.sort {
            let x = graph.edges[$0], y = graph.edges[$1]
            return (rank(x.from), rank(x.to), $0) < (rank(y.from), rank(y.to), $1)
        }
        return links
    }
}
