/// The only attribute names Cleave ever writes into DOT.
///
/// Names come from this fixed list, so inventory text can never become an attribute
/// name; and none of them is an image, stylesheet or file path (`URL`, `image`,
/// `stylesheet`, `fontpath`, `imagepath` are deliberately absent). `href` only ever holds
/// the file-safe name of another Cleave map in the same folder (`DOTValue.link`).
enum DOTAttribute: String, CaseIterable {
    case arrowhead, arrowsize, bgcolor, color, comment, compound, decorate, dpi, fillcolor, fontcolor, fontname,
        fontsize
    case href, label, labeljust, labelloc, lhead, ltail, margin, mclimit, nodesep, nslimit, nslimit1
    case outputorder, overlap, pack, pad, penwidth, peripheries, rankdir, ranksep, remincross
    case searchsize, shape, splines, style, tooltip, weight, xlabel
    case K, repulsiveforce, sep, esep, maxiter
}

/// A value of a DOT attribute, written in the form that keeps it inert.
enum DOTValue: Equatable {
    /// An HTML-like label body, already escaped by `DOTLabel`.
    case html(String)
    /// A code-chosen string (keyword, colour list); written quoted.
    case text(String)
    case number(Double)
    case color(Color)
    /// Inventory text for an escString attribute such as `tooltip`, one entry per line.
    case lines([String])
    /// A relative link to another map: only `FileName.safe` characters, checked when written.
    case link(String)

    var dot: String {
        switch self {
        case .html(let body): "<\(body)>"
        case .text(let value): DOTEscaping.quoted(value)
        case .lines(let lines): DOTEscaping.escString(lines)
        case .link(let name): DOTEscaping.quoted(FileName.safe(name))
        case .number(let value): DOTEscaping.number(value)
        case .color(let color): DOTEscaping.quoted(color.description)
        }
    }
}

/// An ordered attribute list, written `[a=1 b="x"]`.
struct DOTAttributes {
    private(set) var pairs: [(DOTAttribute, DOTValue)] = []

    mutating func set(_ name: DOTAttribute, _ value: DOTValue) {
        if let index = pairs.firstIndex(where: { $0.0 == name }) {
            pairs[index].1 = value
        } else {
            pairs.append((name, value))
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    var dot: String {
        "[" + pairs.map { "\($0.0.rawValue)=\($0.1.dot)" }.joined(separator: " ") + "]"
    }
}
