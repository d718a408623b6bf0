import CleaveCore

/// The `case` report (SPEC 1.2 §4.7): what each party pays in each year of the appraisal
/// against staying as it is (or another option), its one-off costs, dual running and
/// compensation, the net present value and the payback year, and which items are never
/// cut over and why.
///
/// Years are columns, headed by the years they span (`2026/27` for one from 1 April 2026;
/// `2027` for one from 1 January). Tables show whole amounts; CSV and JSON keep the exact
/// figures.
public struct BusinessCaseReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let businessCase: BusinessCase

    public init(graph: EstateGraph, businessCase: BusinessCase) {
        self.graph = graph
        self.businessCase = businessCase
    }

    private var money: Money { Money(currency: graph.estate.currency) }
    private func whole(_ amount: Double) -> Table.Cell {
        let rounded = amount.rounded()
        return .money((rounded > 0 ? "+" : "") + money.format(rounded == 0 ? 0 : rounded), amount)
    }

    /// The label of year `t`: the calendar years it spans.
    public func label(ofYear t: Int) -> String { businessCase.label(ofYear: t) }

    /// When the cumulative net first stays at or below 0, in words.
    public func payback(_ ledger: BusinessCase.Ledger) -> String { businessCase.paybackWording(ledger) }

    private var against: String {
        businessCase.comparedWith.map { "option \($0)" } ?? "staying as it is"
    }

    public var report: Report {
        Report(
            heading: "Business case — option \(businessCase.optionID) against \(against) (\(graph.estate.currency))",
            sections: sections, csv: csv, json: json)
    }

    private var ledgers: [BusinessCase.Ledger] { businessCase.parties + [businessCase.totals] }

    /// Why an item is never cut over.
    public func reason(_ never: BusinessCase.NeverCutOver) -> String {
        never.waitsFor.map { "waits for \(graph.itemID($0)), which never finishes" }
            ?? "its contract is open-ended and cannot be assigned, so it is never released"
    }

    private var sections: [Report.Section] {
        let c = businessCase, a = c.appraisal
        var lines = [
            "From \(c.start) for \(Wording.count(a.years, "year")), discounted at \(Wording.number(a.discountRate))% a year; "
                + "one-off costs uplifted by \(Wording.number(a.optimismBias))% for optimism bias.",
            c.transition.strandedShare > 0 && c.transition.strandedMonths > 0
                ? "Transition: the separating blocs pay \(Wording.number(c.transition.strandedShare))% of the stranded cost "
                    + "of each item for \(Wording.count(c.transition.strandedMonths, "month")) from its cut-over."
                : "Transition: no stranded-cost compensation (the option has no transition terms).",
        ]
        if let last = c.lastCutOverWording {
            lines.append("The last item is cut over in \(last).")
        } else {
            lines.append("Nothing is cut over within the appraisal.")
        }
        var byYear = Table(
            columns: [.init("Net cost / year")] + (0..<a.years).map { .init(label(ofYear: $0), .right) }
                + [.init("Total", .right)])
        for ledger in ledgers {
            byYear.append([.text(ledger.id)] + ledger.years.map { whole($0.net) } + [whole(ledger.net)])
        }
        var summary = Table(columns: [
            .init("Party"), .init("One-off", .right), .init("Dual running", .right), .init("Compensation", .right),
            .init("Net over \(a.years) years", .right), .init("NPV", .right), .init("Pays back"),
        ])
        for ledger in ledgers {
            summary.append([
                .text(ledger.id), whole(ledger.oneOff), whole(ledger.dualRunning), whole(ledger.compensation),
                whole(ledger.net), whole(ledger.npv), .text(payback(ledger)),
            ])
        }
        var sections = [
            Report.Section(lines: lines),
            Report.Section(
                title: "Net cost against \(against), by year (+ costs more, - saves)", table: byYear.sortable(false)),
            Report.Section(
                title: "Per party (compensation: paid less received; NPV of the yearly net costs)",
                table: summary.sortable(false)),
        ]
        if !c.neverCutOver.isEmpty {
            var never = Table(columns: [.init("Item"), .init("Why it is never cut over")])
            for item in c.neverCutOver {
                never.append([.namedItem(graph.itemID(item.item), name: graph.estate.items[item.item].name), .text(reason(item))])
            }
            sections.append(
                Report.Section(
                    title: "Never cut over (paid as before for the whole appraisal, and no saving from them)",
                    table: never))
        }
        if !c.cutOverAfterAppraisal.isEmpty {
            sections.append(
                Report.Section(lines: [
                    "Cut over after the appraisal ends (paid as before throughout): "
                        + Formatting.list(c.cutOverAfterAppraisal.map(graph.itemID)) + "."
                ]))
        }
        return sections
    }

    /// One row per party and year, for a spreadsheet; the totals are left to it.
    private var csv: Table {
        var table = Table(
            columns: ["party", "year", "from", "baseline", "cost", "net", "cumulativeNet", "presentValue"].map {
                .init($0)
            })
        let r = businessCase.appraisal.discountRate / 100
        for ledger in businessCase.parties {
            var factor = 1.0
            for (year, cumulative) in zip(ledger.years, ledger.cumulativeNets) {
                table.append([
                    ledger.id, String(year.year), businessCase.firstDay(ofYear: year.year).description,
                    Wording.number(year.baseline), Wording.number(year.cost), Wording.number(year.net),
                    Wording.number(cumulative), Wording.number(year.net / factor),
                ])
                factor *= 1 + r
            }
        }
        return table
    }

    private static func payback(_ year: Int?) -> JSONValue { year.map { .int($0) } ?? .null }

    /// SPEC 1.2 §5: `{schemaVersion, option, currency, start, years, discountRate,
    /// optimismBias, parties, totals, neverCutOver}`, and our `comparedWith` (null for the
    /// status quo) and `strandedShare`/`strandedMonths`.
    private var json: JSONValue {
        let c = businessCase
        return .object([
            ("schemaVersion", .int(1)), ("option", .string(c.optionID)), ("comparedWith", .string(c.comparedWith)),
            ("currency", .string(graph.estate.currency)), ("start", .string(c.start.description)),
            ("years", .int(c.appraisal.years)), ("discountRate", .number(c.appraisal.discountRate)),
            ("optimismBias", .number(c.appraisal.optimismBias)),
            ("strandedShare", .number(c.transition.strandedShare)),
            ("strandedMonths", .int(c.transition.strandedMonths)),
            (
                "parties",
                .array(
                    c.parties.map { p in
                        .object([
                            ("party", .string(p.id)), ("oneOff", .number(p.oneOff)),
                            ("dualRunning", .number(p.dualRunning)), ("compensation", .number(p.compensation)),
                            ("net", .number(p.net)), ("npv", .number(p.npv)), ("payback", Self.payback(p.payback)),
                            (
                                "years",
                                .array(
                                    p.years.map { y in
                                        .object([
                                            ("year", .int(y.year)), ("baseline", .number(y.baseline)),
                                            ("cost", .number(y.cost)), ("net", .number(y.net)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "totals",
                .object([
                    ("oneOff", .number(c.totals.oneOff)), ("dualRunning", .number(c.totals.dualRunning)),
                    ("net", .number(c.totals.net)), ("npv", .number(c.totals.npv)),
                    ("payback", Self.payback(c.totals.payback)),
                ])
            ),
            ("neverCutOver", .strings(c.neverCutOver.map { graph.itemID($0.item) })),
        ])
    }
}
