import CleaveCore

/// What ties the parties together: the shared hubs that hold most entanglement (SPEC 1.1
/// §4.2), the items that drag most along, how much each pair of parties shares, and the map
/// of areas and parties.
struct TiesSection: ReportSection {
    let anchor = "ties"
    let title = "What ties the parties together"
    /// How many of the shared hubs and of the heaviest drags are listed.
    var top = 15

    func body(_ context: ReportContext) -> String {
        let graph = context.graph, e = context.input.entanglement
        var out = context.paragraph(
            "An item's hold is the number of entangled items among it and everything that depends on it, directly or "
                + "through others: how much entanglement hangs on it. The items that hold most are the shared hubs "
                + "(network, data centre, identity) that tie the parties together.")
        out += context.heading("Shared hubs: the items that hold most")
        out += ranked(context, by: e.hold, first: ("Hold", e.hold), then: ("Drag", e.drag)).html()
        out += context.paragraph(
            "An item's drag is the number of entangled items among it and everything it depends on: what comes along "
                + "if you try to move it. The heaviest drags are where separation gets hard.")
        out += context.heading("Heaviest drags")
        out += ranked(context, by: e.drag, first: ("Drag", e.drag), then: ("Hold", e.hold)).html()
        if graph.partyCount >= 2 {
            out += context.heading("Items each pair of parties shares")
            out += context.paragraph(
                "Each cell counts the items both parties need; the diagonal, the items each "
                    + "party needs at all.", class: "note")
            out += matrix(context, e)
        }
        out += context.heading("Service areas and parties")
        out += context.map("areas")
        return out
    }

    /// The `top` items by `measure` (largest first, then by id), with both figures beside.
    private func ranked(
        _ context: ReportContext, by measure: [Int], first: (String, [Int]), then second: (String, [Int])
    ) -> Table {
        let graph = context.graph, e = context.input.entanglement
        let order = (0..<graph.itemCount).filter { measure[$0] > 0 }
            .sorted { (-measure[$0], graph.itemID($0), $0) < (-measure[$1], graph.itemID($1), $1) }
        var table = Table(columns: [
            .init("Item"), .init("Name"), .init("Kind"), .init("Area"), .init("Lead"), .init("Needed by"),
            .init(first.0, numeric: true), .init(second.0, numeric: true),
        ])
        let items = graph.estate.items
        for i in order.prefix(top) {
            table.append([
                .item(items[i].id), .text(items[i].name), .text(items[i].kind.rawValue), .text(items[i].area.id),
                .text(graph.leadID(of: i) ?? "—"), .text(Formatting.list(graph.partyIDs(e.needs(i)))),
                context.count(first.1[i]), context.count(second.1[i]),
            ])
        }
        if order.count > top {
            table.omitted = order.count - top
            table.omittedNote = "every item's \(first.0.lowercased()) is in the explorer"
        }
        return table
    }

    private func matrix(_ context: ReportContext, _ e: Entanglement) -> String {
        let graph = context.graph
        let m = e.sharedItems(among: 0..<graph.itemCount)
        let order = graph.partiesByID
        var table = Table(
            columns: [.init("Party")] + order.map { .init(graph.partyID($0), numeric: true) },
            sortable: false)
        for a in order {
            table.append([.text(graph.partyID(a))] + order.map { context.count(m[a][$0]) })
        }
        return table.html()
    }
}
