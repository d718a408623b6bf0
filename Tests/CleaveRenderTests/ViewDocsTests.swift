import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// The view kinds describe themselves, and everything that names them comes from the one
/// list: the README's table of views, `render --help`'s lines, the catalogue and `--all`.
struct ViewDocsTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardizedFileURL

    /// The README's view table, between its markers.
    static func readmeTable() throws -> String {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- views: begin (generated from ViewCatalog.kinds; ViewDocsTests checks it) -->\n"
        let end = "<!-- views: end -->"
        let start = try #require(text.range(of: begin), "the README has no view table marker")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<stop.lowerBound])
    }

    @Test func theReadmeTableIsTheCatalogue() throws {
        let table = try Self.readmeTable()
        #expect(
            table == ViewCatalog.markdownTable,
            "README.md's table of views differs from ViewCatalog.kinds; paste ViewCatalog.markdownTable:\n\(ViewCatalog.markdownTable)"
        )
    }

    @Test func everyKindIsFoundByItsOwnSyntaxAndNamesItselfSo() throws {
        for kind in ViewCatalog.kinds {
            let name = kind.argument == nil ? kind.word : "\(kind.word):x"
            switch try ViewCatalog.made(named: name) {
            case .map(let view):
                #expect(!kind.isChart)
                #expect(view.name == name)
            case .chart(let chart):
                #expect(kind.isChart)
                #expect(chart.name == name)
            }
        }
        #expect(Set(ViewCatalog.kinds.map(\.word)).count == ViewCatalog.kinds.count, "two kinds share a word")
    }

    @Test func aKindWithoutItsArgumentOrWithOneItDoesNotTakeIsUnknown() {
        for name in ["option", "option:", "areas:x", "estate:", "nope"] {
            #expect(throws: UserError.self) { try ViewCatalog.made(named: name) }
        }
        #expect { try ViewCatalog.made(named: "blokers:a") } throws: {
            ($0 as? UserError)?.message == "unknown view 'blokers:a'; did you mean 'blockers:OPTION'?"
        }
    }

    @Test func allDrawsEveryMapKindOfTheEstateAndNoChart() {
        let estate = Fixtures.council
        let names = ViewCatalog.all(for: estate).map(\.name)
        let expected = ViewCatalog.kinds.filter(\.inAll).flatMap { $0.names(in: estate) }
        #expect(names == expected)
        #expect(!names.contains { $0.hasPrefix("roadmap:") })
        #expect(names.contains("focus:\(estate.items[0].id)"))
        #expect(names.filter { $0.hasPrefix("option:") }.count == Set(estate.options.map(\.id)).count)
    }

    @Test func helpAndListingNameEveryKind() {
        let lines = ViewCatalog.kindLines()
        for kind in ViewCatalog.kinds {
            #expect(lines.contains { $0.hasPrefix("  \(kind.syntax) ") && $0.hasSuffix(kind.summary) })
        }
        let listing = ViewCatalog.listing(for: Fixtures.council)
        #expect(Array(listing.dropFirst().prefix(lines.count)) == lines)
    }
}
