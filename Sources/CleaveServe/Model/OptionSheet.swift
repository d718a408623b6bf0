import CleaveCore
import CleaveRender
import CleaveReport

/// What the page shows of one option, as JSON: its figures as `cleave options --format json`
/// gives them (with the cheapest separation of each bloc), the same figures worded as the
/// options table words them, its blockers with notice dates, who pays what, its roadmap
/// with the Gantt chart, and its business case (SPEC 1.2 §4.7) with the cash-flow chart.
struct OptionSheet: Sendable {
    /// Longer lists are cut to this many entries, and the rest counted.
    static let listLimit = 200
    /// Above this many work items the Gantt chart is left out, as the report leaves it out.
    static let chartLimit = 600

    let analysed: OptionAnalysis
    /// The estate's analyses, for today's costs and the appraisal the case rests on.
    let analysis: EstateAnalysis
    var graph: EstateGraph { analysis.graph }

    private var money: Money { Money(currency: graph.estate.currency) }

    /// The sheet; `yardsticks` are the option's own (when nil, the estate's analyses give
    /// them, from the plans they keep of earlier what-ifs where the same items split).
    ///
    /// The yardstick's minimum cuts (about a quarter of the work on a large estate) run on
    /// one core while the other builds the rest of the sheet; the roadmap both sides use is
    /// built once (`OptionAnalysis` keeps it).
    func json(yardsticks: Yardsticks? = nil) -> JSONValue {
        let sides = parallelMap(2) { side -> [(String, JSONValue)] in
            guard side == 0 else {
                return [
                    ("shown", shown), ("blockers", blockers), ("costs", costs), ("roadmap", roadmap),
                    ("businessCase", businessCase),
                ]
            }
            let yardsticks = yardsticks ?? analysis.yardsticks(parties: [], options: [analysed])
            let report = OptionsReporter(graph: graph, options: [analysed], yardsticks: yardsticks).report
            return [("figures", ReplyJSON.sortingKeys(Self.firstOption(report.json)))]
        }
        return ReplyJSON.object(
            [("id", .string(analysed.id)), ("name", .string(analysed.option.name))] + sides[0] + sides[1]
                + [("option", OptionSpec.json(analysed.option))])
    }

    /// The one entry of the report's `options` list.
    private static func firstOption(_ json: JSONValue) -> JSONValue {
        guard case .object(let pairs) = json, let list = pairs.first(where: { $0.0 == "options" })?.1,
            case .array(let options) = list, let first = options.first
        else { return .null }
        return first
    }

    /// The figures as the options table words them.
    private var shown: JSONValue {
        let f = analysed.figures
        return ReplyJSON.object([
            ("duplicated", .string(String(f.duplicated))),
            ("transferred", .string(String(f.transferred))),
            ("oneOffCost", .string(money.format(f.oneOffCost))),
            ("recurringDelta", .string(money.format(f.recurringDelta))),
            ("fteAffected", .string(Wording.number(f.fteAffected))),
            ("ties", .string(String(f.ties))),
            ("conflicts", .string(String(f.conflicts))),
            ("blockers", .string(f.blockerSummary)),
            ("entangled", .string("\(f.entangledBefore) → \(f.entangledAfter)")),
            ("separation", .string(Wording.percent(f.separation))),
            ("cleanliness", .string(Wording.percent(f.cleanliness))),
            ("completeBy", .string(completeBy)),
            ("noticesMissed", .int(f.noticesMissed)),
        ])
    }

    /// "Complete by", as the options table says it.
    private var completeBy: String {
        let f = analysed.figures
        if let reason = f.neverCompletesReason { return "never: \(reason)" }
        if f.duplicated + f.transferred == 0 { return "—" }
        if let roadmap = analysed.roadmap {
            return roadmap.completion.map { "\($0) (roadmap)" } ?? "never: some work never finishes"
        }
        return f.completionDate?.description ?? "—"
    }

    private func itemRef(_ item: Int) -> JSONValue {
        ReplyJSON.object([("id", .string(graph.itemID(item))), ("name", .string(graph.estate.items[item].name))])
    }

