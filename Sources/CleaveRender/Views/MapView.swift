import CleaveCore

/// One kind of map of an estate: `estate`, `areas`, `entanglement`, `option:ID`,
/// `plan:PARTY` or `focus:ITEM`.
public protocol MapView: Sendable {
    /// The name as given to `--view`, e.g. `option:a`.
    var name: String { get }
    /// Draws the map.
    ///
    /// - Throws: `UserError` when the view names something the estate does not have.
    func diagram(_ context: ViewContext) throws(UserError) -> Diagram
}

extension MapView {
    /// The file-safe name used for `--all` output files, e.g. `option-a`.
    public var fileName: String { FileName.safe(name.replacingOccurrences(of: ":", with: "-")) }
}

/// What a view draws from, and the limits it must respect.
public struct ViewContext: Sendable {
    public var facts: MapFacts
    /// Above this many nodes a view collapses or changes layout by itself, and says so.
    public var maxNodes: Int
    /// For `focus:ITEM`: how many steps up and down to show.
    public var depth: Int
    /// The other maps in the same folder, for links in SVG (only with `--all`).
    public var links: MapLinks
    /// `--area`, `--party`, `--kind` (see `filtered(by:)`).
    public private(set) var filter = MapFilter()
    /// Which items the filter lets through, by item index.
    private var accepted: [Bool]

    public init(facts: MapFacts, maxNodes: Int = 600, depth: Int = 2, links: MapLinks = MapLinks()) {
        self.facts = facts
        self.maxNodes = maxNodes
        self.depth = depth
        self.links = links
        accepted = Array(repeating: true, count: facts.estate.items.count)
    }

    /// The same context with `filter` applied to every map drawn from it.
    /// - Throws: `UserError` when the filter names an area or party the estate lacks.
    public func filtered(by filter: MapFilter) throws(UserError) -> ViewContext {
        var copy = self
        copy.filter = filter
        copy.accepted = try filter.accepted(in: facts)
        return copy
    }

    /// True when the filter lets `item` through.
    public func accepts(_ item: Int) -> Bool { accepted[item] }
}
