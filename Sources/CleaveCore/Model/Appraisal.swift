/// How a business case is appraised (SPEC 1.2 §2.1 `estate.appraisal`, §4.7): over how many
/// years from Start, at what discount rate, with what uplift on one-off costs.
///
/// The defaults are HM Treasury Green Book practice: ten years, the social time preference
/// rate of 3.5% a year, and no optimism bias until the estate says how optimistic its
/// one-off estimates are.
public struct Appraisal: Hashable, Sendable {
    /// Length of the case in years from Start: `allowedYears`, default 10.
    public var years: Int
    /// Real discount rate a year, in percent: `allowedDiscountRate`, default 3.5.
    public var discountRate: Double
    /// Uplift on every one-off cost, in percent: ≥ 0, default 0.
    public var optimismBias: Double

    /// The years a case may run (SPEC 1.2 §2.1).
    public static let allowedYears = 1...60
    /// The discount rates allowed, in percent.
    public static let allowedDiscountRate = 0.0...100.0

    public init(years: Int = 10, discountRate: Double = 3.5, optimismBias: Double = 0) {
        self.years = years
        self.discountRate = discountRate
        self.optimismBias = optimismBias
    }
}

/// What the parties agree for the transition of an option (SPEC 1.2 §2.6
/// `option.transition`): the share of the keeping bloc's stranded cost that the blocs which
/// separate from an item pay it, and for how long after the item is cut over.
public struct Transition: Hashable, Sendable {
    /// In percent, 0 to 100; default 0 (no compensation).
    public var strandedShare: Double
    /// Months from each item's cut-over; default 0.
    public var strandedMonths: Int

    /// The shares allowed, in percent.
    public static let allowedStrandedShare = 0.0...100.0

    public init(strandedShare: Double = 0, strandedMonths: Int = 0) {
        self.strandedShare = strandedShare
        self.strandedMonths = strandedMonths
    }
}