    private var blockers: JSONValue {
        let all = analysed.evaluation.blockers
        let list = all.prefix(Self.listLimit).map { b in
            ReplyJSON.object([
                ("kind", .string(b.kind.rawValue)),
                ("item", itemRef(b.item)),
                ("related", .strings(b.related.map(graph.itemID))),
                ("reason", .string(b.reason)),
                ("releaseDate", ReplyJSON.date(b.releaseDate)),
                ("noticeDate", ReplyJSON.date(b.noticeDate)),
                ("noticeMissed", .bool(b.noticeMissed)),
            ])
        }
        let f = analysed.figures
        return ReplyJSON.object([
            ("total", .int(all.count)),
            ("unsplittable", .int(f.unsplittable)),
            ("contractLock", .int(f.contractLocks)),
            ("conflict", .int(f.conflictBlockers)),
            ("list", .array(list)),
            ("more", .int(max(0, all.count - Self.listLimit))),
        ])
    }

    private var costs: JSONValue {
        let costs = analysed.costs
        let parties = costs.parties.map { p in
            ReplyJSON.object([
                ("party", .string(p.id)), ("name", .string(graph.party(p.party).name)), ("bloc", .string(p.bloc)),
                ("before", .number(p.before)), ("after", .number(p.after)), ("change", .number(p.change)),
                ("oneOff", .number(p.oneOff)),
                (
                    "shown",
                    .strings([
                        money.format(p.before.rounded()), money.format(p.after.rounded()),
                        Self.signed(money, p.change.rounded()), money.format(p.oneOff.rounded()),
                    ])
                ),
            ])
        }
        let blocs = costs.blocs.map { b in
            ReplyJSON.object([
                ("bloc", .string(b.name)), ("parties", .strings(b.parties)),
                ("before", .number(b.before)), ("after", .number(b.after)), ("change", .number(b.change)),
                ("stranded", .number(b.stranded)), ("oneOff", .number(b.oneOff)),
                (
                    "shown",
                    .strings([
                        money.format(b.before.rounded()), money.format(b.after.rounded()),
                        Self.signed(money, b.change.rounded()), money.format(b.stranded.rounded()),
                        money.format(b.oneOff.rounded()),
                    ])
                ),
            ])
        }
        return ReplyJSON.object([
            ("currency", .string(graph.estate.currency)),
            ("parties", .array(parties)),
            ("blocs", .array(blocs)),
            ("unallocated", .number(costs.unallocated)),
        ])
    }

    /// `+£1,200`, `−£300`, `£0`.
    static func signed(_ money: Money, _ amount: Double) -> String {
        amount == 0 ? money.format(0) : (amount > 0 ? "+" : "−") + money.format(abs(amount))
    }

    private var roadmap: JSONValue {
        let roadmap: Roadmap
        switch analysed.roadmapResult {
        case .failure(let failure):
            return ReplyJSON.object([
                ("available", .bool(false)),
                ("reason", .string(failure.description + ": set a start date on the option, or asOf under estate")),
            ])
        case .success(let made): roadmap = made
        }
        // Sorted as small keys, not as whole steps: only the first `listLimit` are shown.
        let keys = roadmap.steps.enumerated().map { ($1.wave, $1.start ?? .distant, $1.id, $0) }
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        let list = keys.prefix(Self.listLimit).map { roadmap.steps[$0.3] }.map { s in
            ReplyJSON.object([
                ("item", itemRef(s.item)), ("kind", .string(s.kind.rawValue)), ("months", .int(s.months)),
                ("start", ReplyJSON.date(s.start)), ("finish", ReplyJSON.date(s.finish)), ("wave", .int(s.wave)),
                ("late", .bool(s.late)), ("lateReason", .string(s.lateReason.map(lateReason))),
                ("critical", .bool(s.critical)), ("waitsFor", .strings(s.waitsFor.map(graph.itemID))),
                ("outcome", .string(outcome(s.outcome))),
            ])
        }
        let notices = roadmap.notices.sorted { ($0.date, graph.itemID($0.item)) < ($1.date, graph.itemID($1.item)) }
        var chart: JSONValue = .null
        var chartNote: String? = nil
        if roadmap.steps.isEmpty {
            chartNote = "No work: the option duplicates or moves nothing."
        } else if roadmap.steps.count > Self.chartLimit {
            chartNote =
                "The chart is left out above \(Self.chartLimit) work items (this option has \(roadmap.steps.count)); the first \(Self.listLimit) are listed."
        } else {
            let gantt = GanttChart(
                roadmap: roadmap, evaluation: analysed.evaluation, viewName: "roadmap:\(analysed.id)")
            chart = .string(GanttSVGWriter().write(GanttLayout(gantt).scene()))
        }
        return ReplyJSON.object([
            ("available", .bool(true)),
            ("start", ReplyJSON.date(roadmap.start)), ("target", ReplyJSON.date(roadmap.target)),
            ("completion", ReplyJSON.date(roadmap.completion)),
            ("criticalPath", .strings(roadmap.criticalPath.map(graph.itemID))),
            ("workItems", .int(roadmap.steps.count)), ("late", .int(roadmap.lateSteps.count)),
            ("steps", .array(list)), ("more", .int(max(0, keys.count - Self.listLimit))),
            (
                "notices",
                .array(
                    notices.prefix(Self.listLimit).map { n in
                        ReplyJSON.object([
                            ("item", itemRef(n.item)), ("end", ReplyJSON.date(n.end)),
                            ("noticeMonths", .int(n.noticeMonths)),
                            ("date", ReplyJSON.date(n.date)), ("missed", .bool(n.missed)),
                        ])
                    })
            ),
            ("chart", chart), ("chartNote", .string(chartNote)),
        ])
    }

