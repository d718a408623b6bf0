import CleaveCore

/// The `costs` report (SPEC 1.1 §4.5): each party's annual cost before and after an
/// option, each bloc's, with the stranded cost, and what nobody pays for.
public struct CostsReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let costs: PartyCosts
    /// With a number, the cost over that many years: one-off plus years × the change.
    public let years: Int?
    /// The teams the option duplicates or moves; nil to leave them out.
    public let staffing: Staffing?

    public init(graph: EstateGraph, costs: PartyCosts, years: Int? = nil, staffing: Staffing? = nil) {
        self.graph = graph
        self.costs = costs
        self.years = years
        self.staffing = staffing
    }

    private var money: Money { Money(currency: graph.estate.currency) }

    /// Tables show whole units: a party's share of a shared item is rarely a whole sum, and
    /// pence in a budget line read as false precision. CSV and JSON keep the exact figures.
    private func whole(_ amount: Double) -> String { money.format(amount.rounded()) }
    private var parties: [PartyCosts.PartyCost] { costs.parties.sorted { $0.id < $1.id } }
    private var blocs: [PartyCosts.BlocCost] { costs.blocs.sorted { $0.name < $1.name } }

    private func percent(_ change: Double, of before: Double) -> String {
        before == 0 ? (change == 0 ? "0%" : "—") : (change > 0 ? "+" : "") + Wording.percent(change / before)
    }

    private func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + whole(value) }

    public var report: Report {
        Report(heading: heading, sections: sections, csv: csv, json: json)
    }

    private var heading: String {
        (costs.optionID.map { "Annual cost by party — option \($0)" } ?? "Annual cost by party today")
            + " (\(graph.estate.currency))"
    }

    private var sections: [Report.Section] {
        var partyTable = Table(
            columns: [
                .init("Party"), .init("Bloc"), .init("Before / year", .right),
                .init("After / year", .right), .init("Change", .right), .init("Change %", .right),
            ]
                + (years.map { [.init("Over \($0) years", .right)] } ?? []))
        for p in parties {
            partyTable.append(
                [
                    p.id, p.bloc, whole(p.before), whole(p.after), signed(p.change),
                    percent(p.change, of: p.before),
                ] + (years.map { [signed(p.cost(overYears: $0))] } ?? []))
        }
        var blocTable = Table(columns: [
            .init("Bloc"), .init("Parties"), .init("Before / year", .right),
            .init("After / year", .right), .init("Change", .right), .init("Stranded", .right),
        ])
        for b in blocs {
            blocTable.append([
                b.name, Formatting.list(b.parties), whole(b.before), whole(b.after), signed(b.change),
                whole(b.stranded),
            ])
        }
        var sections = [Report.Section(title: "Annual cost by party", table: partyTable)]
        if costs.optionID != nil {
            sections.append(
                Report.Section(
                    title: "By bloc (stranded: what the leaving blocs used to pay for what this bloc keeps)",
                    table: blocTable))
        }
        var lines = [
            "Unallocated (items nobody needs): \(whole(costs.unallocated)) a year, "
                + Wording.count(costs.unallocatedItems.count, "item") + "."
        ]
        if costs.optionID != nil {
            lines.append(
                "Extra recurring cost: \(signed(costs.totalChange)) a year; one-off: \(money.format(costs.totalOneOff))."
            )
        }
        sections.append(Report.Section(lines: lines))
        if let staffing { sections += StaffingSections(staffing: staffing, graph: graph).sections }
        return sections
    }

    private var csv: Table {
        var table = Table(
            columns: ["party", "bloc", "before", "after", "change"].map { .init($0) }
                + (years.map { _ in [.init("overYears")] } ?? []))
        for p in parties {
            table.append(
                [p.id, p.bloc, Wording.number(p.before), Wording.number(p.after), Wording.number(p.change)]
                    + (years.map { [Wording.number(p.cost(overYears: $0))] } ?? []))
        }
        return table
    }

    /// SPEC 1.1 §5: `{schemaVersion, option, currency, parties, blocs, unallocated}`, and our
    /// `staffing` when given.
    private var json: JSONValue {
        .object(
            [
                ("schemaVersion", .int(1)), ("option", .string(costs.optionID)),
                ("currency", .string(graph.estate.currency)),
                (
                    "parties",
                    .array(
                        parties.map { p in
                            .object([
                                ("party", .string(p.id)), ("bloc", .string(p.bloc)), ("before", .number(p.before)),
                                ("after", .number(p.after)), ("change", .number(p.change)),
                            ])
                        })
                ),
                (
                    "blocs",
                    .array(
                        blocs.map { b in
                            .object([
                                ("bloc", .string(b.name)), ("before", .number(b.before)), ("after", .number(b.after)),
                                ("change", .number(b.change)), ("stranded", .number(b.stranded)),
                            ])
                        })
                ),
                ("unallocated", .number(costs.unallocated)),
            ] + (staffing.map { [("staffing", StaffingSections(staffing: $0, graph: graph).json)] } ?? []))
    }
}
