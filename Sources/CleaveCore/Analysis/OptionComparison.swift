/// How each figure of an option differs from a baseline option's: the "compared with the
/// status quo" a decision paper gives beside every figure (`options --compare-with`).
///
/// Each difference is the option's figure minus the baseline's. The completion date is not
/// compared: a date and "never" have no difference to print.
public struct OptionComparison: Hashable, Sendable {
    /// The baseline option's id.
    public let baseline: String
    public let duplicated: Int
    public let transferred: Int
    public let oneOffCost: Double
    public let recurringDelta: Double
    public let fteAffected: Double
    public let ties: Int
    public let conflicts: Int
    public let blockers: Int
    public let entangledAfter: Int
    /// In fractions: 0.08 is eight percentage points.
    public let separation: Double
    public let cleanliness: Double

    /// The differences of `figures` from `base`, the figures of the option `baseline`.
    public init(_ figures: OptionFigures, from base: OptionFigures, baseline: String) {
        self.baseline = baseline
        duplicated = figures.duplicated - base.duplicated
        transferred = figures.transferred - base.transferred
        oneOffCost = figures.oneOffCost - base.oneOffCost
        recurringDelta = figures.recurringDelta - base.recurringDelta
        fteAffected = figures.fteAffected - base.fteAffected
        ties = figures.ties - base.ties
        conflicts = figures.conflicts - base.conflicts
        blockers = figures.blockers - base.blockers
        entangledAfter = figures.entangledAfter - base.entangledAfter
        separation = figures.separation - base.separation
        cleanliness = figures.cleanliness - base.cleanliness
    }

    /// The option to compare with when none is named: the first of `evaluations` that splits
    /// nothing (no item duplicated or transferred), as a status quo does; nil when none does.
    public static func defaultBaseline(_ evaluations: [OptionEvaluation]) -> OptionEvaluation? {
        evaluations.first { $0.figures.duplicated == 0 && $0.figures.transferred == 0 }
    }
}
