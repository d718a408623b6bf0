import CleaveCore

/// The item explorer's data: every item, compact, as one JSON text the page's script reads.
///
/// Items are arrays, not objects, and refer to parties, areas, kinds and other items by
/// index, so a 100,000-item estate stays a few megabytes:
///
///     [id, name, kind, area, lead, needs, direct, drag, dependsOn, fates, annualCost, strategy, contract, hold]
///
/// `fates` has one letter per option, in `options` order: `d` duplicated, `m` moved to the
/// one bloc that needs it, `k` split but kept where it is, `s` shared by two or more blocs,
/// `q` shared and needed by one bloc or none. `contract` is `[supplier, start, end,
/// noticeMonths, assignable, noticeDate]` for contracts, else 0 (`noticeDate`: `end` less the
/// notice months, SPEC 1.1 §4.3). Absent values are null (or -1 for an index). Each option's
/// blockers are `[item, kind, releaseDate, reason, firstRelated, noticeDate, noticeMissed]`.
/// Written straight to text: a tree of `JSONValue`s would cost more than the page.
public struct ExplorerData: Sendable {
    public let input: ReportInput
    /// Whether each blocker's reason is written out. On a big estate they would be most of
    /// the page, so above `reasonLimit` blockers the script words them from the kind, the
    /// release date and the related item instead.
    let withReasons: Bool
    public static let reasonLimit = 5_000

    public init(_ input: ReportInput, reasonLimit: Int = ExplorerData.reasonLimit) {
        self.input = input
        withReasons = input.evaluations.reduce(0) { $0 + $1.blockers.count } <= reasonLimit
    }

    /// The JSON text (not yet escaped for a `<script>` element).
    /// - Complexity: O(items + edges + blockers), one pass each.
    public var json: String {
        let graph = input.graph, e = input.entanglement, items = graph.estate.items
        let (drag, hold) = e.dragAndHold
        var out = "{"
        out += "\"estate\":" + quoted(graph.estate.name)
        out += ",\"currency\":" + quoted(graph.estate.currency)
        out += ",\"parties\":[" + graph.parties.map { quoted(graph.partyID($0)) }.joined(separator: ",") + "]"
        out += ",\"partyNames\":[" + graph.estate.parties.map { quoted($0.name) }.joined(separator: ",") + "]"
        out +=
            ",\"areas\":[" + graph.estate.areas.map { "[\(quoted($0.id)),\(quoted($0.name))]" }.joined(separator: ",")
            + "]"
        out += ",\"kinds\":[" + ItemKind.allCases.map { quoted($0.rawValue) }.joined(separator: ",") + "]"
        out += ",\"strategies\":[" + SplitStrategy.allCases.map { quoted($0.rawValue) }.joined(separator: ",") + "]"
        out += ",\"options\":[" + input.evaluations.map(option).joined(separator: ",") + "]"
        out += ",\"items\":[\n"
        let kindIndex = Dictionary(uniqueKeysWithValues: ItemKind.allCases.enumerated().map { ($1, $0) })
        let strategyIndex = Dictionary(uniqueKeysWithValues: SplitStrategy.allCases.enumerated().map { ($1, $0) })
        for i in 0..<graph.itemCount {
            if i > 0 { out += ",\n" }
            let item = items[i]
            out += "[" + quoted(item.id) + "," + quoted(item.name) + ",\(kindIndex[item.kind]!)"
            out += ",\(graph.itemArea[i] ?? -1),\(graph.itemLead[i]?.rawValue ?? -1)"
            out +=
                "," + indices(e.needs(i).map(\.rawValue)) + "," + indices(graph.direct(i).map(\.rawValue))
                + ",\(drag[i])"
            out += "," + indices(uniqueDependencies(i))
            out += ",\"" + String(input.evaluations.map { fate(i, $0) }) + "\""
            out += "," + (item.annualCost.map(Wording.number) ?? "null")
            out += ",\(strategyIndex[item.split.strategy]!)"
            if item.kind == .contract {
                out += ",[" + quoted(item.supplier ?? "") + "," + day(item.start) + "," + day(item.end)
                out += ",\(item.noticeMonths),\(item.assignable ? 1 : 0)"
                out += "," + day(item.end.map { $0.subtracting(months: item.noticeMonths) }) + "]"
            } else {
                out += ",0"
            }
            out += ",\(hold[i])]"
        }
        out += "\n]}"
        return out
    }

    private func option(_ e: OptionEvaluation) -> String {
        var out = "{\"id\":" + quoted(e.option.id) + ",\"name\":" + quoted(e.option.name)
        out += ",\"separate\":" + indices(e.partition.separated.map(\.rawValue))
        out += ",\"target\":" + day(e.option.targetDate)
        out +=
            ",\"blockers\":["
            + e.blockers.map { b in
                "[\(b.item),\(quoted(b.kind.rawValue)),\(day(b.releaseDate)),\(withReasons ? quoted(b.reason) : "null"),\(b.related.first ?? -1),\(day(b.noticeDate)),\(b.noticeMissed ? 1 : 0)]"
            }.joined(separator: ",") + "]}"
        return out
    }

    private func fate(_ i: Int, _ e: OptionEvaluation) -> Character {
        switch e.outcomes[i] {
        case .duplicated: return "d"
        case .transferred: return "m"
        case .unchanged:
            if e.dispositions[i] == .split { return "k" }
            return e.blocs(of: i).count >= 2 ? "s" : "q"
        }
    }

    /// What item `i` depends on, each once, in edge order.
    private func uniqueDependencies(_ i: Int) -> [Int] {
        var seen = Set<Int>(), result: [Int] = []
        for target in input.graph.dependencies.neighbours(of: i) where seen.insert(target).inserted {
            result.append(target)
        }
        return result
    }

    private func indices(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    private func day(_ value: Day?) -> String { value.map { "\"\($0)\"" } ?? "null" }

    private func quoted(_ s: String) -> String {
        var out = ""
        JSONText.quote(s, into: &out)
        return out
    }
}
