import CleaveCore
import Testing

/// Money, counts and percentages read the same in every report and map.
struct WordingTests {
    @Test(arguments: [
        ("GBP", 1_234_567.0, "£1,234,567"), ("GBP", 1234.5, "£1,234.50"), ("EUR", 999, "€999"),
        ("CHF", 1000, "1,000 CHF"), ("GBP", -2500, "-£2,500"), ("GBP", 0, "£0"),
    ])
    func money(_ currency: String, _ amount: Double, _ expected: String) {
        #expect(Money(currency: currency).format(amount) == expected)
    }

    @Test func counts() {
        #expect(Wording.count(1, "item") == "1 item")
        #expect(Wording.count(0, "item") == "0 items")
        #expect(Wording.count(2, "party", "parties") == "2 parties")
    }

    @Test func percentsAndNumbers() {
        #expect(Wording.percent(0.2026) == "20%")
        #expect(Wording.percent(1) == "100%")
        #expect(Wording.number(3) == "3" && Wording.number(2.5) == "2.5" && Wording.number(-0.1) == "-0.1")
    }
}
