import CleaveCore

/// The one list of view kinds, and what comes from it: finding a view by the name given to
/// `--view`, the views `--all` renders, and the help and listing that name them.
///
/// A new view is one file (the view, with its `static let kind`) plus one line here.
public enum ViewCatalog {
    /// Every kind of view, in the order help lists them and `--all` draws them.
    public static let kinds: [ViewKind] = [
        EstateView.kind,
        AreasView.kind,
        EntanglementView.kind,
        HubsView.kind,
        ContractsView.kind,
        OptionView.kind,
        BlockersView.kind,
        PlanView.kind,
        AreaView.kind,
        FocusView.kind,
        RoadmapView.kind,
        CaseView.kind,
    ]

    /// The names `--view` accepts, for help and errors.
    public static var syntax: [String] { kinds.map(\.syntax) }

    /// The view or chart called `name`.
    ///
    /// - Throws: `UserError` for a name that is not a view, naming the closest kind.
    public static func made(named name: String) throws(UserError) -> ViewKind.Made {
        let parts = name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let argument = parts.count == 2 ? parts[1] : nil
        if let kind = kinds.first(where: { $0.word == parts[0] }) {
            switch (kind.argument, argument) {
            case (nil, nil): return kind.view("")
            case (.some, let given?) where !given.isEmpty: return kind.view(given)
            default: break
            }
        }
        let guess = Suggestion.closest(to: parts[0], among: kinds.map(\.word)).flatMap { word in
            kinds.first { $0.word == word }?.syntax
        }
        throw UserError(
            "unknown view '\(name)'" + Suggestion.phrase(guess), notes: ["views: \(syntax.joined(separator: ", "))"])
    }

    /// The map called `name`.
    ///
    /// - Throws: `UserError` for a name that is not a view, or names a chart.
    public static func view(named name: String) throws(UserError) -> any MapView {
        switch try made(named: name) {
        case .map(let view): return view
        case .chart:
            throw UserError(
                "view '\(name)' is a chart, not a map", hint: "draw it with DrawnChart, as cleave render does")
        }
    }

    /// The chart called `name` (`roadmap:OPTION`), drawn on a time axis instead of as a
    /// map; nil for every other name.
    public static func chart(named name: String) -> (any ChartView)? {
        guard case .chart(let chart)? = try? made(named: name) else { return nil }
        return chart
    }

    /// Every view of `estate` that `--all` renders: each kind's, in the order of `kinds`
    /// (one per option, per party's plan, per area and per item's focus included, so the
    /// maps can link to one another).
    public static func all(for estate: Estate) -> [any MapView] {
        kinds.filter(\.inAll).flatMap { kind in
            kind.views(in: estate).compactMap { made -> (any MapView)? in
                if case .map(let view) = made { return view }
                return nil
            }
        }
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
