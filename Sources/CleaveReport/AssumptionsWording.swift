import CleaveCore

extension PricingAssumptions {
    /// "2 of 194 duplicated items use the default duplication cost of £20,000; 24 of 24
    /// severed dependencies use the default sever cost of £50,000": the figures that rest on
    /// `estate.defaults`; nil when none does.
    public func sentence(_ money: Money) -> String? {
        var parts: [String] = []
        if defaultDuplicateCostCount > 0 {
            parts.append(
                "\(defaultDuplicateCostCount) of \(Wording.count(duplicatedItems, "duplicated item"))"
                    + " \(defaultDuplicateCostCount == 1 ? "uses" : "use") the default duplication cost of"
                    + " \(money.format(defaultDuplicateCost))")
        }
        if defaultSeverCostCount > 0 {
            parts.append(
                "\(defaultSeverCostCount) of \(Wording.count(severedDependencies, "severed dependency", "severed dependencies"))"
                    + " \(defaultSeverCostCount == 1 ? "uses" : "use") the default sever cost of"
                    + " \(money.format(defaultSeverCost))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The counts behind `sentence`, for JSON (an addition to SPEC §5's shapes): the default
    /// prices, and how many of the duplicated items and severed dependencies use them.
    public var json: JSONValue {
        .object([
            ("defaultDuplicateCost", .number(defaultDuplicateCost)),
            ("duplicated", .int(duplicatedItems)), ("duplicatedAtDefault", .int(defaultDuplicateCostCount)),
            ("defaultSeverCost", defaultSeverCost.map(JSONValue.number) ?? .null),
            ("severed", .int(severedDependencies)), ("severedAtDefault", .int(defaultSeverCostCount)),
        ])
    }
}
