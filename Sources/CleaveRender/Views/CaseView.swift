import CleaveCore

/// `case:OPTION`: the option's business case (SPEC 1.2 §4.7) as a cash-flow chart — per
/// party, a bar per year of the net cost against staying as it is, the cumulative line, the
/// last cut-over and the payback year (`CashFlowLayout`); in Mermaid, an `xychart-beta` of
/// the totals (Mermaid draws one chart to a file).
public struct CaseView: ChartView {
    public let option: String
    public var name: String { "case:\(option)" }

    public init(option: String) {
        self.option = option
    }

    /// The chart laid out on a page, and the totals as Mermaid `xychart-beta` text.
    /// - Throws: `UserError` for an option the estate lacks (with the nearest id), or
    ///   `Roadmap.Failure.noStart`'s message when the option has no Start.
    public func picture(_ context: ViewContext) throws(UserError) -> ChartPicture {
        let analysis = context.facts.analysis, graph = context.facts.graph
        let analysed = try analysis.option(option)
        let businessCase = try analysis.businessCase(analysed, comparedWith: nil, appraisal: nil)
        return Self.picture(of: businessCase, option: analysed.option, graph: graph)
    }

    /// The chart of `businessCase`, the case of `option` (an option of the inventory or one
    /// being edited, as the workbench has), and the totals as Mermaid `xychart-beta` text.
    public static func picture(of businessCase: BusinessCase, option: Option, graph: EstateGraph) -> ChartPicture {
        let name = CaseView(option: option.id).name
        let money = Money(currency: graph.estate.currency)
        let a = businessCase.appraisal
        let title = "Business case — \(LabelText.visible(option.name)) (\(LabelText.visible(option.id)))"
        var subtitle = [
            "Net cost against staying as it is, by year, in \(graph.estate.currency): \(Wording.count(a.years, "year")) "
                + "from \(businessCase.start), discounted at \(Wording.number(a.discountRate))%, "
                + "one-off costs +\(Wording.number(a.optimismBias))% for optimism bias."
        ]
        let t = businessCase.transition
        if t.strandedShare > 0 && t.strandedMonths > 0 {
            subtitle.append(
                "Transition: the separating blocs pay \(Wording.number(t.strandedShare))% of the stranded cost for "
                    + "\(Wording.count(t.strandedMonths, "month")) after each item's cut-over.")
        }
        if let last = businessCase.lastCutOverWording {
            subtitle.append("The last item is cut over in \(last) (dashed grey line).")
        } else {
            subtitle.append("Nothing is cut over within the appraisal.")
        }
        if !businessCase.neverCutOver.isEmpty {
            subtitle.append(
                "\(Wording.count(businessCase.neverCutOver.count, "work item")) never cut over: "
                    + "paid as before throughout (cleave case lists them).")
        }
        var headings: [String: String] = [:]
        for ledger in businessCase.parties + [businessCase.totals] {
            let who =
                ledger.party.map { "\(LabelText.visible(graph.estate.parties[$0.rawValue].name)) (\(ledger.id))" }
                ?? "All parties"
            headings[ledger.id] = "\(who): NPV \(money.compact(ledger.npv)), " + Self.payback(ledger, businessCase)
        }
        let layout = CashFlowLayout(
            businessCase: businessCase, title: title, subtitle: subtitle, headings: headings, money: money,
            viewName: name)
        return ChartPicture(
            title: title, scene: layout.scene(), mermaid: mermaid(businessCase, title: title, currency: graph.estate.currency))
    }

    static func payback(_ ledger: BusinessCase.Ledger, _ c: BusinessCase) -> String {
        switch BusinessCase.payback(of: ledger) {
        case .year: return "pays back in " + c.paybackWording(ledger)
        case .notWithin: return "does not pay back within \(Wording.count(c.appraisal.years, "year"))"
        case .nothingToPayBack: return c.paybackWording(ledger)
        }
    }

    /// The totals as an `xychart-beta`: a bar per year of the net, the cumulative as a line.
    static func mermaid(_ c: BusinessCase, title: String, currency: String) -> String {
        let cumulative = c.totals.cumulativeNets
        let nets = c.totals.years.map { $0.net.rounded() }
        let all = nets + cumulative.map { $0.rounded() }
        func number(_ v: Double) -> String { String(Int(v)) }
        var lines = [
            "xychart-beta",
            "    title \"\(MermaidEscaping.escape(title + ": net cost of all parties by year"))\"",
            "    x-axis [" + (0..<c.appraisal.years).map { "\"\(c.label(ofYear: $0))\"" }.joined(separator: ", ") + "]",
            "    y-axis \"\(MermaidEscaping.escape(currency))\" \(number(min(0, all.min() ?? 0))) --> "
                + "\(number(max(0, all.max() ?? 0)))",
            "    bar [" + nets.map(number).joined(separator: ", ") + "]",
            "    line [" + cumulative.map { number($0.rounded()) }.joined(separator: ", ") + "]",
        ]
        lines.append("")
        return lines.joined(separator: "\n")
    }
}

extension CaseView {
    /// `--view case:OPTION`.
    public static let kind = ViewKind(
        chart: "case", argument: "OPTION",
        summary: "the option's business case as a cash-flow chart: net cost by year, cumulative, payback",
        arguments: { $0.optionIDs },
        make: { CaseView(option: $0) })
}
