import CleaveCore
import Foundation
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

    @Test func shellWordsLeavePlainPathsAlone() {
        #expect(Wording.shellWord("Inventory") == "Inventory")
        #expect(Wording.shellWord("../estates/nnc-wnc_2026/Inventory") == "../estates/nnc-wnc_2026/Inventory")
        #expect(Wording.shellWord("My Estate") == "'My Estate'")
        #expect(Wording.shellWord("it's") == "'it'\\''s'")
        #expect(Wording.shellWord("") == "''")
    }

    @Test("A shell reads every quoted word back as it was, on 300 random words")
    func shellWordsAgainstTheShell() throws {
        var rng = SeededGenerator(seed: 2207)
        let alphabet = Array("ab Z09-_./' \"$`\\!*?~#&;|<>(){}[]\té")
        var words: [String] = []
        for _ in 0..<300 {
            words.append(
                String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
        }
        // One shell for all: each word printed between NUL bytes.
        let script = words.map { "printf '%s\\0' \(Wording.shellWord($0))" }.joined(separator: "\n")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        let out = Pipe()
        shell.standardOutput = out
        try shell.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let read = data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(read == words)
    }
}
