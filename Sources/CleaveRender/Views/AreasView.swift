import CleaveCore
import Foundation

/// The estate collapsed: one node per area and per party; an edge between areas stands
/// for every dependency between their items, an edge from a party for the items it uses.
public struct AreasView: MapView {
    public var name: String { "areas" }

    public init() {}

    public func diagram(_ context: ViewContext) throws(UserError) -> Diagram {
        let facts = context.facts
        let estate = facts.estate
        var diagram = Diagram(viewName: name, title: "\(MapTitle.estate(estate)): service areas and parties")
        // A filter keeps the areas and parties that still have items to show.
        let links = facts.links.filter { context.accepts($0.from) && context.accepts($0.to) }
        let filtered = !context.filter.isEmpty
        var nodeOfArea: [Int: Int] = [:]
        for area in facts.areasByID {
            let it = estate.areas[area]
            let items = estate.items.indices.filter { facts.itemArea[$0] == area && context.accepts($0) }
            if filtered && items.isEmpty { continue }
            let inside = links.filter { facts.itemArea[$0.from] == area && facts.itemArea[$0.to] == area }.count
            var details = [kindCounts(items.map { estate.items[$0].kind })]
            if inside > 0 { details.append("\(Wording.count(inside, "dependency", "dependencies")) inside") }
            if !it.inScope { details.append("out of scope") }
            nodeOfArea[area] = diagram.nodes.count
            diagram.nodes.append(
                Diagram.Node(
                    label: NodeLabel(name: it.name, id: it.id, details: details),
                    style: NodeStyle(
                        shape: .roundedBox, fill: facts.palette.color(for: it.lead.id), border: .text,
                        borderWidth: 1.5, borderStyle: it.inScope ? .solid : .dashed),
                    tooltip: HoverText.area(area, facts), link: context.links.file(for: "area:\(it.id)")))
        }
        var nodeOfParty: [String: Int] = [:]
        let parties = facts.palette.parties.filter {
            context.filter.parties.isEmpty || context.filter.parties.contains($0.id)
        }
        for party in parties {
            nodeOfParty[party.id] = diagram.nodes.count
            diagram.nodes.append(
                Diagram.Node(
                    label: NodeLabel(name: party.name, id: party.id, emphasised: true),
                    style: NodeStyle(
                        shape: .house, fill: facts.palette.color(for: party.id), border: .text, borderWidth: 2),
                    tooltip: HoverText.party(party.id, facts), link: context.links.file(for: "plan:\(party.id)")))
        }

        var uses: [String: [Int: Int]] = [:]
        for item in estate.items.indices where context.accepts(item) {
            guard let area = facts.itemArea[item] else { continue }
            for party in facts.direct(item) { uses[party, default: [:]][area, default: 0] += 1 }
        }
        for party in parties {
            for area in facts.areasByID {
                guard let count = uses[party.id]?[area], let from = nodeOfParty[party.id], let to = nodeOfArea[area]
                else { continue }
                diagram.edges.append(
                    Diagram.Edge(
                        from: from, to: to, style: Self.usesStyle(count),
                        label: "uses \(count)", weight: 1,
                        tooltip:
                            "\(party.name) uses \(Wording.count(count, "item")) in \(estate.areas[area].name) directly")
                )
            }
        }

        var between: [Int: [Int: Int]] = [:]
        for link in links {
            guard let a = facts.itemArea[link.from], let b = facts.itemArea[link.to], a != b else { continue }
            between[a, default: [:]][b, default: 0] += 1
        }
        for a in facts.areasByID {
            for b in facts.areasByID {
                guard let count = between[a]?[b], let from = nodeOfArea[a], let to = nodeOfArea[b] else { continue }
                diagram.edges.append(
                    Diagram.Edge(
                        from: from, to: to, style: Self.dependsStyle(count),
                        label: String(count), weight: count,
                        tooltip: "\(estate.areas[a].name) → \(estate.areas[b].name): "
                            + Wording.count(count, "dependency", "dependencies")))
            }
        }

        let crossing = between.values.flatMap(\.values).reduce(0, +)
        diagram.subtitle = [
            "\(Wording.count(nodeOfArea.count, "area")) and \(Wording.count(parties.count, "party", "parties")). "
                + "A thick arrow between areas stands for the item dependencies it is labelled with "
                + "(\(crossing) cross an area boundary); a dashed arrow from a party counts the items it uses directly."
        ]
        diagram.legend = Legend(sections: [
            facts.palette.legendSection(
                title: "Fill: lead party",
                shown: Set(nodeOfArea.keys.map { estate.areas[$0].lead.id } + nodeOfParty.keys)),
            Legend.Section(
                title: "Shape",
                entries: [
                    Legend.Entry(.shape(.roundedBox), "service area"),
                    Legend.Entry(.shape(.house), "party"),
                ]),
            Legend.Section(
                title: "Line",
                entries: [
                    Legend.Entry(.line(Self.dependsStyle(4)), "items depend on the other area's (count)"),
                    Legend.Entry(.line(Self.usesStyle(1)), "party uses items in the area (count)"),
                    Legend.Entry(
                        .swatch(fill: .white, border: .text, borderWidth: 1), "dashed outline: area out of scope"),
                ]),
        ])
        return diagram
    }

    /// Wider for more dependencies, on a log scale so one heavy link does not swamp the rest.
    static func dependsStyle(_ count: Int) -> EdgeStyle {
        EdgeStyle(line: .solid, color: Color(0x333333), width: 1 + min(5, log2(Double(count))))
    }

    static func usesStyle(_ count: Int) -> EdgeStyle {
        EdgeStyle(line: .dashed, color: Color(0x7F7F7F), width: 1, arrowHead: .empty)
    }

    static func plural(_ kind: ItemKind, _ n: Int) -> String {
        switch kind {
        case .system, .contract, .team: n == 1 ? kind.rawValue : kind.rawValue + "s"
        case .infrastructure, .data: kind.rawValue
        }
    }

    func kindCounts(_ kinds: [ItemKind]) -> String {
        guard !kinds.isEmpty else { return "no items" }
        let parts = ItemKind.allCases.compactMap { kind -> String? in
            let n = kinds.filter { $0 == kind }.count
            return n == 0 ? nil : "\(n) \(Self.plural(kind, n))"
        }
        return parts.joined(separator: ", ")
    }
}

extension AreasView {
    /// `--view areas`.
    public static let kind = ViewKind(
        map: "areas",
        summary: "one node per area and per party, edges counting dependencies",
        make: { _ in AreasView() })
}
