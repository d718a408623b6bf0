/// Formats amounts of money in the estate's currency for people (tables and Markdown).
public struct Money: Sendable {
    public var currency: String

    public init(currency: String) { self.currency = currency }

    private static let symbols = ["GBP": "£", "EUR": "€", "USD": "$"]

    /// `£1,234,567` for whole amounts, `£1,234.50` otherwise; `—` for nil.
    public func format(_ amount: Double?) -> String {
        guard let amount else { return "—" }
        guard amount.isFinite else { return amount > 0 ? "∞" : "—" }
        let negative = amount < 0
        let cents = Int64((abs(amount) * 100).rounded())
        let whole = cents / 100, fraction = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction != 0 { grouped += "." + (fraction < 10 ? "0" : "") + String(fraction) }
        let symbol = Money.symbols[currency]
        let body = symbol.map { $0 + grouped } ?? grouped + " " + currency
        return (negative ? "-" : "") + body
    }
}
