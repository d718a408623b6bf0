import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation
import Testing

/// The HTML report built through the library: inventory text stays text, nothing points at
/// the network, the data the explorer reads is whole, and the same estate gives the same bytes.
struct HTMLReportTests {
    /// Items whose names would run as script if they reached the page unescaped.
    static let hostile = """
        estate: {name: "Shire </script><script>alert(0)</script>", asOf: 2026-01-01, defaults: {severCost: 5000}}
        parties:
          - {id: north, name: "North <b>Council</b>"}
          - {id: south, name: South Council}
        areas:
          - {id: digital, name: "Digital & <i>Data</i>", lead: north}
        systems:
          - {id: xss1, name: "<script>alert(1)</script>", area: digital, users: [north, south], dependsOn: [dc],
             contracts: [lic]}
          - {id: xss2, name: "<img src=x onerror=alert(2)>", area: digital, users: [south], dependsOn: [xss1]}
        infrastructure:
          - {id: dc, name: "Data centre \\u2028 ' \\"quoted\\"", area: digital, type: datacentre, split: {strategy: none}}
        contracts:
          - {id: lic, name: "Licence <!-- x -->", area: digital, supplier: "<svg onload=alert(3)>", parties: [north],
             start: 2020-01-01, end: 2030-01-01}
        options:
          - {id: north-out, name: "North <u>leaves</u>", separate: [north], default: split,
             description: "Ends </p><script>alert(4)</script>"}

        """

    static func input(_ text: String = hostile, maps: [String: Result<ReportMap, MapUnavailable>] = [:]) -> ReportInput
    {
        let loaded = InventoryLoader.load(text: text)
        return ReportInput(
            analysis: EstateAnalysis(EstateGraph(loaded.estate)),
            findings: Validator.validate(loaded).filter { $0.severity == .warning }, maps: maps)
    }

    @Test func theInventoryValidates() {
        let loaded = InventoryLoader.load(text: Self.hostile)
        #expect(Validator.validate(loaded).filter { $0.severity == .error }.isEmpty)
    }

