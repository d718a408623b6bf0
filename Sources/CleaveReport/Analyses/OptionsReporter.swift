import CleaveCore

/// The `options` report: every option's figures side by side, with each separated
/// party's cheapest separation as a yardstick.
public struct OptionsReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let evaluations: [OptionEvaluation]
    /// Whole-estate plans of each separated party, by party index (the table below the options).
    let partyPlans: [Int: SeparationPlan]
    /// Their sharing fallbacks, by party index; empty unless some party plan is infeasible.
    let partySharingPlans: [Int: SeparationPlan]
    /// SPEC 1.1 §4.4 option-scoped plans of each option's separated blocs, by option id.
    let optionPlans: [String: [SeparationPlan]]
    /// Option-scoped plans letting unsplittable items stay shared, for options whose strict
    /// plan is infeasible, by option id.
    let optionSharingPlans: [String: [SeparationPlan]]

    /// The report of `evaluations`, in that order. Each option is held against its own
    /// option-scoped plans (`OptionYardstick.forOptions`); each separated party's whole-estate
    /// yardstick comes from `yardsticks` (see `YardstickPlan.forParties`).
    public init(
        graph: EstateGraph, evaluations: [OptionEvaluation], yardsticks: [Int: YardstickPlan],
        optionYardsticks: [String: OptionYardstick]
    ) {
        self.graph = graph
        self.evaluations = evaluations
        partyPlans = yardsticks.mapValues(\.strict)
        partySharingPlans = yardsticks.compactMapValues(\.sharing)
        optionPlans = optionYardsticks.mapValues(\.strict)
        optionSharingPlans = optionYardsticks.compactMapValues(\.sharing)
    }

    private enum Source { case strict, sharing }

    private var money: Money { Money(currency: graph.estate.currency) }

    /// The option's separated blocs' plans, by bloc name.
    private func plans(_ e: OptionEvaluation, _ source: Source) -> [SeparationPlan] {
        ((source == .strict ? optionPlans : optionSharingPlans)[e.option.id] ?? []).sorted { $0.bloc < $1.bloc }
    }

    /// The largest plan cost: a lower bound on separating every bloc, exact for two blocs.
    /// nil cost when some plan is infeasible (`infeasible`) or there is none.
    private func cheapest(_ e: OptionEvaluation, _ source: Source) -> (cost: Double?, infeasible: Bool) {
        let p = plans(e, source)
        if p.contains(where: { !$0.feasible }) { return (nil, true) }
        return (p.compactMap(\.cost).max(), false)
    }

    private func separate(_ e: OptionEvaluation) -> [String] { graph.partyIDs(e.partition.separated) }

    /// The one-off cost against the strict yardstick, or else the sharing one.
    private func vsCheapest(_ e: OptionEvaluation) -> String {
        guard e.figures.duplicated > 0 || e.figures.oneOffCost > 0 else { return "—" }
        let strict = cheapest(e, .strict)
        if let cost = strict.cost, cost > 0 { return Formatting.ratio(e.figures.oneOffCost / cost) }
        if strict.infeasible, let cost = cheapest(e, .sharing).cost, cost > 0 {
            return Formatting.ratio(e.figures.oneOffCost / cost) + " (sharing)"
        }
        return "—"
    }

    private func obstacles(_ plan: SeparationPlan) -> String {
        let unsplittable = plan.obstacles.filter { if case .unsplittable = $0 { true } else { false } }.count
        let unseverable = plan.obstacles.count - unsplittable
        let parts = [(unsplittable, "unsplittable"), (unseverable, "unseverable")].filter { $0.0 > 0 }.map {
            "\($0.0) \($0.1)"
        }
        return "infeasible (\(parts.joined(separator: ", ")))"
    }

    public var report: Report {
        var table = Table(columns: [.init("")] + evaluations.map { .init($0.option.id) })
        func row(_ label: String, _ cell: (OptionEvaluation) -> String) {
            table.append([label] + evaluations.map(cell))
        }
        row("Name") { $0.option.name }
        row("Separate") { e in e.option.separate == nil ? "every party" : Formatting.list(separate(e)) }
        row("Duplicated") { String($0.figures.duplicated) }
        row("Transferred") { String($0.figures.transferred) }
        row("One-off cost") { money.format($0.figures.oneOffCost) }
        row("Cheapest separation") { e in
            let c = cheapest(e, .strict)
            return c.infeasible ? "infeasible" : money.format(c.cost)
        }
        if !optionSharingPlans.isEmpty {
            row("  sharing unsplittable") { e in money.format(cheapest(e, .sharing).cost) }
        }
        row("vs cheapest", vsCheapest)
        row("Extra recurring cost / year") { money.format($0.figures.recurringDelta) }
        row("FTE affected") { Wording.number($0.figures.fteAffected) }
        row("Ties") { String($0.figures.ties) }
        row("Conflicts") { String($0.figures.conflicts) }
        row("Blockers") { $0.figures.blockerSummary }
        row("Entangled before → after") { "\($0.figures.entangledBefore) → \($0.figures.entangledAfter)" }
        row("Separation") { Wording.percent($0.figures.separation) }
        row("Cleanliness") { Wording.percent($0.figures.cleanliness) }
        row("Complete by") { e in
            if let reason = e.figures.neverCompletesReason { return "never: \(reason)" }
            return e.figures.completionDate?.description ?? "—"
        }

        var sections = [Report.Section(table: table)]
        let assumed = evaluations.compactMap { e -> String? in
            let a = PricingAssumptions(e)
            guard a.usesDefaults else { return nil }
            return
                "\(e.option.id): \(a.defaultDuplicateCostCount) of \(Wording.count(a.duplicatedItems, "duplicated item"))"
                + " use the default duplication cost of \(money.format(a.defaultDuplicateCost))."
        }
        if !assumed.isEmpty {
            sections.append(
                Report.Section(
                    title: "Assumptions: costs taken from estate.defaults (turn on the default-cost rule to list them)",
                    lines: assumed))
        }
        if !partyPlans.isEmpty {
            sections.append(
                Report.Section(
                    title:
                        "Cheapest full separation of each party from all others (see `cleave plan --separate PARTY`)",
                    table: yardstick))
        }
        return Report(
            heading: "Options — \(graph.estate.name) (\(graph.estate.currency))",
            sections: sections, csv: csv, json: json)
    }

    /// One row per separated party: its plan, or when that is infeasible, why, and the plan
    /// that shares what cannot be split.
    private var yardstick: Table {
        let sharing = !partySharingPlans.isEmpty
        var columns: [Table.Column] = [.init("Party"), .init("Cheapest separation")]
        if sharing { columns.append(.init("Sharing unsplittable", .right)) }
        columns +=
            [.init("Duplicate", .right)] + (sharing ? [.init("Shared", .right)] : [])
            + [.init("Move", .right), .init("Sever", .right)]
        var table = Table(columns: columns)
        for party in partyPlans.keys.sorted(by: { graph.partyIDs[$0] < graph.partyIDs[$1] }) {
            let plan = partyPlans[party]!
            // The counts describe the plan shown last on the row.
            let counted = plan.feasible ? plan : partySharingPlans[party]
            var row = [plan.bloc, plan.feasible ? money.format(plan.cost) : obstacles(plan)]
            if sharing { row.append(money.format(partySharingPlans[party]?.cost)) }
            row.append(counted.map { String($0.duplicate.count) } ?? "—")
            if sharing { row.append(counted.map { String($0.shared.count) } ?? "—") }
            row += [counted.map { String($0.moveToBloc.count) } ?? "—", counted.map { String($0.sever.count) } ?? "—"]
            table.append(row)
        }
        return table
    }

    private var csv: Table {
        let titles = [
            "id", "name", "separate", "duplicated", "transferred", "oneOffCost", "recurringDelta",
            "fteAffected", "ties", "conflicts", "blockers", "unsplittable", "contractLock", "conflict",
            "entangledBefore", "entangledAfter", "separation", "cleanliness", "completionDate",
            "cheapestSeparation", "cheapestSharingUnsplittable", "vsCheapest",
        ]
        var table = Table(columns: titles.map { .init($0) })
        for e in evaluations.sorted(by: { $0.option.id < $1.option.id }) {
            let f = e.figures, c = cheapest(e, .strict)
            let ratio = c.cost.flatMap { $0 > 0 ? Wording.number(f.oneOffCost / $0) : nil } ?? ""
            table.append([
                e.option.id, e.option.name, separate(e).joined(separator: " "), String(f.duplicated),
                String(f.transferred),
                Wording.number(f.oneOffCost), Wording.number(f.recurringDelta), Wording.number(f.fteAffected),
                String(f.ties), String(f.conflicts), String(f.blockers), String(f.unsplittable),
                String(f.contractLocks),
                String(f.conflictBlockers), String(f.entangledBefore), String(f.entangledAfter),
                Wording.number(f.separation), Wording.number(f.cleanliness), f.completionDate?.description ?? "",
                c.infeasible ? "infeasible" : c.cost.map(Wording.number) ?? "",
                cheapest(e, .sharing).cost.map(Wording.number) ?? "", ratio,
            ])
        }
        return table
    }

    private var json: JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            (
                "options",
                .array(
                    evaluations.sorted { $0.option.id < $1.option.id }.map { e in
                        let f = e.figures
                        return .object([
                            ("id", .string(e.option.id)), ("name", .string(e.option.name)),
                            ("separate", .strings(separate(e))),
                            ("duplicated", .int(f.duplicated)), ("transferred", .int(f.transferred)),
                            ("oneOffCost", .number(f.oneOffCost)), ("recurringDelta", .number(f.recurringDelta)),
                            ("fteAffected", .number(f.fteAffected)), ("ties", .int(f.ties)),
                            ("conflicts", .int(f.conflicts)),
                            (
                                "blockers",
                                .object([
                                    ("total", .int(f.blockers)), ("unsplittable", .int(f.unsplittable)),
                                    ("contractLock", .int(f.contractLocks)), ("conflict", .int(f.conflictBlockers)),
                                ])
                            ),
                            ("entangledBefore", .int(f.entangledBefore)), ("entangledAfter", .int(f.entangledAfter)),
                            ("separation", .number(f.separation)), ("cleanliness", .number(f.cleanliness)),
                            ("completionDate", .day(f.completionDate)),
                            (
                                "plans",
                                .array(
                                    plans(e, .strict).map { plan in
                                        .object([
                                            ("bloc", .string(plan.bloc)), ("cost", .number(plan.cost)),
                                            ("feasible", .bool(plan.feasible)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
