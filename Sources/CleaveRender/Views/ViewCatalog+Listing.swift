import CleaveCore

extension ViewCatalog {
    /// Each kind of view, as `--view` spells it, and what it shows in a few words.
    public static let kinds: [(syntax: String, summary: String)] = [
        ("estate", "every item, clustered by area, filled by who needs it"),
        ("areas", "one node per area and per party, edges counting dependencies"),
        ("entanglement", "the items two or more parties need, shaded by how many"),
        ("hubs", "the items most others depend on, and what hangs on each"),
        ("option:ID", "what option ID splits and shares; ties, conflicts and blockers"),
        ("blockers:OPTION", "the option's blockers, ties and conflicts, one step around: one page"),
        ("plan:PARTY", "the cheapest full separation of PARTY: duplicate, move, sever"),
        ("area:ID", "one area's items, every other area collapsed to one box"),
        ("focus:ITEM", "ITEM and what depends on it and it depends on (--depth)"),
        ("roadmap:OPTION", "the option's roadmap as a Gantt chart: waves, critical path, target"),
    ]

    /// What `cleave render` prints on a terminal when no `--output` is given: the kinds of
    /// view, then the views of this estate, so the next command can be typed.
    public static func listing(for estate: Estate) -> [String] {
        let width = (kinds.map(\.syntax.count).max() ?? 0) + 2
        var lines = ["Views (--view):"]
        lines += kinds.map { "  " + $0.syntax.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }
        let views =
            all(for: estate).map(\.name).filter { !$0.hasPrefix("focus:") }
            + Set(estate.options.map(\.id)).sorted().map { RoadmapView(option: $0).name }
        lines.append("")
        lines.append(
            "This estate's views, besides focus:ITEM for each of its \(Wording.count(estate.items.count, "item")):")
        lines += views.map { "  " + $0 }
        return lines
    }
}
