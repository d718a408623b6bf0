import CleaveCore

/// The `options` report: every option's figures side by side, with each separated
/// party's cheapest separation as a yardstick.
public struct OptionsReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let evaluations: [OptionEvaluation]
    /// Whole-estate plans of each separated party, by party index (the table below the options).
    let partyPlans: [PartyIndex: SeparationPlan]
    /// Their sharing fallbacks, by party index; empty unless some party plan is infeasible.
    let partySharingPlans: [PartyIndex: SeparationPlan]
    /// SPEC 1.1 §4.4 option-scoped plans of each option's separated blocs, by option id.
    let optionPlans: [String: [SeparationPlan]]
    /// Option-scoped plans letting unsplittable items stay shared, for options whose strict
    /// plan is infeasible, by option id.
    let optionSharingPlans: [String: [SeparationPlan]]
    /// Each option's roadmap, by option id; nil where it has none.
    let roadmaps: [String: Roadmap?]
    /// The option every figure is compared with (`--compare-with`); nil for no comparison.
    public let baseline: OptionEvaluation?
    /// Each option's business case against the status quo (SPEC 1.2 §4.7), by option id;
    /// absent for an option with no Start (`EstateAnalysis.businessCases(of:)`).
    public let businessCases: [String: BusinessCase]

    /// The report of `options`, in that order. Each option is held against its own
    /// option-scoped plans, and each party it separates against the party's whole-estate
    /// plan, both from `yardsticks` (solved together: `EstateAnalysis.yardsticks(of:)`).
    public init(
        graph: EstateGraph, options: [OptionAnalysis], yardsticks: Yardsticks, baseline: OptionAnalysis? = nil,
        businessCases: [String: BusinessCase] = [:]
    ) {
        let evaluations = options.map(\.evaluation)
        self.graph = graph
        self.businessCases = businessCases
        self.evaluations = evaluations
        self.baseline = baseline?.evaluation
        roadmaps = Dictionary(options.map { ($0.id, $0.roadmap) }, uniquingKeysWith: { first, _ in first })
        let separated = Set(evaluations.flatMap(\.partition.separated))
        let partyYardsticks = yardsticks.parties.filter { separated.contains($0.key) }
        partyPlans = partyYardsticks.mapValues(\.strict)
        partySharingPlans = partyYardsticks.compactMapValues(\.sharing)
        optionPlans = yardsticks.options.mapValues(\.strict)
        optionSharingPlans = yardsticks.options.compactMapValues(\.sharing)
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

    /// Why a plan is infeasible, naming what makes it so: "infeasible: coroners and
    /// archives-catalogue cannot be split".
    private func obstacles(_ plan: SeparationPlan) -> String {
        var unsplittable: [String] = []
        var unseverable = 0
        for obstacle in plan.obstacles {
            switch obstacle {
            case .unsplittable(let item): unsplittable.append(graph.itemID(item))
            case .unseverable: unseverable += 1
            }
        }
        var reasons: [String] = []
        if !unsplittable.isEmpty {
            let shown =
                unsplittable.count > 3
                ? Array(unsplittable.prefix(2)) + ["\(unsplittable.count - 2) more"] : unsplittable
            reasons.append(Wording.list(shown) + " cannot be split")
        }
        if unseverable > 0 {
            reasons.append(Wording.count(unseverable, "dependency", "dependencies") + " cannot be severed")
        }
        return "infeasible: " + reasons.joined(separator: "; ")
    }

    /// The option's strict plans' obstacles, one bloc after another.
    private func obstacles(_ e: OptionEvaluation) -> String {
        let infeasible = plans(e, .strict).filter { !$0.feasible }
        guard infeasible.count > 1 else { return infeasible.first.map(obstacles) ?? "infeasible" }
        // Blocs stopped by the same items are named together.
        var reasons: [(reason: String, blocs: [String])] = []
        for plan in infeasible {
            let reason = obstacles(plan)
            if let k = reasons.firstIndex(where: { $0.reason == reason }) {
                reasons[k].blocs.append(plan.bloc)
            } else {
                reasons.append((reason, [plan.bloc]))
            }
        }
        if reasons.count == 1 { return reasons[0].reason }
        return reasons.map { "\(Wording.list($0.blocs)) " + $0.reason }.joined(separator: "; ")
    }

    /// `cell` followed by its difference from the baseline, "(+£78,500)", when there is one
    /// and it is not zero; the baseline's own column is left as it is.
    private func compared(_ e: OptionEvaluation, _ cell: String, _ difference: (OptionComparison) -> String?) -> String
    {
        guard let baseline, baseline.option.id != e.option.id,
            let text = difference(OptionComparison(e.figures, from: baseline.figures, baseline: baseline.option.id))
        else { return cell }
        return "\(cell) (\(text))"
    }

    private static func signed(_ n: Int) -> String? { n == 0 ? nil : (n > 0 ? "+\(n)" : "−\(-n)") }
    private func signed(money amount: Double) -> String? {
        amount == 0 ? nil : (amount > 0 ? "+" : "−") + money.format(abs(amount))
    }
    private static func signed(number value: Double) -> String? {
        value == 0 ? nil : (value > 0 ? "+" : "−") + Wording.number(abs(value))
    }
    private static func signed(points fraction: Double) -> String? {
        let points = (fraction * 100).rounded()
        return points == 0 ? nil : (points > 0 ? "+" : "−") + "\(Int(abs(points))) pts"
    }

    public var report: Report {
        Report(
            heading: "Options — \(graph.estate.name) (\(graph.estate.currency))", sections: sections, csv: csv,
            json: json)
    }

    private var sections: [Report.Section] {
        var table = Table(columns: [.init("")] + evaluations.map { .init($0.option.id) })
        func row(_ label: String, _ cell: (OptionEvaluation) -> String) {
            table.append([label] + evaluations.map(cell))
        }
        row("Name") { $0.option.name }
        row("Separate") { e in e.option.separate == nil ? "every party" : Formatting.list(separate(e)) }
        if let baseline {
            row("Compared with") { $0.option.id == baseline.option.id ? "(baseline)" : baseline.option.id }
        }
        row("Duplicated") { e in compared(e, String(e.figures.duplicated)) { Self.signed($0.duplicated) } }
        row("Transferred") { e in compared(e, String(e.figures.transferred)) { Self.signed($0.transferred) } }
        row("One-off cost") { e in compared(e, money.format(e.figures.oneOffCost)) { signed(money: $0.oneOffCost) } }
        row("Cheapest separation") { e in
            let c = cheapest(e, .strict)
            return c.infeasible ? obstacles(e) : money.format(c.cost)
        }
        if !optionSharingPlans.isEmpty {
            row("  sharing unsplittable") { e in money.format(cheapest(e, .sharing).cost) }
        }
        row("vs cheapest", vsCheapest)
        row("Extra recurring cost / year") { e in
            compared(e, money.format(e.figures.recurringDelta)) { signed(money: $0.recurringDelta) }
        }
        // Who pays what after each option (SPEC 1.1 §4.5), a row per party that pays anything.
        let costs = evaluations.map(PartyCosts.init(evaluation:))
        for p in graph.parties
        where costs.contains(where: { c in c.parties.contains { $0.party == p && ($0.before != 0 || $0.after != 0) } })
        {
            table.append(
                ["  Annual cost \(graph.partyID(p))"]
                    + costs.map { c in
                        c.parties.first { $0.party == p }.map {
                            "\(money.format($0.before.rounded())) → \(money.format($0.after.rounded()))"
                        }
                            ?? "—"
                    })
        }
        if !businessCases.isEmpty { businessCaseRows(&table) }
        row("FTE affected") { e in
            compared(e, Wording.number(e.figures.fteAffected)) { Self.signed(number: $0.fteAffected) }
        }
        // The FTE of the affected teams by the party employing them today.
        let staffing = evaluations.map(Staffing.init(evaluation:))
        for p in graph.parties
        where staffing.contains(where: { s in s.parties.contains { $0.party == p && $0.affected > 0 } }) {
            table.append(
                ["  employed by \(graph.partyID(p))"]
                    + staffing.map { s in Wording.number(s.parties.first { $0.party == p }?.affected ?? 0) })
        }
        row("Ties") { e in compared(e, String(e.figures.ties)) { Self.signed($0.ties) } }
        row("Conflicts") { e in compared(e, String(e.figures.conflicts)) { Self.signed($0.conflicts) } }
        row("Blockers") { e in compared(e, e.figures.blockerSummary) { Self.signed($0.blockers) } }
        row("Entangled before → after") { e in
            compared(e, "\(e.figures.entangledBefore) → \(e.figures.entangledAfter)") { Self.signed($0.entangledAfter) }
        }
        row("Separation") { e in
            compared(e, Wording.percent(e.figures.separation)) { Self.signed(points: $0.separation) }
        }
        row("Cleanliness") { e in
            compared(e, Wording.percent(e.figures.cleanliness)) { Self.signed(points: $0.cleanliness) }
        }
        // The roadmap's completion (§4.6) where one can be computed, which the contract ends
        // bound from below; else the end of the last contract that locks the option (§4.3).
        let roadmaps = evaluations.map { e in self.roadmaps[e.option.id] ?? nil }
        table.append(["Complete by"] + zip(evaluations, roadmaps).map(Self.completion))
        if roadmaps.contains(where: { $0 != nil }) {
            row("  contracts released by") { e in
                e.figures.neverCompletes ? "never" : e.figures.completionDate?.description ?? "—"
            }
        }

        var sections = [Report.Section(table: table)]
        let assumed = evaluations.compactMap { e -> String? in
            let sentences =
                [PricingAssumptions(e).sentence(money)]
                + (cheapest(e, .strict).infeasible ? plans(e, .sharing) : plans(e, .strict)).filter(\.feasible).map {
                    plan in
                    PricingAssumptions(plan, in: graph).sentence(money).map {
                        "its cheapest separation of \(plan.bloc): " + $0
                    }
                }
            let shown = sentences.compactMap { $0 }
            return shown.isEmpty ? nil : "- \(e.option.id): " + shown.joined(separator: "; ") + "."
        }
        if !assumed.isEmpty {
            sections.append(Report.Section(title: "Assumptions: prices taken from estate.defaults", lines: assumed))
            sections.append(
                Report.Section(
                    lines: [
                        "Turn on the default-cost rule (`cleave validate`) to list each item and dependency priced so."
                    ],
                    audience: .terminal))
        }
        if !partyPlans.isEmpty {
            sections.append(
                Report.Section(title: "Cheapest full separation of each party from all others", table: yardstick))
            sections.append(
                Report.Section(lines: ["Each plan in full: `cleave plan --separate PARTY`."], audience: .terminal))
        }
        let described = evaluations.filter { !($0.option.description ?? "").isEmpty }
        if !described.isEmpty {
            sections.append(
                Report.Section(
                    title: "What each option does",
                    lines: described.map {
                        "- **\($0.option.name)** (`\($0.option.id)`): \($0.option.description ?? "")"
                    },
                    audience: .paper))
        }
        sections.append(Report.Section(title: "Glossary", lines: glossary, audience: .paper))
        return sections
    }

    /// NPV over the appraisal and the payback year, in total and per party (SPEC 1.2 §4.7),
    /// from each option's business case against staying as it is: a party's row gives its
    /// NPV and, where it has something to pay back, when it does or that it does not.
    private func businessCaseRows(_ table: inout Table) {
        let years = Set(businessCases.values.map(\.appraisal.years))
        let period = years.count == 1 ? " over \(years.first!) years" : ""
        func npv(_ l: BusinessCase.Ledger) -> String {
            l.npv.rounded() == 0 ? money.format(0) : (l.npv > 0 ? "+" : "−") + money.format(abs(l.npv).rounded())
        }
        func cells(_ ledger: (BusinessCase) -> BusinessCase.Ledger?, withPayback: Bool) -> [String] {
            evaluations.map { e in
                guard let c = businessCases[e.option.id] else { return "— (no Start)" }
                guard let l = ledger(c) else { return "—" }
                guard withPayback else { return npv(l) }
                switch BusinessCase.payback(of: l) {
                case .year(let t): return npv(l) + " (pays back \(c.label(ofYear: t)))"
                case .notWithin: return npv(l) + " (no payback)"
                case .nothingToPayBack: return npv(l)
                }
            }
        }
        let partyIDs = Set(businessCases.values.flatMap { $0.parties.filter { $0.net != 0 || $0.npv != 0 }.map(\.id) })
        table.append(["Net present cost\(period)"] + cells({ $0.totals }, withPayback: false))
        for id in partyIDs.sorted() {
            table.append(["  \(id)"] + cells({ $0.parties.first { $0.id == id } }, withPayback: true))
        }
        table.append(
            ["Pays back"]
                + evaluations.map { e in
                    businessCases[e.option.id].map { c in
                        BusinessCaseReporter(graph: graph, businessCase: c).payback(c.totals)
                    } ?? "— (no Start)"
                })
    }

    /// When option `e` can be complete, as the "Complete by" row says it: "never" and why,
    /// the roadmap's completion (SPEC 1.1 §4.6) where `roadmap` is given, else the release of
    /// the last contract that locks it (§4.3); "—" when it does nothing.
    static func completion(_ e: OptionEvaluation, _ roadmap: Roadmap?) -> String {
        if let reason = e.figures.neverCompletesReason { return "never: \(reason)" }
        if e.figures.duplicated + e.figures.transferred == 0 { return "—" }
        if let roadmap { return roadmap.completion.map { "\($0) (roadmap)" } ?? "never: some work never finishes" }
        return e.figures.completionDate?.description ?? "—"
    }

    /// The terms the table uses, each with its meaning, as markdown list lines.
    private var glossary: [String] {
        let terms = [
            "Bloc", "Duplicated", "Transferred (moved)", "One-off cost", "Cheapest separation", "vs cheapest",
            "Extra recurring cost / year", "FTE affected", "Tie", "Conflict", "Blocker", "Entangled before → after",
            "Separation", "Cleanliness", "Complete by", "Default cost",
        ]
        return ReportGlossary.entries.filter { terms.contains($0.term) }.map { "- **\($0.term)**: \($0.meaning)" }
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
        for party in partyPlans.keys.sorted(by: { graph.partyID($0) < graph.partyID($1) }) {
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
            "cheapestSeparation", "cheapestSharingUnsplittable", "vsCheapest", "npv", "paybackYear",
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
                businessCases[e.option.id].map { Wording.number($0.totals.npv) } ?? "",
                businessCases[e.option.id]?.totals.payback.map(String.init) ?? "",
            ])
        }
        return table
    }

    private var json: JSONValue {
        .object(
            [("schemaVersion", .int(1))] + (baseline.map { [("comparedWith", .string($0.option.id))] } ?? []) + [
                (
                    "options",
                    .array(
                        evaluations.sorted { $0.option.id < $1.option.id }.map { e in
                            let f = e.figures
                            return .object(
                                [
                                    ("id", .string(e.option.id)), ("name", .string(e.option.name)),
                                    ("separate", .strings(separate(e))),
                                    ("duplicated", .int(f.duplicated)), ("transferred", .int(f.transferred)),
                                    ("oneOffCost", .number(f.oneOffCost)),
                                    ("recurringDelta", .number(f.recurringDelta)),
                                    ("fteAffected", .number(f.fteAffected)), ("ties", .int(f.ties)),
                                    ("conflicts", .int(f.conflicts)),
                                    (
                                        "blockers",
                                        .object([
                                            ("total", .int(f.blockers)), ("unsplittable", .int(f.unsplittable)),
                                            ("contractLock", .int(f.contractLocks)),
                                            ("conflict", .int(f.conflictBlockers)),
                                        ])
                                    ),
                                    ("entangledBefore", .int(f.entangledBefore)),
                                    ("entangledAfter", .int(f.entangledAfter)),
                                    ("separation", .number(f.separation)), ("cleanliness", .number(f.cleanliness)),
                                    ("completionDate", .day(f.completionDate)),
                                    (
                                        "plans",
                                        .array(
                                            plans(e, .strict).map { plan in
                                                .object([
                                                    ("bloc", .string(plan.bloc)), ("cost", .number(plan.cost)),
                                                    ("feasible", .bool(plan.feasible)),
                                                    ("assumptions", PricingAssumptions(plan, in: graph).json),
                                                ])
                                            })
                                    ),
                                    ("assumptions", PricingAssumptions(e).json),
                                ] + businessCaseJSON(e) + differences(e))
                        })
                )
            ])
    }

    /// `businessCase` (an addition to SPEC §5's shape): NPV and payback year (0-based, from
    /// Start) in total and per party; null for an option with no Start; nothing when the
    /// cases were not asked for.
    private func businessCaseJSON(_ e: OptionEvaluation) -> [(String, JSONValue)] {
        guard !businessCases.isEmpty else { return [] }
        guard let c = businessCases[e.option.id] else { return [("businessCase", .null)] }
        func payback(_ year: Int?) -> JSONValue { year.map { .int($0) } ?? .null }
        return [
            (
                "businessCase",
                .object([
                    ("years", .int(c.appraisal.years)), ("npv", .number(c.totals.npv)),
                    ("payback", payback(c.totals.payback)),
                    (
                        "parties",
                        .array(
                            c.parties.map { p in
                                .object([("party", .string(p.id)), ("npv", .number(p.npv)), ("payback", payback(p.payback))])
                            })
                    ),
                ])
            )
        ]
    }

    /// `differences` from the baseline (an addition to SPEC §5's shape), for every option
    /// but the baseline; nothing without one.
    private func differences(_ e: OptionEvaluation) -> [(String, JSONValue)] {
        guard let baseline, baseline.option.id != e.option.id else { return [] }
        let d = OptionComparison(e.figures, from: baseline.figures, baseline: baseline.option.id)
        return [
            (
                "differences",
                .object([
                    ("duplicated", .int(d.duplicated)), ("transferred", .int(d.transferred)),
                    ("oneOffCost", .number(d.oneOffCost)), ("recurringDelta", .number(d.recurringDelta)),
                    ("fteAffected", .number(d.fteAffected)), ("ties", .int(d.ties)), ("conflicts", .int(d.conflicts)),
                    ("blockers", .int(d.blockers)), ("entangledAfter", .int(d.entangledAfter)),
                    ("separation", .number(d.separation)), ("cleanliness", .number(d.cleanliness)),
                ])
            )
        ]
    }
}
