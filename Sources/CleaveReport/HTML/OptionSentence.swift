import CleaveCore

/// One option in plain words: what it does, and what stops it. The HTML and Markdown
/// reports both say it, so a committee reads the same sentence in either.
public struct OptionSentence: Sendable {
    public let evaluation: OptionEvaluation

    public init(_ evaluation: OptionEvaluation) { self.evaluation = evaluation }

    private var money: Money { Money(currency: evaluation.graph.estate.currency) }

    /// "NNC leaves (nnc-leaves) separates NNC from the rest: …".
    public var does: String {
        "\(evaluation.option.name) (\(evaluation.option.id)) " + predicate
    }

    /// The same without the name, as a sentence under a heading that names the option:
    /// "It separates NNC from the rest: …".
    public var action: String { "It " + predicate }

    /// "separates NNC from the rest: it …".
    private var predicate: String {
        let e = evaluation, f = e.figures
        guard f.duplicated + f.transferred > 0 else {
            return "splits nothing that needs work: every item stays as it is run today."
        }
        let separated = e.graph.partyIDs(e.partition.separated)
        let who =
            separated.isEmpty
            ? "separates no party"
            : "separates \(Wording.list(separated)) from \(e.partition.hasRest ? "the rest" : "one another")"
        var parts: [String] = []
        if f.duplicated > 0 { parts.append("gives each bloc its own copy of \(Wording.count(f.duplicated, "item"))") }
        if f.transferred > 0 {
            parts.append("moves \(Wording.count(f.transferred, "item")) to the one bloc that needs them")
        }
        var text = who + ": it " + Wording.list(parts)
        text += ", for a one-off \(money.format(f.oneOffCost))"
        if f.recurringDelta != 0 {
            text += " and \(money.format(abs(f.recurringDelta))) a year \(f.recurringDelta > 0 ? "more" : "less")"
        }
        text +=
            ". Of the \(f.entangledBefore) items two or more blocs need, \(f.entangledAfter) "
            + (f.entangledAfter == 1 ? "stays" : "stay") + " shared."
        return text
    }

    /// "What stops it: …", or that nothing does.
    public var stops: String {
        let f = evaluation.figures
        guard f.blockers > 0 else {
            let ties =
                f.ties > 0
                ? " \(Wording.count(f.ties, "tie")) still \(f.ties == 1 ? "binds" : "bind") a bloc to a shared item another runs."
                : ""
            return "Nothing blocks it." + ties
        }
        var reasons: [String] = []
        if f.contractLocks > 0 {
            let contracts = Wording.count(f.contractLocks, "contract")
            let last = f.completionDate.map { "the last released on \($0)" }
            if let target = evaluation.option.targetDate {
                reasons.append(
                    "\(contracts) that cannot be released by its target date \(target)"
                        + (last.map { " (\($0))" } ?? ""))
            } else if let asOf = evaluation.graph.estate.asOf {
                reasons.append(
                    "\(contracts) that bind past the inventory date \(asOf) (the option sets no target date"
                        + (last.map { "; \($0)" } ?? "") + ")")
            } else {
                reasons.append("\(contracts) that cannot be released" + (last.map { " (\($0))" } ?? ""))
            }
        }
        if f.unsplittable > 0 {
            reasons.append(
                "\(Wording.count(f.unsplittable, "item")) that cannot be split but that more than one bloc needs")
        }
        if f.conflictBlockers > 0 {
            reasons.append(
                "\(Wording.count(f.conflictBlockers, "jointly run item")) that \(f.conflictBlockers == 1 ? "depends" : "depend") on something it splits"
            )
        }
        return "What stops it: \(Wording.count(f.blockers, "blocker")) — " + Wording.list(reasons) + "."
    }

    /// Both sentences.
    public var text: String { does + " " + stops }
}
