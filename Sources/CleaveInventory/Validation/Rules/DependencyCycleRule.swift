import CleaveCore

/// A cycle in `dependsOn`. Cycles are legal (the analyses handle them) but usually a mistake.
struct DependencyCycleRule: ValidationRule {
    static let id = "dependency-cycle"
    static let summary = "A cycle in dependsOn (the cycle is printed)."
    static let defaultSeverity = Severity.warning
    static let triggering = [
        RuleExample(RuleExample.header + "systems:\n  - {id: a, name: A, area: ar, users: [A], dependsOn: [b]}\n  - {id: b, name: B, area: ar, dependsOn: [c]}\n  - {id: c, name: C, area: ar, dependsOn: [a]}\n",
                    expect: ["5:56: dependency cycle: a → b → c → a"]),
    ]
    static let nonTriggering = [RuleExample.header + "systems:\n  - {id: a, name: A, area: ar, users: [A], dependsOn: [b, c]}\n  - {id: b, name: B, area: ar, dependsOn: [c]}\n  - {id: c, name: C, area: ar}\n"]

    /// One cycle per back edge of an iterative depth-first search, skipping back edges into a
    /// cycle already reported, so each tangle is reported once or a few times, not exponentially.
    /// - Complexity: O(items + dependencies).
    static func check(_ context: ValidationContext) -> [Finding] {
        let items = context.estate.items
        let index = context.itemIndex
        let edges: [[(target: Int, location: SourceLocation)]] = items.map { item in
            item.dependsOn.compactMap { dep in index[dep.target.id].map { ($0, dep.target.location) } }
        }
        var state = [UInt8](repeating: 0, count: items.count)  // 0 new, 1 on stack, 2 done
        var inReported = [Bool](repeating: false, count: items.count)
        var findings: [Finding] = []
        for root in items.indices where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next == edges[top.node].count {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = edges[top.node][top.next]
                if state[edge.target] == 0 {
                    state[edge.target] = 1
                    stack.append((edge.target, 0))
                } else if state[edge.target] == 1, !inReported[edge.target], edge.target != top.node {
                    let start = stack.lastIndex { $0.node == edge.target }!
                    let cycle = stack[start...].map(\.node)
                    for node in cycle { inReported[node] = true }
                    let path = (cycle + [edge.target]).map { items[$0].id }.joined(separator: " → ")
                    let first = edges[cycle[0]].first { $0.target == (cycle.count > 1 ? cycle[1] : cycle[0]) }!
                    findings.append(finding("dependency cycle: \(path)", at: first.location))
                }
            }
        }
        return findings
    }
}
