import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The rule tables people read agree with the rules that run: the README lists every rule
/// of `RuleRegistry`, in its order, with its default severity; every rule the SPEC asks
/// for ("at least these rules") is registered with the severity the SPEC gives.
struct RuleDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    /// The (rule id, default) rows of the Markdown table whose header starts with `header`.
    static func rows(of file: String, header: String) throws -> [(id: String, severity: String)] {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        let start = try #require(text.range(of: header), "\(file) has no table headed '\(header)'")
        var rows: [(String, String)] = []
        for line in text[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
            rows.append((cells[1], cells[2]))
        }
        return rows
    }

    static func severity(_ rule: any ValidationRule.Type) -> String { rule.defaultSeverity.rawValue }

    @Test func theReadmeListsEveryRuleInRegistryOrder() throws {
        let rows = try Self.rows(of: "README.md", header: "| rule | default | what it finds |")
        #expect(rows.map(\.id) == RuleRegistry.ids, "README.md's rule table and RuleRegistry.rules differ")
        for (row, rule) in zip(rows, RuleRegistry.rules) {
            #expect(row.severity == Self.severity(rule), "README.md gives \(row.id) as \(row.severity)")
        }
    }

    @Test func everyRuleTheSpecAsksForIsRegisteredWithItsSeverity() throws {
        for file in ["docs/SPEC.md"] {
            let rows = try Self.rows(of: file, header: "| rule id | default | what |")
            #expect(rows.count >= 10, "\(file)'s rule table was not read")
            for row in rows {
                let rule = try #require(
                    RuleRegistry.rule(row.id), "\(file) asks for \(row.id), which is not registered")
                #expect(Self.severity(rule) == row.severity, "\(file) gives \(row.id) as \(row.severity)")
            }
        }
    }
}
