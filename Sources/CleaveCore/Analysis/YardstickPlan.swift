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

    fileprivate init(strict: SeparationPlan, sharing: SeparationPlan?) {
        self.strict = strict
        self.sharing = sharing
    }

    /// One party's yardstick solved alone (`Yardsticks` solves every party's and option's
    /// together).
    /// - Parameter withSharing: compute the sharing plan even when the strict one is feasible.
    /// - Complexity: one or two minimum cuts (see `SeparationPlan`).
    public init(separatingParty party: PartyIndex, in graph: EstateGraph, withSharing: Bool = false) {
        strict = SeparationPlan(separatingParty: party, in: graph)
        sharing =
            strict.feasible && !withSharing
            ? nil : SeparationPlan(separatingParty: party, in: graph, sharingUnsplittable: true)
    }

    /// The plan to draw or count: the strict one when feasible, else the sharing one.
    public var shown: SeparationPlan { strict.feasible ? strict : sharing! }
}

/// The yardstick one option is held against (SPEC 1.1 §4.4): the cheapest separation of each
/// bloc it separates, over only the items it splits; and, when one of those is infeasible
/// because items both sides need cannot be split, the plans that let them stay shared.
public struct OptionYardstick: Sendable {
    /// One plan per separated bloc, by bloc name.
    public let strict: [SeparationPlan]
    /// The sharing plans; nil when every strict plan is feasible.
    public let sharing: [SeparationPlan]?

    fileprivate init(strict: [SeparationPlan], sharing: [SeparationPlan]?) {
        self.strict = strict
        self.sharing = sharing
    }
}

/// The party and option yardsticks a comparison of options needs, solved together: each
/// distinct minimum cut once, on every core.
///
/// A plan is fixed by the party separated, the items taking part and whether unsplittable
/// items may stay shared. An option that splits every item has the whole estate take part,
/// so its plan for a party is that party's own yardstick (and one option's is another's):
/// it is solved once and labelled for each option.
public struct Yardsticks: Sendable {
    /// By party index.
    public let parties: [PartyIndex: YardstickPlan]
    /// By option id.
    public let options: [String: OptionYardstick]

    /// - Parameters:
    ///   - parties: the parties whose whole-estate yardsticks are wanted (repeats are fine).
    ///   - options: the options whose yardsticks are wanted; the first of each id counts.
    public init<S: Sequence<PartyIndex>>(parties: S, options evaluations: [OptionEvaluation], in graph: EstateGraph) {
        self.init(parties: parties, options: evaluations, in: graph, kept: nil)
    }

