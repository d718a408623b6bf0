import CleaveCore

/// A cycle in `dependsOn`. Cycles are legal (the analyses handle them) but usually a mistake.
struct DependencyCycleRule: ValidationRule {
    static let id = "dependency-cycle"
    static let summary = "A cycle in dependsOn (the cycle is printed)."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(
            RuleExample.header
                + "systems:\n  - {id: a, name: A, area: ar, users: [A], dependsOn: [b]}\n  - {id: b, name: B, area: ar, dependsOn: [c]}\n  - {id: c, name: C, area: ar, dependsOn: [a]}\n",
            expect: ["5:56: dependency cycle: a → b → c → a"])
    ]
    static let nonTriggering = [
        RuleExample.header
            + "systems:\n  - {id: a, name: A, area: ar, users: [A], dependsOn: [b, c]}\n  - {id: b, name: B, area: ar, dependsOn: [c]}\n  - {id: c, name: C, area: ar}\n"
    ]

    /// One cycle per tangle of items that depend on each other (see
    /// `EstateGraph.dependencyCycles`), pointing at the dependency that starts it.
    /// - Complexity: O(items + dependencies).
    static func check(_ context: ValidationContext) -> [Finding] {
        let graph = context.graph
        return graph.dependencyCycles().map { cycle in
            let first = graph.edges[cycle[0]]
            let path = (cycle.map { graph.edges[$0].from } + [first.from]).map(graph.itemID).joined(separator: " → ")
            guard case .dependsOn(let n) = first.origin else { preconditionFailure("a dependsOn cycle") }
            return finding("dependency cycle: \(path)", at: graph.estate.items[first.from].dependsOn[n].target.location)
        }
    }
}
