import CleaveCore

/// The `entanglement` report: items in the given order (JSON sorts them by id), the
/// summary, and the party-pair matrix. The summary and the matrix describe the whole
/// selection (after --party, --area, --kind and --entangled-only), even when --top shows
/// only part of it.
public struct EntanglementReporter: AnalysisReporter {
    public let entanglement: Entanglement
    /// The items listed.
    public let items: [Int]
    /// The items the filters selected; `items` is these, or the --top of them.
    public let selection: [Int]

    public init(entanglement: Entanglement, items: [Int], selection: [Int]) {
        self.entanglement = entanglement
        self.items = items
        self.selection = selection
    }

    /// The report of a selection: the items it lists, its summary and matrix over all it selects.
    public init(_ selection: EntanglementSelection) {
        self.init(entanglement: selection.entanglement, items: selection.listed, selection: selection.selected)
    }

    public var graph: EstateGraph { entanglement.graph }

    public var report: Report {
        Report(heading: "Entanglement — \(graph.estate.name)", sections: sections, csv: table, json: json)
    }

    private var table: Table {
        var table = Table(columns: [
            .init("Item"), .init("Kind"), .init("Area"), .init("Lead"), .init("Needs"), .init("Direct"),
            .init("Status"), .init("Hold", .right), .init("Drag", .right),
        ])
        let all = graph.estate.items  // read in place, not copied item by item
        let (drag, hold) = entanglement.dragAndHold
        for i in items {
            table.append([
                all[i].id, all[i].kind.rawValue, all[i].area.id, lead(i) ?? "—",
                Formatting.list(graph.partyIDs(entanglement.needs(i))),
                Formatting.list(graph.partyIDs(graph.direct(i))),
                entanglement.status(i).rawValue, String(hold[i]), String(drag[i]),
            ])
        }
        return table
    }

    private var sections: [Report.Section] {
        let s = entanglement.summary(of: selection)
        var sections = [
            Report.Section(table: table),
            Report.Section(lines: [
                (items.count < selection.count ? "Showing \(items.count) of " : "")
                    + "\(Wording.count(s.items, "item")): \(s.entangled) entangled, "
                    + "\(s.exclusive) exclusive, \(s.unused) unused."
            ]),
        ]
        if graph.partyCount >= 2 {
            sections.append(
                Report.Section(
                    title: "Items shared by each pair of parties (diagonal: items the party needs)",
                    table: matrixTable))
        }
        return sections
    }

    /// Only the party-pair matrix, in every format.
    public var matrixReport: Report {
        Report(
            heading: "Items shared by each pair of parties — \(graph.estate.name)",
            sections: [Report.Section(table: matrixTable)], csv: matrixTable, json: matrixJSON)
    }

    private func lead(_ i: Int) -> String? { graph.leadID(of: i) }

    private var json: JSONValue {
        let s = entanglement.summary(of: selection)
        let sorted = graph.sortedByID(items)
        let all = graph.estate.items
        let (drag, hold) = entanglement.dragAndHold
        return .object([
            ("schemaVersion", .int(1)),
            (
                "items",
                .array(
                    sorted.map { i in
                        .object([
                            ("id", .string(all[i].id)), ("kind", .string(all[i].kind.rawValue)),
                            ("area", .string(all[i].area.id)),
                            ("lead", .string(lead(i))), ("needs", .strings(graph.partyIDs(entanglement.needs(i)))),
                            ("direct", .strings(graph.partyIDs(graph.direct(i)))),
                            ("entangled", .bool(entanglement.isEntangled(i))), ("drag", .int(drag[i])),
                            ("hold", .int(hold[i])),
                        ])
                    })
            ),
            (
                "summary",
                .object([
                    ("items", .int(s.items)), ("entangled", .int(s.entangled)),
                    ("exclusive", .int(s.exclusive)), ("unused", .int(s.unused)),
                ])
            ),
        ])
    }

    private var matrix: PartyTable<PartyTable<Int>> { entanglement.sharedItems(among: selection) }

    private var matrixTable: Table {
        let order = graph.partiesByID, m = matrix
        var table = Table(columns: [.init("Party")] + order.map { .init(graph.partyID($0), .right) })
        for a in order { table.append([graph.partyID(a)] + order.map { String(m[a][$0]) }) }
        return table
    }

    private var matrixJSON: JSONValue {
        let order = graph.partiesByID, m = matrix
        return .object([
            ("schemaVersion", .int(1)),
            ("parties", .strings(order.map(graph.partyID))),
            ("shared", .array(order.map { a in .array(order.map { .int(m[a][$0]) }) })),
        ])
    }
}
