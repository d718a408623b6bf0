import CleaveCore

/// The `impact` report for one item.
public struct ImpactReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let impact: Impact
    public let entanglement: Entanglement

    public init(graph: EstateGraph, impact: Impact, entanglement: Entanglement) {
        self.graph = graph
        self.impact = impact
        self.entanglement = entanglement
    }

    private func table(_ reached: [Impact.Reached]) -> Table {
        var table = Table(columns: [
            .init("Item"), .init("Kind"), .init("Area"), .init("Depth", .right), .init("Direct"),
        ])
        for r in reached {
            let item = graph.item(r.item)
            table.append([
                item.id, item.kind.rawValue, item.area.id, String(r.depth),
                Formatting.list(graph.partyIDs(graph.direct(r.item))),
            ])
        }
        return table
    }

    /// "1st", "2nd"…: one more than the number of items with a larger value, so ties share a rank.
    private func rank(_ values: [Int], _ i: Int) -> String {
        let n = values.reduce(1) { $0 + ($1 > values[i] ? 1 : 0) }
        let suffix =
            (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    public var report: Report {
        let i = impact.item, item = graph.item(i)
        let lead = graph.leadID(of: i) ?? "—"
        let lines = [
            "\(item.kind.rawValue), area \(item.area.id), lead \(lead)",
            "Needed by: \(Formatting.list(graph.partyIDs(entanglement.needs(i)))); "
                + "used directly by: \(Formatting.list(graph.partyIDs(graph.direct(i)))).",
            "Hold \(entanglement.hold[i]): entangled items among it and what depends on it, directly or "
                + "through others (\(rank(entanglement.hold, i)) of \(graph.itemCount) by hold). "
                + "Drag \(entanglement.drag[i]): entangled items among it and what it depends on "
                + "(\(rank(entanglement.drag, i)) by drag).",
        ]
        let dependentParties = Formatting.list(graph.partyIDs(impact.dependentParties))
        let dependencyParties = Formatting.list(graph.partyIDs(impact.dependencyParties))
        return Report(
            heading: "Impact of \(item.id) — \(item.name)",
            sections: [
                Report.Section(lines: lines),
                Report.Section(
                    title: "Depends on \(item.id): \(Wording.count(impact.dependents.count, "item")), "
                        + "used directly by \(dependentParties)",
                    table: table(impact.dependents)),
                Report.Section(
                    title: "\(item.id) depends on: \(Wording.count(impact.dependencies.count, "item")), "
                        + "used directly by \(dependencyParties)",
                    table: table(impact.dependencies)),
            ],
            csv: csv, json: json)
    }

    private var csv: Table {
        var table = Table(columns: ["direction", "id", "kind", "area", "depth", "direct"].map { .init($0) })
        for (direction, reached) in [("dependent", impact.dependents), ("dependency", impact.dependencies)] {
            for r in reached {
                let item = graph.item(r.item)
                table.append([
                    direction, item.id, item.kind.rawValue, item.area.id, String(r.depth),
                    graph.partyIDs(graph.direct(r.item)).joined(separator: " "),
                ])
            }
        }
        return table
    }

    private func side(_ reached: [Impact.Reached], _ parties: PartySet) -> JSONValue {
        .object([
            (
                "items",
                .array(
                    reached.map { r in
                        let item = graph.item(r.item)
                        return .object([
                            ("id", .string(item.id)), ("kind", .string(item.kind.rawValue)),
                            ("area", .string(item.area.id)), ("depth", .int(r.depth)),
                        ])
                    })
            ),
            ("parties", .strings(graph.partyIDs(parties))),
        ])
    }

    private var json: JSONValue {
        let i = impact.item, item = graph.item(i)
        return .object([
            ("schemaVersion", .int(1)),
            ("item", .string(item.id)), ("kind", .string(item.kind.rawValue)), ("area", .string(item.area.id)),
            ("lead", .string(graph.leadID(of: i))),
            ("needs", .strings(graph.partyIDs(entanglement.needs(i)))),
            ("direct", .strings(graph.partyIDs(graph.direct(i)))),
            ("drag", .int(entanglement.drag[i])), ("hold", .int(entanglement.hold[i])),
            ("dependents", side(impact.dependents, impact.dependentParties)),
            ("dependencies", side(impact.dependencies, impact.dependencyParties)),
        ])
    }
}
