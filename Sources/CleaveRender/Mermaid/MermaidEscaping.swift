/// Escaping for Mermaid: labels are quoted and every character Mermaid or the HTML it
/// generates could read as syntax is written as a Mermaid entity code (`#35;`).
enum MermaidEscaping {
    /// A node label: the name's lines, then the id and detail lines.
    static func label(_ label: NodeLabel) -> String {
        var lines = LabelText.lines(label.name).map(escape)
        if let id = label.id { lines.append(escape(LabelText.visible(id))) }
        lines += label.details.map { escape(LabelText.visible($0)) }
        return lines.joined(separator: "<br/>")
    }

    /// Text on one or more lines.
    static func text(_ text: String) -> String {
        LabelText.lines(text, wrapAt: 60).map(escape).joined(separator: "<br/>")
    }

    static func escape(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "`": out += "#96;"
            case "%": out += "#37;"
            case "|": out += "#124;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A one-line YAML double-quoted scalar, for the front matter's title.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in LabelText.visible(text).unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// Text for a `%%` comment line: visible characters only, on one line.
    static func comment(_ text: String) -> String {
        LabelText.visible(text)
    }
}
