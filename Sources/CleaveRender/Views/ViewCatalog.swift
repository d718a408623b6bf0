import CleaveCore

/// Finds a view by the name given to `--view`, and lists every view `--all` renders.
public enum ViewCatalog {
    /// The names `--view` accepts, for help and errors.
    public static let syntax = [
        "estate", "areas", "entanglement", "hubs", "option:ID", "blockers:OPTION",
        "plan:PARTY", "area:ID", "focus:ITEM", "roadmap:OPTION",
    ]

    /// The view called `name`.
    ///
    /// - Throws: `UserError` for a name that is not a view.
    public static func view(named name: String) throws(UserError) -> any MapView {
        let parts = name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let argument = parts.count == 2 ? parts[1] : nil
        switch (parts[0], argument) {
        case ("estate", nil): return EstateView()
        case ("areas", nil): return AreasView()
        case ("entanglement", nil): return EntanglementView()
        case ("hubs", nil): return HubsView()
        case ("blockers", let id?) where !id.isEmpty: return BlockersView(option: id)
        case ("area", let id?) where !id.isEmpty: return AreaView(area: id)
        case ("option", let id?) where !id.isEmpty: return OptionView(option: id)
        case ("plan", let party?) where !party.isEmpty: return PlanView(party: party)
        case ("focus", let item?) where !item.isEmpty: return FocusView(item: item)
        case ("roadmap", let option?) where !option.isEmpty:
            throw UserError(
                "view '\(name)' is a chart, not a map", hint: "draw it with RoadmapView, as cleave render does")
        default:
            let kinds = syntax.map { $0.split(separator: ":").first.map(String.init) ?? $0 }
            let guess = Suggestion.closest(to: parts[0], among: kinds).flatMap { kind in
                syntax.first { $0.hasPrefix(kind) }
            }
            throw UserError(
                "unknown view '\(name)'" + Suggestion.phrase(guess),
                notes: ["views: \(syntax.joined(separator: ", "))"])
        }
    }

    /// The chart called `name` (`roadmap:OPTION`), drawn on a time axis instead of as a
    /// map; nil for every other name.
    public static func chart(named name: String) -> RoadmapView? { RoadmapView(named: name) }

    /// Every view of `estate` that `--all` renders: one per option (and its blockers), per
    /// party's plan, per area and per item's focus included, so the maps can link to one another. File names are unique: a clash after making names file-safe gets a suffix.
    public static func all(for estate: Estate) -> [any MapView] {
        var views: [any MapView] = [EstateView(), AreasView(), EntanglementView(), HubsView()]
        let options = Set(estate.options.map(\.id)).sorted()
        views += options.map { OptionView(option: $0) }
        views += options.map { BlockersView(option: $0) }
        views += Set(estate.parties.map(\.id)).sorted().map { PlanView(party: $0) }
        views += Set(estate.areas.map(\.id)).sorted().map { AreaView(area: $0) }
        views += Set(estate.items.map(\.id)).sorted().map { FocusView(item: $0) }
        return views
    }

    /// A distinct file name per view: the file-safe name, with `-2`, `-3`… on a clash.
    public static func fileNames(_ views: [any MapView]) -> [String] {
        var used = Set<String>()
        return views.map { view in
            var name = view.fileName
            var n = 2
            while used.contains(name.lowercased()) {
                name = "\(view.fileName)-\(n)"
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}
