import CleaveCore
import CleaveReport
import Foundation
import Testing

/// The building blocks of every report: ordered JSON, tables, money.
struct ReportPrimitiveTests {
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
        #expect(narrow.contains("a-very-long-item-name…      £5"))
    }

    @Test func markdownAndCSVEscape() {
        var table = Table(columns: [.init("name"), .init("note")])
        table.append(["a|b", "say \"hi\", then\nleave"])
        #expect(table.markdown() == "| name | note |\n| --- | --- |\n| a\\|b | say \"hi\", then<br>leave |\n")
        #expect(table.csv() == "name,note\r\na|b,\"say \"\"hi\"\", then\nleave\"\r\n")
    }
}
