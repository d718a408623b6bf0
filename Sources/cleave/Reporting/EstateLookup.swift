import ArgumentParser
import CleaveCore
import CleaveInventory

/// Turns ids given on the command line into indices, or stops with status 2 and a message
/// that suggests the nearest id.
enum EstateLookup {
    static func party(_ id: String, in graph: EstateGraph) throws -> Int {
        try find(id, "party", graph.partyIndex(id), candidates: graph.partyIDs)
    }

    static func option(_ id: String, in graph: EstateGraph) throws -> Int {
        try find(id, "option", graph.optionIndex(id), candidates: graph.estate.options.map(\.id))
    }

    static func item(_ id: String, in graph: EstateGraph) throws -> Int {
        try find(id, "item", graph.itemIndex(id), candidates: graph.estate.items.map(\.id))
    }

    static func area(_ id: String, in graph: EstateGraph) throws -> Int {
        try find(id, "area", graph.areaIndex(id), candidates: graph.estate.areas.map(\.id))
    }

    private static func find(_ id: String, _ what: String, _ index: Int?, candidates: [String]) throws -> Int {
        if let index { return index }
        var message = "error: no \(what) has the id '\(id)'\(Suggestion.phrase(Suggestion.closest(to: id, among: candidates)))"
        let known = Array(Set(candidates)).sorted()
        if known.isEmpty {
            message += "\n  the inventory defines no \(what == "party" ? "parties" : what + "s")"
        } else if known.count <= 12 {
            message += "\n  known: " + known.joined(separator: ", ")
        }
        Console.error(message)
        throw ExitCode(2)
    }
}
