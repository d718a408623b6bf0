import CleaveCore
import CleaveInventory
import Foundation
import FuzzSupport

/// Any bytes as an inventory file: reading and validating must end in findings, never a
/// crash, a hang or unbounded memory; an inventory without errors must then survive every
/// analysis of every option and a plan per party.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var estate = Estate()
    estate.files = ["fuzz.yaml"]
    let findings = InventoryLoader.load(data: data, file: "fuzz.yaml", into: &estate)
    let loaded = LoadedInventory(estate: estate, findings: findings)
    let all = Validator.validate(loaded)
    for finding in all where finding.location.line < 1 || finding.location.column < 1 {
        fatalError("a finding without a real location: \(finding)")
    }
    guard !all.contains(where: { $0.severity == .error }), estate.items.count <= 200 else { return 0 }
    let graph = EstateGraph(estate)
    let entanglement = Entanglement(graph)
    for option in estate.options {
        _ = OptionEvaluation(option: option, entanglement: entanglement).figures
    }
    for party in 0..<graph.partyCount {
        _ = SeparationPlan(separatingParty: party, in: graph).cost
    }
    return 0
}

@main
enum FuzzLoaderMain {
    static func main() {
        exit(LibFuzzer.run { data, count in
            guard let data else { return fuzz(UnsafeRawPointer(bitPattern: 1)!, 0) }
            return fuzz(UnsafeRawPointer(data), count)
        })
    }
}
