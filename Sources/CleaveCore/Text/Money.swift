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

    /// Short, for a chart's axis and labels: `£5.3m`, `£350k`, `£900`, `-£1.2m`.
    public func compact(_ amount: Double) -> String {
        let size = abs(amount)
        let (value, unit): (Double, String) =
            size >= 999_500 ? (size / 1_000_000, "m") : size >= 999.5 ? (size / 1000, "k") : (size, "")
        let digits = value < 9.95 && !unit.isEmpty ? (value * 10).rounded() / 10 : value.rounded()
        var text = digits == digits.rounded() ? String(Int(digits)) : String(digits)
        text += unit
        let symbol = Money.symbols[currency]
        let body = symbol.map { $0 + text } ?? text + " " + currency
        return (amount < 0 && digits != 0 ? "-" : "") + body
    }
}
