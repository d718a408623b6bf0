import CleaveCore

/// The option's own yardstick (SPEC 1.1 §4.4): for each bloc it separates, the cheapest full
/// separation over only the items it splits, as `cleave plan --option` gives it; when one is
/// impossible, why, and the plan that lets unsplittable items stay shared.
struct OptionPlansPart: OptionPart {
    func html(_ e: OptionEvaluation, _ context: ReportContext) -> String {
        guard let yardstick = context.input.optionYardsticks[e.option.id], !yardstick.strict.isEmpty,
            e.figures.duplicated + e.figures.transferred > 0
        else { return "" }
        var out = context.heading("Cheapest separation of each bloc, keeping shared what the option keeps shared")
        out += context.paragraph(
            "The provably cheapest way (a minimum cut) to separate each bloc this option separates, over the items it "
                + "splits: duplicate what both sides need, or re-engineer a dependency away, whichever is cheaper. "
                + "The option's one-off cost of \(context.money.format(e.figures.oneOffCost)) is held against it.",
            class: "note")
        let sharing = Dictionary(uniqueKeysWithValues: (yardstick.sharing ?? []).map { ($0.bloc, $0) })
        for strict in yardstick.strict {
            out += PlansSection.details(
                strict: strict, shown: strict.feasible ? strict : sharing[strict.bloc] ?? strict, context)
        }
        return out
    }
}
