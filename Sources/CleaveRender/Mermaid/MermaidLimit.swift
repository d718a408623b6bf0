import CleaveCore

/// Mermaid refuses diagrams longer than its `maxTextSize` (50,000 characters by default,
/// as on GitHub), showing an error instead of the map. A longer map collapses each area
/// box to one node and says so; where that is still too long, or there are no boxes to
/// collapse, Cleave refuses with the reason and the way past it.
public struct MermaidLimit: Sendable {
    /// Mermaid's default `maxTextSize`.
    public static let defaultMaxCharacters = 50_000

    /// The longest text to write; 0 means no limit.
    public var maxCharacters: Int

    public init(maxCharacters: Int = MermaidLimit.defaultMaxCharacters) {
        self.maxCharacters = maxCharacters
    }

    /// The Mermaid text of `diagram` within the limit, and a note when it had to collapse.
    /// - Throws: `UserError` when even the collapsed map is over the limit.
    public func text(_ diagram: Diagram, view: String) throws(UserError) -> (text: String, note: String?) {
        let writer = MermaidWriter()
        let full = writer.write(diagram)
        guard maxCharacters > 0, full.count > maxCharacters else { return (full, nil) }
        let flag = "--mermaid-max-chars \(full.count)"
        var collapsed = diagram.collapsedByCluster()
        let reason =
            "its \(Self.number(full.count)) characters are over the limit of \(Self.number(maxCharacters))"
            + (maxCharacters == Self.defaultMaxCharacters
                ? " (Mermaid's maxTextSize, above which it shows an error instead of the map)"
                : " (--mermaid-max-chars)")
        if collapsed.nodes.count < diagram.nodes.count {
            collapsed.notes.append(
                "Collapsed by area for Mermaid: \(reason). "
                    + "Give \(flag) for every item, or use --format svg.")
            let text = writer.write(collapsed)
            if text.count <= maxCharacters { return (text, "note: \(view): " + collapsed.notes.last!) }
        }
        throw UserError(
            "not writing view '\(view)' as Mermaid: \(reason)"
                + (collapsed.nodes.count < diagram.nodes.count ? ", even with each area collapsed to one node" : ""),
            hint: "filter it (--area, --party, --kind), use --format svg, or give \(flag) to write it anyway")
    }

    /// `136,189`: digits in groups of three, whatever the locale.
    static func number(_ n: Int) -> String {
        var digits = String(n)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",")
    }
}
