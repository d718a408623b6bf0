import CleaveCore
import CleaveInventory
import Foundation
import FuzzSupport

/// Any bytes as an inventory file: reading and validating must end in findings, never a
/// crash, a hang or unbounded memory; an inventory without errors must then survive every
/// analysis of every option, its costs and roadmap, and the yardsticks of every party and
/// option.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var estate = Estate()
    estate.files = ["fuzz.yaml"]
    let findings = InventoryLoader.load(data: data, file: "fuzz.yaml", into: &estate)
    let loaded = LoadedInventory(estate: estate, findings: findings)
    let (all, graph) = Validator.check(loaded)
    for finding in all where finding.location.line < 1 || finding.location.column < 1 {
        fatalError("a finding without a real location: \(finding)")
    }
    guard !all.contains(where: { $0.severity == .error }), estate.items.count <= 200 else { return 0 }
    let entanglement = Entanglement(graph)
    let evaluations = estate.options.map { OptionEvaluation(option: $0, entanglement: entanglement) }
    for evaluation in evaluations {
        _ = evaluation.figures
        _ = PartyCosts(evaluation: evaluation).totalChange
        _ = try? Roadmap(evaluation: evaluation)
    }
    _ = Yardsticks(parties: graph.parties, options: evaluations, in: graph)
    return 0
}

@main
enum FuzzLoaderMain {
    static func main() { LibFuzzer.run(fuzz) }
}
