/// The one home of the analyses of a validated estate: each is computed the first time it is
/// asked for, once, and shared by whoever asks next — a command, the report's sections, a
/// view, the workbench or a test.
///
/// Commands build one from the checked graph and hand it on; reporters and views read
/// from it and do not compute analyses of their own. What it keeps:
/// - the entanglement (SPEC §4.2) and today's costs (§4.5);
/// - each option of the inventory, by id and what-if target date (`option(_:targetDate:)`),
///   with its costs, roadmap and staffing (`OptionAnalysis`);
/// - yardsticks (§4.4), solved together for each set of parties and options asked for;
/// - each option's business case (§4.7) on the estate's appraisal against the status quo.
///
/// Options built on the fly (`analysing(_:)`) are not kept: a what-if is asked once. Their
/// yardstick plans are, those used last within `keptPlanBytes`: a plan is fixed by the party and the
/// items that split, which a what-if's other edits (dates, transition terms, which party
/// leaves) do not change.
public final class EstateAnalysis: Sendable {
    public let graph: EstateGraph
    private let builtEntanglement: Once<Entanglement>
    private let builtCostsToday: Once<PartyCosts>
    private let options = Memo<OptionKey, OptionAnalysis>()
    private let yardsticks = Memo<YardstickKey, Yardsticks>()
    private let cases = Memo<OptionKey, Result<BusinessCase, Roadmap.Failure>>()
    private let whatIfPlans = RecentMemo<SolvedPlanKey, SeparationPlan>(budget: keptPlanBytes) { $0.bytes }

    /// How much memory the yardstick plans of what-if options may take together, about:
    /// 256 MiB, some 250 plans of an estate of 100,000 items.
    public static let keptPlanBytes = 256 << 20

    /// The number of what-if yardstick plans kept now.
    public var whatIfPlansKept: Int { whatIfPlans.count }

    /// - Complexity: O(1); every analysis is computed when first read.
    public convenience init(_ graph: EstateGraph) {
        self.init(graph: graph, entanglement: Once { Entanglement(graph) })
    }

    /// The analyses of `entanglement`'s graph, its entanglement already computed.
    public convenience init(entanglement: Entanglement) {
        self.init(graph: entanglement.graph, entanglement: Once { entanglement })
    }

    private init(graph: EstateGraph, entanglement: Once<Entanglement>) {
        self.graph = graph
        builtEntanglement = entanglement
        builtCostsToday = Once { PartyCosts(entanglement: entanglement.value) }
    }

    /// Who needs what, and how entangled each item is (SPEC §4.2).
    public var entanglement: Entanglement { builtEntanglement.value }

    /// Who pays what each year today (SPEC 1.1 §4.5).
    public var costsToday: PartyCosts { builtCostsToday.value }

    /// The option at `index` in `estate.options`; `targetDate`, when given, replaces its own
    /// (a what-if).
    /// - Complexity: one `OptionEvaluation` the first time; O(1) after.
    public func option(at index: Int, targetDate: Day? = nil) -> OptionAnalysis {
        options.value(OptionKey(index: index, targetDate: targetDate)) {
            var option = graph.estate.options[index]
            if let targetDate { option.targetDate = targetDate }
            return OptionAnalysis(
                OptionEvaluation(option: option, entanglement: entanglement),
                key: OptionKey(index: index, targetDate: targetDate))
        }
    }

    /// The option with id `id`; `targetDate`, when given, replaces its own.
    /// - Throws: `UserError` naming the closest id when the inventory has no such option.
    public func option(_ id: String, targetDate: Day? = nil) throws(UserError) -> OptionAnalysis {
        option(at: try graph.lookupOption(id), targetDate: targetDate)
    }

    /// The options at `indices`, evaluated on every core, in the order given.
    public func options(at indices: [Int], targetDate: Day? = nil) -> [OptionAnalysis] {
        _ = entanglement  // once, before the cores share it
        return parallelMap(indices.count) { option(at: indices[$0], targetDate: targetDate) }
    }