    @Test func hostileNamesShowAsText() {
        let html = HTMLReport(Self.input()).html
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("North &lt;u&gt;leaves&lt;/u&gt;"))
        #expect(html.contains("Ends &lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
        for raw in ["<script>alert", "<img src", "<svg onload", "<u>leaves", "<b>Council", "<i>Data", "<!-- x"] {
            #expect(!html.contains(raw), "\(raw) reached the page unescaped")
        }
        // Only the page's own two script elements: the data and the code.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
    }

    @Test func theEmbeddedDataCannotCloseItsElement() throws {
        let html = HTMLReport(Self.input()).html
        let json = try #require(Self.embeddedJSON(html))
        #expect(!json.contains("<") && !json.contains(">"))
        #expect(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[Any]])
        #expect(items.count == 4)
        #expect(items.contains { $0[1] as? String == "<script>alert(1)</script>" })
        #expect(items.contains { $0[1] as? String == "<img src=x onerror=alert(2)>" })
    }

    @Test func manyBlockersAreCarriedWithoutTheirReasons() throws {
        let input = Self.input()
        let blockers = input.evaluations.reduce(0) { $0 + $1.blockers.count }
        #expect(blockers > 0)
        func options(_ data: ExplorerData) throws -> [[String: Any]] {
            let object = try JSONSerialization.jsonObject(with: Data(data.json.utf8)) as? [String: Any]
            return try #require(object?["options"] as? [[String: Any]])
        }
        let full = try #require(try options(ExplorerData(input)).first?["blockers"] as? [[Any]])
        let lean = try #require(
            try options(ExplorerData(input, reasonLimit: blockers - 1)).first?["blockers"] as? [[Any]])
        #expect(full.count == lean.count)
        #expect(full.allSatisfy { $0[3] is String })
        #expect(lean.allSatisfy { $0[3] is NSNull && $0.count == 7 })
    }

    @Test func nothingPointsAtTheNetwork() {
        let html = HTMLReport(Self.input(maps: ["areas": .success(Self.map)])).html
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("src=\"//") && !html.contains("href=\"//"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test func theSameEstateGivesTheSameBytes() {
        #expect(HTMLReport(Self.input()).html == HTMLReport(Self.input()).html)
    }

    @Test func theFileIsMarkedAsCleaves() {
        let html = HTMLReport(Self.input()).html
        #expect(html.hasPrefix("<!DOCTYPE html>\n" + HTMLReport.marker))
    }

    @Test func everySectionIsThere() {
        let html = HTMLReport(Self.input()).html
        for anchor in ["brief", "glance", "ties", "options", "option-north-out", "plans", "explorer", "quality"] {
            #expect(html.contains("<section id=\"\(anchor)\""), "no section #\(anchor)")
            #expect(html.contains("<a href=\"#\(anchor)\">"), "no contents entry for #\(anchor)")
        }
        #expect(html.contains("class=\"section page\""))  // options start printed pages
    }

    @Test func longTablesAreCappedWithACount() {
        var input = Self.input()
        input.listLimit = 1
        let html = HTMLReport(input).html
        #expect(html.contains("… and 1 more, not listed here"))
    }

    /// A map as Graphviz writes it, cut down.
    static let svg = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
         "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- Cleave map -->
        <svg width="100pt" height="50pt"
         viewBox="0.00 0.00 100.00 50.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <g id="graph0" class="graph" transform="translate(4 46)">
        <title>cleave</title>
        <g id="node1" class="node">
        <title>n0</title>
        <polygon fill="#ffffff" stroke="black" points="0,0 10,0 10,10 0,10"/>
        <text x="5" y="5" font-family="Helvetica,Arial,sans-serif">&lt;script&gt;alert(1)&lt;/script&gt;</text>
        </g>
        <!-- n1 -->
        <g id="node2" class="node">
        <title>n1</title>
        <ellipse cx="50" cy="5" rx="5" ry="5"/>
        </g>
        <g id="edge1" class="edge">
        <title>n0&#45;&gt;n1</title>
        <path d="M10,5L45,5"/>
        </g>
        </g>
        </svg>

        """

    static let map = ReportMap(
        title: "Areas <map>", svg: svg,
        nodes: [
            ReportMap.Node(id: "xss1", hover: "<script>alert(1)</script> (xss1)"),
            ReportMap.Node(id: "digital", hover: "Digital"),
        ])

    @Test func mapsAreInlineWithItemsToClick() {
        let element = InlineSVG.element(Self.map) { $0.hasPrefix("xss") }
        #expect(
            element.hasPrefix(
                "<svg class=\"map-svg\" viewBox=\"0.00 0.00 100.00 50.00\" role=\"img\" aria-label=\"Areas &lt;map&gt;\">"
            ))
        for gone in [
            "<?xml", "<!DOCTYPE", "<!--", "xmlns", "http", "id=\"node", "id=\"graph", "<title>n0", "font-family",
        ] {
            #expect(!element.contains(gone), "\(gone) is still there")
        }
        #expect(
            element.contains(
                "<g class=\"node item-node\" data-item=\"xss1\" tabindex=\"0\">\n<title>&lt;script&gt;alert(1)&lt;/script&gt; (xss1)</title>"
            ))
        #expect(element.contains("<g class=\"node\">\n<title>Digital</title>"))  // an area: not clickable
        #expect(element.contains("<title>xss1 → digital</title>"))
        #expect(element.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>"))
    }

    @Test func aMissingMapSaysWhy() {
        let html = HTMLReport(Self.input(maps: ["option:north-out": .failure(MapUnavailable("too <big>"))])).html
        #expect(html.contains("No map: too &lt;big&gt;"))
    }

    static func embeddedJSON(_ html: String) -> String? {
        guard let start = html.range(of: "<script type=\"application/json\" id=\"cleave-data\">"),
            let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
