import CleaveCore
import Foundation

/// Turns Graphviz's SVG document into an element the page can hold inline: no XML
/// prologue, DOCTYPE, comments or namespace URLs; no `id`s that would clash between maps;
/// the font left to the style sheet; and each node and edge titled in words (the browser
/// shows a `<title>` on hover) instead of the DOT writer's `n0`, `n1`. A node that stands
/// for an item carries `data-item`, which the script opens in the explorer on a click.
///
/// Graphviz writes one element per line, which this relies on; a line it does not
/// recognise is kept as it is.
public enum InlineSVG {
    /// The `<svg>` element of `map`; `isItem` says which node ids are items.
    ///
    /// - Complexity: O(length of the SVG).
    public static func element(_ map: ReportMap, isItem: (String) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(map.svg.utf8.count)
        var pendingGroup: String?  // "node", "edge" or "cluster": its title comes next
        var openTag: String?  // the <svg …> start tag, which may span lines
        var started = false
        for raw in map.svg.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if !started {
                guard line.hasPrefix("<svg") || openTag != nil else { continue }
                openTag = (openTag.map { $0 + " " } ?? "") + line
                guard line.contains(">") else { continue }
                out += svgStart(openTag!, title: map.title) + "\n"
                started = true
                continue
            }
            if line.hasPrefix("<!--") { continue }
            if let kind = pendingGroup, line.hasPrefix("<title>") {
                pendingGroup = nil
                out += title(of: kind, line, map: map, isItem: isItem)
                continue
            }
            if line.hasPrefix("<g id=") {
                pendingGroup = groupKind(line)
                if pendingGroup == "node" { continue }  // written with its title
                line = removing(attribute: "id", from: line)
            }
            line = line.replacingOccurrences(of: " font-family=\"Helvetica,Arial,sans-serif\"", with: "")
            out += line + "\n"
        }
        return out
    }

    private static func groupKind(_ line: String) -> String {
        if line.contains("class=\"node\"") { return "node" }
        if line.contains("class=\"edge\"") { return "edge" }
        if line.contains("class=\"cluster\"") { return "cluster" }
        return "graph"
    }

    /// `<svg class="map-svg" viewBox="…">`: the size is left to the page.
    private static func svgStart(_ tag: String, title: String) -> String {
        let viewBox = attribute("viewBox", in: tag) ?? "0 0 100 100"
        return "<svg class=\"map-svg\" viewBox=\"\(HTMLText.escape(viewBox))\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape(title))\">"
    }

    private static func title(of kind: String, _ line: String, map: ReportMap, isItem: (String) -> Bool) -> String {
        let text = String(line.dropFirst("<title>".count).dropLast("</title>".count))
        switch kind {
        case "node":
            guard let node = nodeIndex(text).flatMap({ map.nodes.indices.contains($0) ? map.nodes[$0] : nil }) else {
                return "<g class=\"node\">\n"
            }
            let item = node.id.flatMap { isItem($0) ? $0 : nil }
            let data = item.map { " data-item=\"\(HTMLText.escape($0))\" tabindex=\"0\"" } ?? ""
            return
                "<g class=\"node\(item == nil ? "" : " item-node")\"\(data)>\n<title>\(HTMLText.escape(node.hover))</title>\n"
        case "edge":
            let ends = text.components(separatedBy: "&#45;&gt;").map(nodeIndex)
            guard ends.count == 2, let a = ends[0], let b = ends[1],
                map.nodes.indices.contains(a), map.nodes.indices.contains(b)
            else { return "" }
            let name = { (i: Int) in map.nodes[i].id ?? "" }
            return "<title>\(HTMLText.escape("\(name(a)) → \(name(b))"))</title>\n"
        default:
            return ""  // a cluster's or the graph's title would show its DOT name on hover
        }
    }

    /// `n12` → 12.
    private static func nodeIndex(_ name: String) -> Int? {
        guard name.hasPrefix("n") else { return nil }
        return Int(name.dropFirst())
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private static func removing(attribute name: String, from line: String) -> String {
        guard let start = line.range(of: " \(name)=\"") else { return line }
        guard let end = line[start.upperBound...].firstIndex(of: "\"") else { return line }
        return String(line[..<start.lowerBound]) + String(line[line.index(after: end)...])
    }
}
