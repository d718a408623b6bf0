/// The figures of an option (SPEC §4.3).
public struct OptionFigures: Hashable, Sendable {
    public var duplicated = 0
    public var transferred = 0
    /// Σ over duplicated items of (|blocs| − 1) × one-off cost.
    public var oneOffCost = 0.0
    /// Σ over duplicated items of (|blocs| − 1) × annual cost per instance.
    public var recurringDelta = 0.0
    /// Σ `fte` of duplicated or transferred teams.
    public var fteAffected = 0.0
    public var ties = 0
    public var conflicts = 0
    public var unsplittable = 0
    public var contractLocks = 0
    public var conflictBlockers = 0
    /// Items with |blocs| ≥ 2.
    public var entangledBefore = 0
    /// Of those, the ones that stay shared.
    public var entangledAfter = 0
    /// Edges with both ends split and a needed `from`.
    public var internalEdges = 0
    /// The latest release date among the contract locks, or nil.
    public var completionDate: Day?
    /// Contract locks with no `end`: they are never released.
    public var openEndedLocks = 0
    /// Contract locks whose notice date falls before the option's Start.
    public var noticesMissed = 0

    public var blockers: Int { unsplittable + contractLocks + conflictBlockers }

    /// The blockers counted by kind, as tables and summaries say it: `37 (4 unsplittable,
    /// 23 contract-lock, 10 conflict)`, or `0`.
    public var blockerSummary: String {
        Wording.breakdown(
            total: blockers,
            [
                (unsplittable, "unsplittable"), (contractLocks, "contract-lock"),
                (conflictBlockers, "conflict"),
            ])
    }

    /// Whether the option can never be completed as it stands: an unsplittable item must be
    /// duplicated, or an open-ended contract lock remains. Then `completionDate` (which only
    /// counts dated locks) is no completion date, and a table should say "never".
    public var neverCompletes: Bool { unsplittable > 0 || openEndedLocks > 0 }

    /// Why the option never completes, in plain words; nil when it can.
    public var neverCompletesReason: String? {
        var reasons: [String] = []
        if unsplittable > 0 {
            reasons.append(
                unsplittable == 1
                    ? "an unsplittable item must be duplicated"
                    : "\(unsplittable) unsplittable items must be duplicated")
        }
        if openEndedLocks > 0 {
            reasons.append(
                openEndedLocks == 1
                    ? "an open-ended contract locks it"
                    : "\(openEndedLocks) open-ended contracts lock it")
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: " and ")
    }

    /// 1 − after / before; 1 when nothing was entangled.
    public var separation: Double {
        entangledBefore == 0 ? 1 : 1 - Double(entangledAfter) / Double(entangledBefore)
    }

    /// internal / (internal + ties + conflicts); 1 when there is none of them.
    public var cleanliness: Double {
        let all = internalEdges + ties + conflicts
        return all == 0 ? 1 : Double(internalEdges) / Double(all)
    }

    public init() {}

    /// Sums are taken in item order, so the same inventory gives the same bits.
    init(
        graph: EstateGraph, dispositions: [Disposition], outcomes: [ItemOutcome],
        blocCounts: (Int) -> Int, links: OptionEvaluation.Links, blockers: [Blocker]
    ) {
        let items = graph.estate.items  // read in place: an Item is too big to copy per item
        for i in 0..<graph.itemCount {
            let blocs = blocCounts(i)
            if blocs >= 2 {
                entangledBefore += 1
                if dispositions[i] == .shared { entangledAfter += 1 }
            }
            switch outcomes[i] {
            case .duplicated:
                duplicated += 1
                let extra = Double(blocs - 1)
                oneOffCost += extra * graph.duplicateCostAsWritten(of: i)
                recurringDelta += extra * (items[i].split.annualCostPerInstance ?? items[i].annualCost ?? 0)
                if items[i].kind == .team { fteAffected += items[i].fte ?? 0 }
            case .transferred:
                transferred += 1
                if items[i].kind == .team { fteAffected += items[i].fte ?? 0 }
            case .unchanged:
                break
            }
        }
        ties = links.ties.count
        conflicts = links.conflicts.count
        internalEdges = links.internalEdges
        for blocker in blockers {
            switch blocker.kind {
            case .unsplittable: unsplittable += 1
            case .contractLock:
                contractLocks += 1
                if let date = blocker.releaseDate {
                    completionDate = max(completionDate ?? date, date)
                } else {
                    openEndedLocks += 1
                }
                if blocker.noticeMissed { noticesMissed += 1 }
            case .conflict: conflictBlockers += 1
            }
        }
    }
}
