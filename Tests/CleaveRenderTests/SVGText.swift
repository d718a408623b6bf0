import Foundation

/// Reads back what an SVG from Graphviz shows: the text lines of each node, by node id.
enum SVGText {
    /// The `<text>` contents of the node whose `<title>` is `id`, XML entities decoded.
    static func lines(ofNode id: String, in svg: String) -> [String]? {
        guard let start = svg.range(of: "<title>\(id)</title>") else { return nil }
        let rest = svg[start.upperBound...]
        let end = rest.range(of: "</g>")?.lowerBound ?? rest.endIndex
        var lines: [String] = []
        var cursor = rest[..<end]
        while let open = cursor.range(of: "<text"), let close = cursor[open.upperBound...].range(of: ">"),
            let finish = cursor[close.upperBound...].range(of: "</text>")
        {
            lines.append(decode(String(cursor[close.upperBound..<finish.lowerBound])))
            cursor = cursor[finish.upperBound...]
        }
        return lines
    }

    /// Decodes XML character references and the five predefined entities.
    ///
    /// Works on scalars: a combining mark after `;` would otherwise hide the `;` inside
    /// one Character.
    static func decode(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var out = ""
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index] == "&", let semicolon = scalars[index...].firstIndex(of: ";") else {
                out.unicodeScalars.append(scalars[index])
                index = scalars.index(after: index)
                continue
            }
            let name = String(scalars[scalars.index(after: index)..<semicolon])
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16),
                    let scalar = Unicode.Scalar(value)
                {
                    out.unicodeScalars.append(scalar)
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value)
                {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + name + ";"
                }
            }
            index = scalars.index(after: semicolon)
        }
        return out
    }
}
