/// Numbers as maps print them: amounts with thousands separators, shares as percentages.
enum MapFigures {
    /// `GBP 1,250,000`, or `GBP 12,345.50` when there are pence.
    static func amount(_ value: Double, currency: String) -> String {
        let cents = Int((abs(value) * 100).rounded())
        var whole = String(cents / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        let fraction = cents % 100
        let tail = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction)
        return "\(currency.isEmpty ? "" : currency + " ")\(value < 0 ? "-" : "")\(grouped)\(tail)"
    }

    /// `85%`.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// "a, b and c".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
