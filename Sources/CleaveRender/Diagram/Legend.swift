/// The key printed on every map: what fills, shapes, borders and lines mean.
public struct Legend: Sendable, Equatable {
    public var sections: [Section]

    public init(sections: [Section] = []) {
        self.sections = sections
    }

    /// A titled group of entries, e.g. "Lead party".
    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]

        public init(title: String, entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    /// One sample and what it means; `text` may be inventory text (a party's name).
    public struct Entry: Sendable, Equatable {
        public var sample: Sample
        public var text: String

        public init(_ sample: Sample, _ text: String) {
            self.sample = sample
            self.text = text
        }
    }

    /// What an entry shows beside its text.
    public enum Sample: Sendable, Equatable {
        /// A filled swatch with a border, for fills and borders.
        case swatch(fill: Color, border: Color, borderWidth: Double)
        /// A line, for edge styles.
        case line(EdgeStyle)
        /// A shape's name in words, for node shapes.
        case shape(NodeShape)
    }
}
