import CleaveCore

/// Who pays what under the option (SPEC 1.1 §4.5): each party's annual cost before and after,
/// each bloc's with its stranded cost, as `cleave costs --option` reports them (whole units).
struct OptionCostsPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        let costs = context.analysis(of: e).costs, money = context.money
        func whole(_ amount: Double) -> Table.Cell { .number(money.format(amount.rounded()), amount) }
        func signed(_ amount: Double) -> Table.Cell {
            .number((amount.rounded() > 0 ? "+" : "") + money.format(amount.rounded()), amount)
        }
        var parties = Table(columns: [
            .init("Party"), .init("Bloc"), .init("Before / year", numeric: true), .init("After / year", numeric: true),
            .init("Change", numeric: true), .init("Change %", numeric: true),
        ])
        for p in costs.parties.sorted(by: { $0.id < $1.id }) {
            let percent =
                p.before == 0
                ? Table.Cell.text(p.change == 0 ? "0%" : "—")
                : .number((p.change > 0 ? "+" : "") + Wording.percent(p.change / p.before), p.change / p.before)
            parties.append([.text(p.id), .text(p.bloc), whole(p.before), whole(p.after), signed(p.change), percent])
        }
        var blocs = Table(columns: [
            .init("Bloc"), .init("Parties"), .init("Before / year", numeric: true),
            .init("After / year", numeric: true),
            .init("Change", numeric: true), .init("Stranded / year", numeric: true),
        ])
        for b in costs.blocs.sorted(by: { $0.name < $1.name }) {
            blocs.append([
                .text(b.name), .text(Formatting.list(b.parties)), whole(b.before), whole(b.after), signed(b.change),
                whole(b.stranded),
            ])
        }
        var out = context.heading("Annual cost by party")
        out += context.paragraph(
            "Each item's annualCost shared among the parties that need it; a bloc that gets its own copy of a "
                + "duplicated item pays for that copy, and the bloc keeping the original pays for it. "
                + "Extra recurring cost \(money.format(costs.totalChange.rounded())) a year; one-off "
                + "\(money.format(costs.totalOneOff)). Unallocated (items nobody needs): "
                + "\(money.format(costs.unallocated.rounded())) a year.", class: "note")
        out += "<div class=\"columns\"><div>" + context.heading("By party", level: 4) + parties.html() + "</div><div>"
        out += context.heading("By bloc", level: 4) + blocs.html()
        out += context.paragraph(
            "Stranded: what the leaving blocs used to pay towards the items a bloc keeps — income it loses.",
            class: "note")
        return out + "</div></div>\n"
    }
}