    /// As `init(parties:options:in:)`, taking the plans `kept` holds instead of solving them
    /// again, and keeping there those it solves (`EstateAnalysis` keeps the what-if options'
    /// plans so).
    init<S: Sequence<PartyIndex>>(
        parties: S, options evaluations: [OptionEvaluation], in graph: EstateGraph,
        kept: RecentMemo<SolvedPlanKey, SeparationPlan>?
    ) {
        var seen = Set<String>()
        let options = evaluations.filter { seen.insert($0.option.id).inserted }
        let partyList = Array(Set(parties)).sorted()
        // An option's plans are scoped to the items it splits, unless it splits every item.
        // Options that split the same items share a scope: the first of them.
        let splits = options.map { e in e.dispositions.map { $0 == .split } }
        var firstSplitting: [[Bool]: Int] = [:]
        for o in options.indices.reversed() { firstSplitting[splits[o]] = o }
        let scope = options.indices.map { o -> Int? in splits[o].allSatisfy { $0 } ? nil : firstSplitting[splits[o]] }
        // The parties each option separates: each is a bloc of its own.
        let separating = options.map { e in e.partition.blocs.compactMap(e.partition.soleParty(of:)) }

        var solved: [Key: SeparationPlan] = [:]
        // What a plan is kept under: its party, the items taking part and the sharing rule.
        let packed = kept == nil ? [] : options.indices.map { SplitSet(splits[$0]) }
        func keptKey(_ key: Key) -> SolvedPlanKey {
            SolvedPlanKey(party: key.party, takingPart: key.scope.map { packed[$0] }, sharing: key.sharing)
        }
        func solve(_ keys: [Key]) {
            var unique = Set<Key>()
            let wanted = keys.filter { key in
                guard solved[key] == nil, unique.insert(key).inserted else { return false }
                guard let plan = kept?.kept(keptKey(key)) else { return true }
                solved[key] = plan
                return false
            }
            // One network per scope and sharing rule, shared by every party's plan over it.
            var seenNetworks = Set<NetworkKey>()
            let networkKeys = wanted.map(\.network).filter { seenNetworks.insert($0).inserted }
            let built = parallelMap(networkKeys.count) { k in
                SeparationNetwork(
                    graph: graph, takingPart: networkKeys[k].scope.map { splits[$0] },
                    sharingUnsplittable: networkKeys[k].sharing)
            }
            let networks = Dictionary(uniqueKeysWithValues: zip(networkKeys, built))
            // A separated party is a bloc of its own; an option's plans get its labels below.
            let plans = parallelMap(wanted.count) { k -> SeparationPlan in
                SeparationPlan(
                    separating: PartySet([wanted[k].party], capacity: graph.partyCount),
                    over: networks[wanted[k].network]!, name: nil, option: nil)
            }
            for (key, plan) in zip(wanted, plans) {
                solved[key] = plan
                kept?.keep(plan, for: keptKey(key))
            }
        }

        // The strict plans first; then the sharing plans of whatever has an infeasible one.
        solve(
            partyList.map { Key(party: $0, scope: nil, sharing: false) }
                + options.indices.flatMap { o in separating[o].map { Key(party: $0, scope: scope[o], sharing: false) } }
        )
        let partySharing = partyList.contains { !solved[Key(party: $0, scope: nil, sharing: false)]!.feasible }
        let optionSharing = options.indices.map { o in
            separating[o].contains { !solved[Key(party: $0, scope: scope[o], sharing: false)]!.feasible }
        }
        solve(
            (partySharing ? partyList.map { Key(party: $0, scope: nil, sharing: true) } : [])
                + options.indices.filter { optionSharing[$0] }.flatMap { o in
                    separating[o].map { Key(party: $0, scope: scope[o], sharing: true) }
                })

        var partyPlans: [PartyIndex: YardstickPlan] = [:]
        for p in partyList {
            partyPlans[p] = YardstickPlan(
                strict: solved[Key(party: p, scope: nil, sharing: false)]!,
                sharing: partySharing ? solved[Key(party: p, scope: nil, sharing: true)] : nil)
        }
        var optionPlans: [String: OptionYardstick] = [:]
        for (o, e) in options.enumerated() {
            func plans(sharing: Bool) -> [SeparationPlan] {
                separating[o].map {
                    solved[Key(party: $0, scope: scope[o], sharing: sharing)]!.labelled(for: e, party: $0)
                }
                .sorted { $0.bloc < $1.bloc }
            }
            optionPlans[e.option.id] = OptionYardstick(
                strict: plans(sharing: false), sharing: optionSharing[o] ? plans(sharing: true) : nil)
        }
        self.parties = partyPlans
        self.options = optionPlans
    }
}

/// One plan of `Yardsticks`: the party separated, the option it is scoped to (an index into
/// the options, the first that splits the same items; nil for the whole estate) and whether
/// unsplittable items may stay shared.
private struct Key: Hashable {
    var party: PartyIndex
    var scope: Int?
    var sharing: Bool

    var network: NetworkKey { NetworkKey(scope: scope, sharing: sharing) }
}

extension SeparationPlan {
    /// About how many bytes the plan holds: its tables by item and its lists.
    var bytes: Int {
        256 + blocNeeds.count + othersNeed.count
            + 8 * (duplicate.count + shared.count + moveToBloc.count + 2 * sever.count + 2 * obstacles.count)
    }
}

/// What fixes a plan on one estate, to keep it by: the party separated, the items taking
/// part (nil: every item) and whether unsplittable items may stay shared.
struct SolvedPlanKey: Hashable, Sendable {
    var party: PartyIndex
    var takingPart: SplitSet?
    var sharing: Bool
}

/// Which items of an estate split, one bit each: a key that hashes 64 items a word.
struct SplitSet: Hashable, Sendable {
    private var words: [UInt64]
    private let count: Int

    init(_ splits: [Bool]) {
        count = splits.count
        words = [UInt64](repeating: 0, count: (splits.count + 63) / 64)
        for (i, split) in splits.enumerated() where split { words[i >> 6] |= 1 << UInt64(i & 63) }
    }
}

/// The network a `Key`'s plan is solved on: every party's plan over the same scope and
/// sharing rule shares it.
private struct NetworkKey: Hashable {
    var scope: Int?
    var sharing: Bool
}

extension SeparationPlan {
    /// This plan, solved for the whole estate, as the plan of the bloc of separated party
    /// `party` in option `e`.
    fileprivate func labelled(for e: OptionEvaluation, party: PartyIndex) -> SeparationPlan {
        SeparationPlan(
            bloc: e.partition.name(e.partition.bloc(ofParty: party)), option: e.option.id, parties: parties,
            feasible: feasible, cost: cost,
            blocNeeds: blocNeeds, othersNeed: othersNeed, duplicate: duplicate, shared: shared,
            sharesUnsplittable: sharesUnsplittable, moveToBloc: moveToBloc, sever: sever, obstacles: obstacles)
    }
}
