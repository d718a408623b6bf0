import CleaveCore

/// The estate at a glance: who takes part, the service areas, what the estate holds, and
/// what it costs a year: as plain sums of `annualCost` by who runs each item, and by who
/// pays for it today, each item's cost shared among the parties that need it (SPEC 1.1 §4.5).
struct GlanceSection: ReportSection {
    let anchor = "glance"
    let title = "The estate at a glance"

    func body(_ context: ReportContext) -> String {
        let graph = context.graph, estate = graph.estate, e = context.input.entanglement
        let summary = e.summary
        let total = estate.items.reduce(0.0) { $0 + ($1.annualCost ?? 0) }
        var out = context.paragraph(
            (estate.asOf.map { "As of \($0), the" } ?? "The") + " estate has \(Wording.grouped(graph.itemCount)) items "
                + "in \(Wording.count(estate.areas.count, "service area")), used by \(Wording.count(graph.partyCount, "party", "parties")). "
                + "\(Wording.grouped(summary.entangled)) of them are entangled — needed by two or more parties, directly or through what depends on them."
        )
        out += context.figures([
            (Wording.grouped(graph.itemCount), "items"),
            (Wording.grouped(summary.entangled), "entangled (two or more parties need them)"),
            (String(graph.partyCount), "parties"),
            (String(estate.areas.count), "service areas"),
            (context.money.format(total), "annual cost, where given"),
            (String(estate.options.count), "options compared"),
        ])
        out += context.heading("Parties")
        let today = context.input.analysis.costsToday
        out += parties(context, today).html()
        out += context.paragraph(
            "Pays today: each item's annualCost shared among the parties that need it (by their shares where users "
                + "gives them, else equally), as cleave costs reports it. "
                + (today.unallocatedItems.isEmpty
                    ? "Every costed item is needed by some party."
                    : "\(Wording.count(today.unallocatedItems.count, "item")) nobody needs, costing "
                        + "\(context.money.format(today.unallocated.rounded())) a year, are paid by nobody."),
            class: "note")
        out += context.heading("Service areas")
        out += areas(context).html()
        out += context.heading("What the estate holds")
        out += kinds(context).html()
        out += context.paragraph(
            "Annual costs are plain sums of each item's annualCost, credited to the party or "
                + "area that runs it today; items with no annualCost count as nothing.", class: "note")
        return out
    }

    private func parties(_ context: ReportContext, _ today: PartyCosts) -> Table {
        let graph = context.graph, e = context.input.entanglement
        let p = graph.partyCount
        var direct = PartyTable(repeating: 0, count: p), needs = direct, runs = direct
        var cost = PartyTable(repeating: 0.0, count: p)
        let items = graph.estate.items
        for i in 0..<graph.itemCount {
            for party in graph.direct(i) { direct[party] += 1 }
            for party in e.needs(i) { needs[party] += 1 }
            if let lead = graph.itemLead[i] {
                runs[lead] += 1
                cost[lead] += items[i].annualCost ?? 0
            }
        }
        var table = Table(columns: [
            .init("Party"), .init("Name"), .init("Kind"), .init("Uses directly", numeric: true),
            .init("Needs", numeric: true), .init("Runs", numeric: true),
            .init("Annual cost of what it runs", numeric: true), .init("Pays today / year", numeric: true),
        ])
        let pays = Dictionary(uniqueKeysWithValues: today.parties.map { ($0.party, $0.before) })
        for party in graph.partiesByID {
            let it = graph.party(party)
            table.append([
                .text(it.id), .text(it.name), .text(it.kind.rawValue), context.count(direct[party]),
                context.count(needs[party]), context.count(runs[party]), context.amount(cost[party]),
                context.amount(pays[party]?.rounded()),
            ])
        }
        return table
    }

    private func areas(_ context: ReportContext) -> Table {
        let graph = context.graph, e = context.input.entanglement
        let areaCount = graph.estate.areas.count
        var count = [Int](repeating: 0, count: areaCount), entangled = count
        var cost = [Double](repeating: 0, count: areaCount)
        let items = graph.estate.items
        for i in 0..<graph.itemCount {
            guard let a = graph.itemArea[i] else { continue }
            count[a] += 1
            if e.isEntangled(i) { entangled[a] += 1 }
            cost[a] += items[i].annualCost ?? 0
        }
        var table = Table(columns: [
            .init("Area"), .init("Name"), .init("Lead"), .init("Arrangement"), .init("In scope"),
            .init("Items", numeric: true), .init("Entangled", numeric: true), .init("Annual cost", numeric: true),
        ])
        let order = graph.estate.areas.indices.sorted { graph.estate.areas[$0].id < graph.estate.areas[$1].id }
        for a in order {
            let it = graph.estate.areas[a]
            table.append([
                .text(it.id), .text(it.name), .text(it.lead.id), .text(it.arrangement.rawValue),
                .text(it.inScope ? "yes" : "no — no option may split it"), context.count(count[a]),
                context.count(entangled[a]), context.amount(cost[a]),
            ])
        }
        return table
    }

    private func kinds(_ context: ReportContext) -> Table {
        let graph = context.graph, e = context.input.entanglement
        var table = Table(columns: [
            .init("Kind"), .init("Items", numeric: true), .init("Entangled", numeric: true),
            .init("Exclusive", numeric: true), .init("Unused", numeric: true),
            .init("With an annual cost", numeric: true),
            .init("Annual cost", numeric: true),
        ])
        let items = graph.estate.items
        for kind in ItemKind.allCases {
            let members = (0..<graph.itemCount).filter { items[$0].kind == kind }
            guard !members.isEmpty else { continue }
            let s = e.summary(of: members)
            let priced = members.filter { items[$0].annualCost != nil }
            table.append([
                .text(kind.section), context.count(s.items), context.count(s.entangled),
                context.count(s.exclusive), context.count(s.unused), context.count(priced.count),
                context.amount(priced.reduce(0.0) { $0 + items[$1].annualCost! }),
            ])
        }
        return table
    }
}
