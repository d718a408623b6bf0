import CleaveTestSupport
import Foundation
import Testing

/// Control characters in inventory text never reach the terminal raw, from any command:
/// a name holding an ESC sequence (colours, cursor moves), an OSC 8 link, a carriage
/// return or a backspace is shown escaped (`\u{1B}`). Colour is off (`NO_COLOR`), so any
/// ESC in the output came from the inventory.
struct TerminalEscapeTests {
    static let hostile = "Evil\u{1B}[2J\u{1B}]8;;http://x.example\u{07}link\u{1B}]8;;\u{07}\r\u{08}\u{9B}end"

    static let estate = """
        estate: {name: "\(escaped(hostile))", asOf: 2026-01-01, currency: GBP}
        parties: [{id: A, name: "Alpha \(escaped(hostile))"}, {id: B, name: Beta}]
        areas: [{id: ar, name: "Area \(escaped(hostile))", lead: A}]
        systems:
          - {id: crm, name: "CRM \(escaped(hostile))", area: ar, users: [A, B], dependsOn: [db], annualCost: 1000}
          - {id: web, name: Web, area: ar, users: [A]}
        infrastructure:
          - {id: db, name: "DB \(escaped(hostile))", area: ar, type: server, annualCost: 500}
        options:
          - {id: apart, name: "Apart \(escaped(hostile))", separate: [A], default: split, targetDate: 2028-01-01}
        """

    /// `text` as a YAML double-quoted scalar's content.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            ? String(format: "\\x%02X", $0.value) : String($0) }.joined()
    }

    @Test(arguments: [
        ["validate", "inv"], ["entanglement", "inv"], ["options", "inv"], ["blockers", "inv", "--option", "apart"],
        ["plan", "inv", "--separate", "A"], ["impact", "inv", "crm"], ["costs", "inv", "--option", "apart"],
        ["roadmap", "inv", "--option", "apart"], ["case", "inv", "--option", "apart"], ["impact", "inv", "crn"],
    ])
    func noControlCharacterReachesTheTerminal(_ command: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.estate)
        let run = try CLIRunner.run(command, in: folder.url)
        #expect(!run.crashed)
        for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
            let raw = text.unicodeScalars.filter {
                $0 != "\n" && $0 != "\t" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
            }
            #expect(raw.isEmpty, "\(command.joined(separator: " ")) \(stream): raw \(raw.map { $0.value })")
        }
        // These print names; the rest print ids (which cannot hold control characters),
        // figures, or nothing of the inventory's text at all.
        guard ["entanglement", "options", "blockers", "plan"].contains(command[0]) || command == ["impact", "inv", "crm"]
        else { return }
        #expect(
            (run.stdout + run.stderr).contains("\\u{1B}"),
            "\(command.joined(separator: " ")) showed no inventory text: \(run.stdout.prefix(300)) \(run.stderr.prefix(300))")
    }
}
