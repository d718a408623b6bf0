/// The separation a party's options are held against (SPEC §4.4), and the one policy for
/// what to show when it cannot be done: the strict cheapest full separation, and — when
/// that is infeasible because items both sides need cannot be split — the cheapest
/// separation that lets those items stay shared. Tables and maps both show `shown`.
public struct YardstickPlan: Sendable {
    /// The cheapest full separation.
    public let strict: SeparationPlan
    /// The cheapest separation letting unsplittable items stay shared; nil when `strict` is
    /// feasible and it was not asked for.
    public let sharing: SeparationPlan?

    /// - Parameter withSharing: compute the sharing plan even when the strict one is feasible.
    /// - Complexity: one or two minimum cuts (see `SeparationPlan`).
    private init(strict: SeparationPlan, sharing: SeparationPlan?) {
        self.strict = strict
        self.sharing = sharing
    }

    public init(separatingParty party: Int, in graph: EstateGraph, withSharing: Bool = false) {
        strict = SeparationPlan(separatingParty: party, in: graph)
        sharing =
            strict.feasible && !withSharing
            ? nil : SeparationPlan(separatingParty: party, in: graph, sharingUnsplittable: true)
    }

    /// The plan to draw or count: the strict one when feasible, else the sharing one.
    public var shown: SeparationPlan { strict.feasible ? strict : sharing! }

    /// Each party's yardstick, solved once. Where some party cannot separate at all, every
    /// party also gets its sharing plan, so options stay comparable with one another.
    public static func forParties<S: Sequence<Int>>(_ parties: S, in graph: EstateGraph) -> [Int: YardstickPlan] {
        // Each party's plans are independent minimum cuts: solved on every core.
        let distinct = Array(Set(parties)).sorted()
        let solved = parallelMap(distinct.count) { YardstickPlan(separatingParty: distinct[$0], in: graph) }
        var plans = Dictionary(uniqueKeysWithValues: zip(distinct, solved))
        guard plans.values.contains(where: { !$0.strict.feasible }) else { return plans }
        let missing = distinct.filter { plans[$0]?.sharing == nil }
        let sharing = parallelMap(missing.count) {
            SeparationPlan(separatingParty: missing[$0], in: graph, sharingUnsplittable: true)
        }
        for (party, plan) in zip(missing, sharing) {
            // Only the sharing plan is new: the strict one is already solved.
            plans[party] = YardstickPlan(strict: plans[party]!.strict, sharing: plan)
        }
        return plans
    }
}

/// The yardstick one option is held against (SPEC 1.1 §4.4): the cheapest separation of each
/// bloc it separates, over only the items it splits; and, when one of those is infeasible
/// because items both sides need cannot be split, the plans that let them stay shared.
public struct OptionYardstick: Sendable {
    /// One plan per separated bloc, by bloc name.
    public let strict: [SeparationPlan]
    /// The sharing plans; nil when every strict plan is feasible.
    public let sharing: [SeparationPlan]?

    /// - Complexity: one or two minimum cuts per separated bloc.
    public init(_ evaluation: OptionEvaluation) {
        strict = SeparationPlan.plans(of: evaluation).sorted { $0.bloc < $1.bloc }
        sharing =
            strict.allSatisfy(\.feasible)
            ? nil : SeparationPlan.plans(of: evaluation, sharingUnsplittable: true).sorted { $0.bloc < $1.bloc }
    }

    /// Each option's yardstick, by option id.
    public static func forOptions(_ evaluations: [OptionEvaluation]) -> [String: OptionYardstick] {
        // Each option's plans are independent minimum cuts: solved on every core.
        var seen = Set<String>()
        let distinct = evaluations.filter { seen.insert($0.option.id).inserted }
        let solved = parallelMap(distinct.count) { OptionYardstick(distinct[$0]) }
        return Dictionary(uniqueKeysWithValues: zip(distinct.map(\.option.id), solved))
    }
}
