import CleaveCore

/// Assumptions and data quality: what validation warned about, and how much of the costing
/// rests on the estate's defaults rather than on figures given item by item.
struct DataQualitySection: ReportSection {
    let anchor = "quality"
    let title = "Assumptions and data quality"
    var pageBreakBefore: Bool { true }

    func body(_ context: ReportContext) -> String {
        var out = context.heading("Costs taken from defaults")
        out += context.paragraph(
            "Figures are only as good as the inventory. Where an item gives no cost of its own, the estate's default "
                + "is used; the more items rest on a default, the more the option costs above are estimates.")
        out += defaults(context).html()
        if !context.input.evaluations.isEmpty {
            out += context.heading("Figures resting on defaults, option by option")
            out += context.paragraph(
                "How many of the items each option duplicates are priced at the default duplication cost, and how many "
                    + "of the dependencies its cheapest separation plans sever at the default sever cost "
                    + "(a plan that is impossible as it stands is counted as the plan that lets unsplittable items stay "
                    + "shared). Replace them with real figures to firm up the costs.", class: "note")
            out += byOption(context).html()
        }
        out += context.heading("Validation warnings")
        let findings = context.input.findings.sorted(by: Finding.reportOrder)
        var byRule: [String: Int] = [:]
        for finding in findings { byRule[finding.rule, default: 0] += 1 }
        if !byRule.isEmpty {
            out += context.paragraph(
                byRule.keys.sorted().map { "\($0): \(byRule[$0]!)" }.joined(separator: " · "),
                class: "note")
        }
        var table = Table(columns: [.init("Rule"), .init("Severity"), .init("Message"), .init("Where")])
        for f in findings {
            table.append([
                .text(f.rule), .text(f.severity.rawValue), .text(f.message),
                .text(f.location.file.isEmpty ? "—" : f.location.description),
            ])
        }
        table.cap(context.input.listLimit)
        table.omittedNote = "run cleave validate for every finding"
        out += table.html(empty: "The inventory validates without warnings.")
        return out
    }

    /// One row per option, for the items it duplicates, then one per cheapest separation plan
    /// of its blocs, for the items the plan duplicates and the dependencies it severs: how
    /// many, and how many of them rest on a default price (as `cleave options` words them).
    private func byOption(_ context: ReportContext) -> Table {
        let graph = context.graph
        var table = Table(columns: [
            .init("Option"), .init("Figures of"), .init("Duplicated", numeric: true),
            .init("at the default duplication cost", numeric: true), .init("Severed", numeric: true),
            .init("at the default sever cost", numeric: true),
        ])
        func row(_ id: String, _ what: String, _ a: PricingAssumptions, severs: Bool) {
            table.append([
                .text(id), .text(what), context.count(a.duplicatedItems), context.count(a.defaultDuplicateCostCount),
                severs ? context.count(a.severedDependencies) : .text("—"),
                severs ? context.count(a.defaultSeverCostCount) : .text("—"),
            ])
        }
        for e in context.input.evaluations {
            row(e.option.id, "the option", PricingAssumptions(e), severs: false)
            guard let y = context.input.optionYardsticks[e.option.id], e.figures.duplicated + e.figures.transferred > 0
            else { continue }
            let sharing = !y.strict.allSatisfy(\.feasible)
            for plan in (sharing ? y.sharing ?? [] : y.strict) where plan.feasible {
                row(
                    e.option.id,
                    "cheapest separation of \(plan.bloc)" + (sharing ? " (sharing unsplittable items)" : ""),
                    PricingAssumptions(plan, in: graph), severs: true)
            }
        }
        table.cap(context.input.listLimit)
        table.omittedNote = "cleave options lists every option's"
        return table
    }

    /// One row per assumption: how many items or dependencies rely on it, and the default used.
    private func defaults(_ context: ReportContext) -> Table {
        let graph = context.graph, estate = graph.estate, items = estate.items
        let duplicatedSomewhere = Set(
            context.input.evaluations.flatMap { e in
                (0..<graph.itemCount).filter { e.outcomes[$0] == .duplicated }
            })
        var noSplitCost = 0, noSplitCostDuplicated = 0, noAnnual = 0, openEnded = 0, contracts = 0, noFTE = 0
        for i in 0..<graph.itemCount {
            if items[i].split.oneOffCost == nil && items[i].split.strategy != .none {
                noSplitCost += 1
                if duplicatedSomewhere.contains(i) { noSplitCostDuplicated += 1 }
            }
            if items[i].annualCost == nil { noAnnual += 1 }
            if items[i].kind == .contract {
                contracts += 1
                if items[i].end == nil { openEnded += 1 }
            }
            if items[i].kind == .team && items[i].fte == nil { noFTE += 1 }
        }
        let dependsOn = graph.edges.filter { if case .dependsOn = $0.origin { true } else { false } }
        let noSever = dependsOn.filter { $0.severCost == nil }.count
        let money = context.money
        var table = Table(columns: [.init("Assumption"), .init("How many", numeric: true), .init("Default used")])
        table.append([
            .text("Items with no split.oneOffCost (\(noSplitCostDuplicated) of them duplicated by some option)"),
            context.count(noSplitCost), .text(money.format(estate.defaultDuplicateCost) + " per extra instance"),
        ])
        table.append([
            .text("Dependencies with no severCost (of \(dependsOn.count))"), context.count(noSever),
            .text(estate.defaultSeverCost.map { money.format($0) } ?? "none: they cannot be re-engineered away"),
        ])
        table.append([.text("Items with no annualCost"), context.count(noAnnual), .text("counted as nothing")])
        table.append([
            .text("Contracts with no end date (of \(contracts))"), context.count(openEnded),
            .text("open-ended: never released, so a lock on any option that duplicates them"),
        ])
        table.append([.text("Teams with no fte"), context.count(noFTE), .text("counted as 0 FTE")])
        table.append([
            .text("Inventory date (estate.asOf)"), .text(estate.asOf == nil ? "not set" : "set"),
            .text(estate.asOf?.description ?? "expired contracts cannot be found without it"),
        ])
        return table
    }
}