    /// Every option of the inventory, in inventory order.
    public var allOptions: [OptionAnalysis] { options(at: Array(graph.estate.options.indices)) }

    /// Every option of the inventory sorted by id (ties: inventory order): the order of JSON,
    /// the report and the maps.
    public var optionsByID: [OptionAnalysis] {
        let list = graph.estate.options
        return options(at: list.indices.sorted { (list[$0].id, $0) < (list[$1].id, $1) })
    }

    /// An option that is not (or not yet) in the inventory, analysed; not kept.
    public func analysing(_ option: Option) -> OptionAnalysis {
        OptionAnalysis(option, entanglement: entanglement)
    }

    /// The yardsticks of `parties` and `options`, solved together (see `Yardsticks`); kept
    /// for the same parties and options.
    public func yardsticks<S: Sequence<PartyIndex>>(parties: S, options: [OptionAnalysis]) -> Yardsticks {
        let partyList = Array(Set(parties)).sorted()
        let keys = options.compactMap(\.key)
        // A what-if option has no key: its yardsticks are put together each time, from the
        // plans kept where they are.
        guard keys.count == options.count else {
            return Yardsticks(parties: partyList, options: options.map(\.evaluation), in: graph, kept: whatIfPlans)
        }
        return yardsticks.value(YardstickKey(parties: partyList, options: keys)) {
            Yardsticks(parties: partyList, options: options.map(\.evaluation), in: self.graph)
        }
    }

    /// The yardsticks an options table shows: of each party the options separate, and of
    /// each option.
    public func yardsticks(of options: [OptionAnalysis]) -> Yardsticks {
        yardsticks(parties: options.flatMap { Array($0.evaluation.partition.separated) }, options: options)
    }

    /// The yardstick of party `party` alone (SPEC §4.4): its cheapest full separation, and
    /// the sharing plan when that is infeasible (`YardstickPlan.shown` is the one to show).
    public func yardstick(of party: PartyIndex) -> YardstickPlan {
        yardsticks(parties: [party], options: []).parties[party]!
    }

    /// The business case of `option` (SPEC 1.2 §4.7) on the estate's appraisal against the
    /// status quo, or why there is none (no Start); kept for an option of the inventory.
    public func businessCase(of option: OptionAnalysis) -> Result<BusinessCase, Roadmap.Failure> {
        let make = {
            Result { () throws(Roadmap.Failure) in try BusinessCase(option, today: self.costsToday) }
        }
        guard let key = option.key else { return make() }
        return cases.value(key, make)
    }

    /// The business cases of `options` that have a Start, by option id (the options table's
    /// NPV and payback rows).
    public func businessCases(of options: [OptionAnalysis]) -> [String: BusinessCase] {
        var byID: [String: BusinessCase] = [:]
        for option in options {
            if let found = try? businessCase(of: option).get() { byID[option.id] = found }
        }
        return byID
    }

    /// The business case of `option` against `other` (nil: the status quo), on `appraisal`
    /// (nil: the estate's); not kept.
    /// - Throws: `UserError` with `Roadmap.Failure.noStart`'s message when either option has no
    ///   Start.
    public func businessCase(
        _ option: OptionAnalysis, comparedWith other: OptionAnalysis?, appraisal: Appraisal?
    ) throws(UserError) -> BusinessCase {
        do {
            return try BusinessCase(option, comparedWith: other, appraisal: appraisal, today: costsToday)
        } catch {
            throw UserError(error.description, hint: OptionAnalysis.startHint)
        }
    }

    /// What depends on item `item`, directly and through others (SPEC §4.2).
    public func impact(of item: Int) -> Impact { Impact(of: item, in: graph) }
}

/// An option of the inventory, by its index, with the what-if target date it was asked for.
struct OptionKey: Hashable, Sendable {
    var index: Int
    var targetDate: Day?
}

/// A set of yardsticks: the parties (sorted) and the options asked for.
private struct YardstickKey: Hashable, Sendable {
    var parties: [PartyIndex]
    var options: [OptionKey]
}
