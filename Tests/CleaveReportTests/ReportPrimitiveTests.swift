import CleaveCore
import CleaveReport
import Foundation
import Synchronization
import Testing

/// The building blocks of every report: ordered JSON, tables, money.
struct ReportPrimitiveTests {
    /// Counts how often a report part is built.
    final class Builds: Sendable {
        let count = Mutex([String: Int]())
        func built<T>(_ part: String, _ value: T) -> T {
            count.withLock { $0[part, default: 0] += 1 }
            return value
        }
        subscript(part: String) -> Int { count.withLock { $0[part] ?? 0 } }
    }

    @Test func eachFormatBuildsOnlyThePartsItPrintsAndEachPartOnce() {
        let builds = Builds()
        let table = Table(columns: [.init("a")])
        let report = Report(
            heading: "H", sections: builds.built("sections", [Report.Section(lines: ["x"])]),
            csv: builds.built("csv", table), json: builds.built("json", JSONValue.object([("a", .int(1))])))
        #expect(builds["sections"] == 0 && builds["csv"] == 0 && builds["json"] == 0)
        _ = report.rendered(.json)
        #expect(builds["sections"] == 0 && builds["csv"] == 0 && builds["json"] == 1)
        _ = report.rendered(.csv)
        #expect(builds["sections"] == 0 && builds["csv"] == 1)
        _ = report.rendered(.markdown)
        #expect(builds["sections"] == 1 && builds["json"] == 1 && builds["csv"] == 1)
        // Read again (a copy shares what was built): nothing is built twice.
        let copy = report
        _ = copy.rendered(.table)
        _ = copy.sections.first
        _ = report.rendered(.json)
        #expect(builds["sections"] == 1 && builds["json"] == 1 && builds["csv"] == 1)
    }

    @Test func jsonKeepsFieldOrderAndEscapes() throws {
        let value = JSONValue.object([
            ("b", .int(1)), ("a", .string("quote \" backslash \\ newline \n tab \t bell \u{7}")),
            ("n", .number(0.1)), ("big", .number(1e20)), ("none", .null), ("list", .array([])), ("t", .bool(true)),
        ])
        let text = value.rendered()
        #expect(text.hasPrefix("{\n  \"b\": 1,\n  \"a\": "))
        #expect(text.contains(#""quote \" backslash \\ newline \n tab \t bell \u0007""#))
        #expect(text.contains("\"n\": 0.1,") && text.contains("\"list\": [],") && text.contains("\"none\": null"))
        // It is real JSON, and reads back to the same values.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["a"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{7}")
        #expect(parsed["big"] as? Double == 1e20)
        #expect(
            value.rendered(pretty: false)
                == #"{"b":1,"a":"quote \" backslash \\ newline \n tab \t bell \u0007","n":0.1,"big":1e+20,"none":null,"list":[],"t":true}"#
        )
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(JSONValue.number(.infinity).rendered(pretty: false) == "null")
        #expect(JSONValue.number(.nan).rendered(pretty: false) == "null")
    }

    @Test func tableAlignsAndFits() {
        var table = Table(columns: [.init("item"), .init("cost", .right)])
        table.append(["erp-gold", "£1,200"])
        table.append(["a-very-long-item-name-indeed-that-goes-on", "£5"])
        #expect(
            table.text() == """
                item                                         cost
                -----------------------------------------  ------
                erp-gold                                   £1,200
                a-very-long-item-name-indeed-that-goes-on      £5

                """)
        let narrow = table.text(width: 30)
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 30 })
        // A word longer than its column is broken, never cut: every character is still there.
        #expect(narrow.contains("a-very-long-item-name-      £5\nindeed-that-goes-on\n"))
    }

    @Test func narrowTablesWrapCellsAtSpacesAndKeepEveryWord() {
        var table = Table(columns: [.init("kind"), .init("reason")])
        table.append(["contract-lock", "serve notice by 2027-03-30 to leave at 2027-06-30 (3 months' notice)"])
        table.append(["conflict", "short"])
        let text = table.text(width: 40)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(text)")
        #expect(
            text == """
                kind           reason
                -------------  -------------------------
                contract-lock  serve notice by
                               2027-03-30 to leave at
                               2027-06-30 (3 months'
                               notice)
                conflict       short

                """)
    }

    @Test(arguments: 0..<200)
    func wrappingLosesNoWordAndRespectsTheWidth(_ seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let words = (0..<Int(rng.next() % 12)).map { _ in
            String(repeating: "x", count: 1 + Int(rng.next() % 15))
        }
        let width = 1 + Int(rng.next() % 20)
        let lines = Table.wrap(words.joined(separator: " "), to: width)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.count <= width } || words.joined(separator: " ").count <= width)
        // Joining the lines gives back the words' characters in order.
        #expect(lines.joined().filter { $0 != " " } == words.joined())
    }

    @Test func jsonEscapesLineSeparatorsAndLeavesPlainTextWhole() {
        let value = JSONValue.array([.string("a\u{2028}b\u{2029}c"), .string("crm-north"), .string("café €")])
        #expect(value.rendered() == "[\n  \"a\\u2028b\\u2029c\",\n  \"crm-north\",\n  \"café €\"\n]\n")
    }

    @Test func markdownAndCSVEscape() {
        var table = Table(columns: [.init("name"), .init("note")])
        table.append(["a|b", "say \"hi\", then\nleave"])
        #expect(table.markdown() == "| name | note |\n| --- | --- |\n| a\\|b | say \"hi\", then<br>leave |\n")
        #expect(table.csv() == "name,note\r\na|b,\"say \"\"hi\"\", then\nleave\"\r\n")
    }
}
