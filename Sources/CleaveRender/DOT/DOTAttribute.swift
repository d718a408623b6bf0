/// The only attribute names Cleave ever writes into DOT.
///
/// Names come from this fixed list, so inventory text can never become an attribute
/// name; and none of them is a URL, image, stylesheet or file path (`URL`, `href`,
/// `image`, `stylesheet`, `fontpath`, `imagepath` are deliberately absent).
enum DOTAttribute: String, CaseIterable {
    case arrowhead, arrowsize, bgcolor, color, comment, fillcolor, fontcolor, fontname, fontsize
    case label, labeljust, labelloc, margin, mclimit, nodesep, nslimit, nslimit1
    case outputorder, overlap, pack, penwidth, peripheries, rankdir, ranksep, remincross
    case searchsize, shape, splines, style, weight, xlabel
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

    var dot: String {
        switch self {
        case .html(let body): "<\(body)>"
        case .text(let value): DOTEscaping.quoted(value)
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
