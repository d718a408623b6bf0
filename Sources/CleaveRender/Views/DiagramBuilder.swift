import CleaveCore

/// Shared drawing steps: items grouped into area clusters in id order, and the
/// dependencies among the items drawn.
struct DiagramBuilder {
    var diagram: Diagram
    let facts: MapFacts
    let links: MapLinks
    let context: ViewContext
    /// Items a view asked to draw that the filter left out: lines to them become stubs.
    private(set) var filteredOut = Set<Int>()
    /// The stub node of each area, once `addStubs` has drawn one.
    var stubOfArea: [Int: Int] = [:]
    /// The cluster of each area drawn as a box.
    private(set) var clusterOfArea: [Int: Int] = [:]
    /// The dependencies each stub stands for: on its items, and from them.
    var stubTotals: [Int: (outward: Int, inward: Int)] = [:]
    /// The items each stub stands for.
    var hiddenOfArea: [Int: Set<Int>] = [:]
    /// The node index of each item drawn.
    private(set) var nodeOfItem: [Int: Int] = [:]
    /// Set once `addStubs` has drawn a stub, for the legend.
    var stubsDrawn = false
    /// More lines for an area's cluster label, such as what an option does to it.
    var areaDetails: (Int) -> [String] = { _ in [] }

    init(context: ViewContext, viewName: String, title: String) {
        self.context = context
        facts = context.facts
        links = context.links
        diagram = Diagram(viewName: viewName, title: title)
    }

    /// Adds `items` as nodes, clustered by area (areas and items both in id order).
    mutating func addItems(
        _ items: [Int], clustered: Bool = true,
        style: (Int) -> NodeStyle, details: (Int) -> [String] = { _ in [] },
        emphasised: (Int) -> Bool = { _ in false }
    ) {
        let estate = facts.estate
        let chosen = Set(items.filter(context.accepts))
        filteredOut.formUnion(items.filter { !context.accepts($0) })
        if clustered {
            for area in facts.areasByID where chosen.contains(where: { facts.itemArea[$0] == area }) {
                _ = cluster(of: area)
            }
        }
        let ordered = facts.itemsByID.filter { chosen.contains($0) }.sorted { a, b in
            let ca = facts.itemArea[a].flatMap { clusterOfArea[$0] } ?? Int.max
            let cb = facts.itemArea[b].flatMap { clusterOfArea[$0] } ?? Int.max
            return ca != cb ? ca < cb : (estate.items[a].id, a) < (estate.items[b].id, b)
        }
        for item in ordered where nodeOfItem[item] == nil {
            nodeOfItem[item] = diagram.nodes.count
            let it = estate.items[item]
            diagram.nodes.append(
                Diagram.Node(
                    label: NodeLabel(name: it.name, id: it.id, details: details(item), emphasised: emphasised(item)),
                    cluster: facts.itemArea[item].flatMap { clusterOfArea[$0] },
                    style: style(item), tooltip: HoverText.item(item, facts), link: links.file(for: "focus:\(it.id)")))
        }
    }

    /// The index of `area`'s cluster, added (in call order) if the map has none yet.
    mutating func cluster(of area: Int) -> Int {
        if let existing = clusterOfArea[area] { return existing }
        clusterOfArea[area] = diagram.clusters.count
        diagram.clusters.append(areaCluster(area))
        return diagram.clusters.count - 1
    }

    /// The cluster for an area: its name, id and lead, outlined in the lead's colour.
    func areaCluster(_ area: Int) -> Diagram.Cluster {
        let it = facts.estate.areas[area]
        let lead = facts.partyName(it.lead.id).map { "lead: \($0)" } ?? "lead: \(it.lead.id)"
        let scope = it.inScope ? [] : ["out of scope"]
        return Diagram.Cluster(
            label: NodeLabel(name: it.name, id: it.id, details: [lead] + scope + areaDetails(area)),
            fill: .clusterFill, border: facts.palette.color(for: it.lead.id),
            tooltip: HoverText.area(area, facts), link: links.file(for: "area:\(it.id)"))
    }

    /// Adds an edge for every dependency between drawn items that `include` accepts.
    mutating func addLinks(
        include: (MapFacts.Link) -> Bool = { _ in true },
        style: (MapFacts.Link) -> EdgeStyle = { ItemStyle.edge($0.vias[0]) },
        label: (MapFacts.Link) -> String? = DiagramBuilder.viaLabel
    ) {
        for link in facts.links where include(link) {
            guard let from = nodeOfItem[link.from], let to = nodeOfItem[link.to] else { continue }
            diagram.edges.append(
                Diagram.Edge(
                    from: from, to: to, style: style(link), label: label(link),
                    tooltip: HoverText.link(link, facts)))
        }
        if !filteredOut.isEmpty {
            let out = filteredOut
            addStubs(include: { include($0) && (out.contains($0.from) || out.contains($0.to)) })
        }
    }

    /// Names the vias only when one edge stands for several.
    static func viaLabel(_ link: MapFacts.Link) -> String? {
        link.vias.count > 1 ? link.vias.map(\.rawValue).joined(separator: " + ") : nil
    }

    /// The vias that occur among the drawn edges, for the legend.
    func viasDrawn(include: (MapFacts.Link) -> Bool = { _ in true }) -> [Via] {
        var seen = Set<Via>()
        for link in facts.links where include(link) && nodeOfItem[link.from] != nil && nodeOfItem[link.to] != nil {
            seen.formUnion(link.vias)
        }
        return Via.allCases.filter(seen.contains)
    }

    /// The kinds among the drawn items, for the legend.
    var kindsDrawn: [ItemKind] {
        let kinds = Set(nodeOfItem.keys.map { facts.estate.items[$0].kind })
        return ItemKind.allCases.filter(kinds.contains)
    }
}