    /// NPV, payback and each year's net by party and in total, against staying as it is, and
    /// the cash-flow chart; or why there is none (no Start).
    private var businessCase: JSONValue {
        let c: BusinessCase
        do {
            c = try analysis.businessCase(analysed, comparedWith: nil, appraisal: nil)
        } catch {
            return ReplyJSON.object([("available", .bool(false)), ("reason", .string(error.message))])
        }
        func ledger(_ l: BusinessCase.Ledger) -> JSONValue {
            let payback = c.paybackWording(l)
            return ReplyJSON.object([
                ("party", .string(l.id)), ("oneOff", .number(l.oneOff)), ("dualRunning", .number(l.dualRunning)),
                ("compensation", .number(l.compensation)), ("net", .number(l.net)), ("npv", .number(l.npv)),
                ("payback", l.payback.map { .int($0) } ?? .null), ("paysBack", .string(payback)),
                ("years", .array(l.years.map { .number($0.net) })),
            ])
        }
        let work = analysed.figures.duplicated + analysed.figures.transferred
        let chart: JSONValue =
            work == 0
            ? .null
            : .string(GanttSVGWriter().write(CaseView.picture(of: c, option: analysed.option, graph: graph).scene))
        return ReplyJSON.object([
            ("available", .bool(true)), ("start", ReplyJSON.date(c.start)), ("years", .int(c.appraisal.years)),
            ("discountRate", .number(c.appraisal.discountRate)), ("optimismBias", .number(c.appraisal.optimismBias)),
            ("labels", .strings((0..<c.appraisal.years).map(c.label(ofYear:)))),
            ("parties", .array(c.parties.map(ledger))), ("total", ledger(c.totals)),
            ("neverCutOver", .strings(c.neverCutOver.map { graph.itemID($0.item) })),
            ("chart", chart),
        ])
    }

    private func outcome(_ outcome: ItemOutcome) -> String {
        switch outcome {
        case .duplicated: "duplicated"
        case .transferred(let bloc): "moves to \(analysed.evaluation.partition.name(bloc))"
        case .unchanged: "unchanged"
        }
    }

    private func lateReason(_ reason: Roadmap.LateReason) -> String {
        switch reason {
        case .openEnded: "an open-ended contract: it never finishes"
        case .contractEnd(let day): "the contract runs until \(day)"
        case .waitsFor(let item, let finish):
            "waits for \(graph.itemID(item)), which " + (finish.map { "finishes \($0)" } ?? "never finishes")
        case .work(let start, let months): "\(Wording.count(months, "month")) of work from \(start)"
        }
    }
}

extension Day {
    /// Later than any real date: sorts work that never starts last.
    fileprivate static let distant = Day(year: 9999, month: 12, day: 31)!
}
