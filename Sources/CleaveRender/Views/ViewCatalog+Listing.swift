import CleaveCore

extension ViewCatalog {
    /// Each kind as `--view` spells it, padded, then what it shows: the lines `render --help`
    /// and the listing share.
    public static func kindLines(indent: String = "  ") -> [String] {
        let width = (kinds.map(\.syntax.count).max() ?? 0) + 2
        return kinds.map { kind in
            indent + kind.syntax.padding(toLength: width, withPad: " ", startingAt: 0) + kind.summary
        }
    }

    /// The README's table of views, as Markdown: the kind, what it shows, and whether
    /// `--all` draws it. A test holds the README to it.
    public static var markdownTable: String {
        var out = "| view | what it shows | in `--all` |\n| --- | --- | --- |\n"
        for kind in kinds {
            out += "| `\(kind.syntax)` | \(kind.summary) | \(kind.inAll ? "yes" : "no: a chart") |\n"
        }
        return out
    }

    /// What `cleave render` prints on a terminal when no `--output` is given: the kinds of
    /// view, then the views of this estate, so the next command can be typed.
    public static func listing(for estate: Estate) -> [String] {
        var lines = ["Views (--view):"] + kindLines()
        let views = kinds.filter { $0.word != FocusView.kind.word }.flatMap { $0.names(in: estate) }
        lines.append("")
        lines.append(
            "This estate's views, besides focus:ITEM for each of its \(Wording.count(estate.items.count, "item")):")
        lines += views.map { "  " + $0 }
        return lines
    }
}
