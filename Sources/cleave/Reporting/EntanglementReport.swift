import CleaveCore
import CleaveReport

/// The `entanglement` report: items in the given order (JSON sorts them by id), the
/// summary, and the party-pair matrix.
struct EntanglementReport {
    let entanglement: Entanglement
    let items: [Int]

    var graph: EstateGraph { entanglement.graph }

    var report: Report {
        var table = Table(columns: [
            .init("Item"), .init("Kind"), .init("Area"), .init("Lead"), .init("Needs"), .init("Direct"),
            .init("Status"), .init("Drag", .right),
        ])
        for i in items {
            let item = graph.item(i)
            table.append([
                item.id, item.kind.rawValue, item.area.id, lead(i) ?? "—",
                Formatting.list(graph.partyIDs(entanglement.needs(i))), Formatting.list(graph.partyIDs(graph.direct(i))),
                entanglement.status(i).rawValue, String(entanglement.drag[i]),
            ])
        }
        let s = entanglement.summary(of: items)
        var sections = [
            Report.Section(table: table),
            Report.Section(lines: ["\(Formatting.plural(s.items, "item")): \(s.entangled) entangled, "
                                   + "\(s.exclusive) exclusive, \(s.unused) unused."]),
        ]
        if graph.partyCount >= 2 {
            sections.append(Report.Section(title: "Items shared by each pair of parties (diagonal: items the party needs)",
                                           table: matrixTable))
        }
        return Report(heading: "Entanglement — \(graph.estate.name)", sections: sections, csv: table, json: json)
    }

    var matrixReport: Report {
        Report(heading: "Items shared by each pair of parties — \(graph.estate.name)",
               sections: [Report.Section(table: matrixTable)], csv: matrixTable, json: matrixJSON)
    }

    private func lead(_ i: Int) -> String? {
        graph.item(i).lead?.id ?? graph.itemArea[i].map { graph.estate.areas[$0].lead.id }
    }

    private var json: JSONValue {
        let s = entanglement.summary(of: items)
        let sorted = items.sorted { (graph.itemID($0), $0) < (graph.itemID($1), $1) }
        return .object([
            ("schemaVersion", .int(1)),
            ("items", .array(sorted.map { i in
                let item = graph.item(i)
                return .object([
                    ("id", .string(item.id)), ("kind", .string(item.kind.rawValue)), ("area", .string(item.area.id)),
                    ("lead", .string(lead(i))), ("needs", .strings(graph.partyIDs(entanglement.needs(i)))),
                    ("direct", .strings(graph.partyIDs(graph.direct(i)))),
                    ("entangled", .bool(entanglement.isEntangled(i))), ("drag", .int(entanglement.drag[i])),
                ])
            })),
            ("summary", .object([
                ("items", .int(s.items)), ("entangled", .int(s.entangled)),
                ("exclusive", .int(s.exclusive)), ("unused", .int(s.unused)),
            ])),
        ])
    }

    private var matrix: [[Int]] { entanglement.sharedItems(among: items) }

    private var matrixTable: Table {
        let order = graph.partiesByID, m = matrix
        var table = Table(columns: [.init("Party")] + order.map { .init(graph.partyIDs[$0], .right) })
        for a in order { table.append([graph.partyIDs[a]] + order.map { String(m[a][$0]) }) }
        return table
    }

    private var matrixJSON: JSONValue {
        let order = graph.partiesByID, m = matrix
        return .object([
            ("schemaVersion", .int(1)),
            ("parties", .strings(order.map { graph.partyIDs[$0] })),
            ("shared", .array(order.map { a in .array(order.map { .int(m[a][$0]) }) })),
        ])
    }
}
