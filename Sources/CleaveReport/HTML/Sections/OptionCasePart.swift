import CleaveCore

/// Money over time under the option (SPEC 1.2 §4.7), as `cleave case --option` reports it:
/// the net present cost and payback, each party's net cost against staying as it is year by
/// year (whole units), its one-off, dual running and compensation, and the cash-flow chart
/// (`case:ID`, inlined like the roadmap's Gantt when the command supplies it).
struct OptionCasePart: OptionPart {
    /// The map name the chart of option `id` is looked up by in `ReportInput.maps`.
    static func view(of id: String) -> String { "case:" + id }

    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        var out = context.heading("Money over time")
        guard e.figures.duplicated + e.figures.transferred > 0 else {
            return out + context.paragraph("Nothing changes: the option duplicates and moves nothing.", class: "note")
        }
        let c: BusinessCase
        switch context.input.analysis.businessCase(of: context.analysis(of: e)) {
        case .success(let found): c = found
        case .failure(let error): return out + context.paragraph("No business case: \(error.description).", class: "note")
        }
        let reporter = BusinessCaseReporter(graph: context.graph, businessCase: c)
        let money = context.money, a = c.appraisal
        func signed(_ amount: Double) -> Table.Cell {
            let r = amount.rounded()
            return .money((r > 0 ? "+" : "") + money.format(r == 0 ? 0 : r), amount)
        }
        // Ten years of whole pounds do not fit a page: the years in short (`+£5.3m`).
        func short(_ amount: Double) -> Table.Cell {
            let text = money.compact(amount)
            return .money((amount.rounded() > 0 ? "+" : "") + text, amount)
        }
        out += context.figures([
            ((c.totals.npv.rounded() > 0 ? "+" : "") + money.format(c.totals.npv.rounded()), "net present cost"),
            (reporter.payback(c.totals), "pays back"),
            (money.format(c.totals.oneOff.rounded()), "one-off, with optimism bias"),
            (money.format(c.totals.dualRunning.rounded()), "dual running"),
        ])
        out += context.paragraph(
            "Each year's net cost against staying as it is, \(Wording.count(a.years, "year")) from \(c.start), "
                + "discounted at \(Wording.number(a.discountRate))% a year; one-off costs uplifted by "
                + "\(Wording.number(a.optimismBias))% for optimism bias. + costs more, − saves. "
                + (c.lastCutOverWording.map { "The last item is cut over in \($0)." }
                    ?? "Nothing is cut over within the appraisal."), class: "note")
        out += chart(e, context)
        var years = Table(
            columns: [.init("Party")] + (0..<a.years).map { .init(c.label(ofYear: $0), numeric: true) }
                + [.init("NPV", numeric: true)], sortable: false)
        var terms = Table(
            columns: [
                .init("Party"), .init("One-off", numeric: true), .init("Dual running", numeric: true),
                .init("Compensation (paid − received)", numeric: true), .init("Net, \(a.years) years", numeric: true),
                .init("NPV", numeric: true), .init("Pays back"),
            ], sortable: false)
        for ledger in c.parties + [c.totals] {
            years.append(
                [.text(ledger.id)] + ledger.years.map { short($0.net) } + [short(ledger.npv)])
            terms.append([
                .text(ledger.id), signed(ledger.oneOff), signed(ledger.dualRunning), signed(ledger.compensation),
                signed(ledger.net), signed(ledger.npv), .text(reporter.payback(ledger)),
            ])
        }
        out += context.heading("Net cost by year", level: 4) + years.html()
        out += context.paragraph("To the pound, and as a spreadsheet: cleave case --option \(e.option.id) --format csv.", class: "note")
        out += context.heading("What each party pays for the transition", level: 4) + terms.html()
        if !c.neverCutOver.isEmpty {
            out += context.paragraph(
                "Never cut over, so paid as before for the whole appraisal: "
                    + c.neverCutOver.map { "\(context.graph.itemID($0.item)) (\(reporter.reason($0)))" }.joined(
                        separator: "; ") + ".", class: "warning")
        }
        return out
    }

    /// The cash-flow chart, or why it is left out; nothing when the command supplies neither.
    private func chart(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        switch context.input.maps[Self.view(of: e.option.id)] {
        case nil: return ""
        case .failure(let missing)?: return context.paragraph("No cash-flow chart: \(missing.reason)", class: "note")
        case .success(let map)?:
            return "<figure class=\"cashflow\">\n" + InlineSVG.element(map) { _ in false } + "\n</figure>\n"
        }
    }
}
