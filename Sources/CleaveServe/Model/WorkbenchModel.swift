import CleaveCore
import CleaveInventory
import CleaveReport

/// One validated load of the inventory, held in memory while the server runs: the analyses
/// (computed once each) and what the page is first sent. A reload makes a new model; the
/// old one stays with the requests already using it.
final class WorkbenchModel: Sendable {
    /// Counts the loads that validated, from 1.
    let version: Int
    let analysis: EstateAnalysis
    let warnings: [Finding]
    /// The state the page starts from (`GET /api/state`), with every option's sheet.
    let state: JSONValue

    var graph: EstateGraph { analysis.graph }

    /// - Complexity: the entanglement and every option of the inventory, evaluated once.
    init(version: Int, graph: EstateGraph, warnings: [Finding]) {
        self.version = version
        self.warnings = warnings
        let analysis = EstateAnalysis(graph)
        self.analysis = analysis
        state = Self.state(of: analysis, version: version, warnings: warnings)
    }

    private static func state(of analysis: EstateAnalysis, version: Int, warnings: [Finding]) -> JSONValue {
        let graph = analysis.graph
        let estate = graph.estate
        let options = analysis.allOptions
        let yardsticks = analysis.yardsticks(parties: [], options: options)
        let sheets = options.map { OptionSheet(analysed: $0, analysis: analysis).json(yardsticks: yardsticks) }
        let baseline = OptionComparison.defaultBaseline(options.map(\.evaluation))?.option.id
        return ReplyJSON.object([
            ("version", .int(version)),
            (
                "estate",
                ReplyJSON.object([
                    ("name", .string(estate.name)), ("currency", .string(estate.currency)),
                    ("asOf", ReplyJSON.date(estate.asOf)), ("items", .int(graph.itemCount)),
                ])
            ),
            (
                "parties",
                .array(
                    estate.parties.map { p in
                        ReplyJSON.object([("id", .string(p.id)), ("name", .string(p.name))])
                    })
            ),
            (
                "areas",
                .array(
                    estate.areas.map { a in
                        ReplyJSON.object([
                            ("id", .string(a.id)), ("name", .string(a.name)), ("lead", .string(a.lead.id)),
                            ("inScope", .bool(a.inScope)),
                        ])
                    })
            ),
            ("options", .array(sheets)),
            ("baseline", .string(baseline)),
            ("warnings", .int(warnings.count)),
            ("businessCase", .null),
        ])
    }

    /// The items whose id or name contains `query` (any case), ids first, at most `limit`.
    func search(_ query: String, limit: Int = 25) -> JSONValue {
        let needle = query.lowercased()
        let items = graph.estate.items
        var byID: [Int] = [], byName: [Int] = []
        if !needle.isEmpty {
            for i in graph.itemsByID {
                if items[i].id.lowercased().contains(needle) {
                    byID.append(i)
                } else if byName.count < limit, items[i].name.lowercased().contains(needle) {
                    byName.append(i)
                }
                if byID.count >= limit { break }
            }
        }
        let found = (byID + byName).prefix(limit)
        return ReplyJSON.object([
            ("query", .string(query)),
            (
                "items",
                .array(
                    found.map { i in
                        ReplyJSON.object([
                            ("id", .string(items[i].id)), ("name", .string(items[i].name)),
                            ("kind", .string(items[i].kind.rawValue)),
                            ("area", .string(graph.itemArea[i].map { graph.estate.areas[$0].id })),
                        ])
                    })
            ),
        ])
    }
}
