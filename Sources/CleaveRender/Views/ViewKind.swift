import CleaveCore

/// One kind of view, self-described: how `--view` spells it, what it shows, how one is made
/// from its argument, and which of an estate's views of this kind there are.
///
/// Each view file declares its kind (`static let kind`), and `ViewCatalog.kinds` lists
/// them: the catalogue, `render --all`, the listing, `render --help` and the README's table
/// of views all come from that list.
public struct ViewKind: Sendable {
    /// A view made: a map laid out by Graphviz, or a chart Cleave places itself.
    public enum Made: Sendable {
        case map(any MapView)
        case chart(any ChartView)
    }

    /// The word before the colon: `option` in `option:ID`.
    public let word: String
    /// What follows the colon, as help writes it (`OPTION`); nil for a view without one.
    public let argument: String?
    /// What it shows, in a few words.
    public let summary: String
    /// Whether `render --all` draws this estate's views of this kind.
    public let inAll: Bool
    /// Whether it is a chart (drawn on a time axis, not laid out).
    public let isChart: Bool
    private let arguments: @Sendable (Estate) -> [String]
    private let make: @Sendable (String) -> Made

    /// A kind of map: `make` builds one from its argument (`""` for a kind without one);
    /// `arguments` gives this estate's (ids, in any order, repeats allowed).
    public init(
        map word: String, argument: String? = nil, summary: String, inAll: Bool = true,
        arguments: @escaping @Sendable (Estate) -> [String] = { _ in [""] },
        make: @escaping @Sendable (String) -> any MapView
    ) {
        self.word = word
        self.argument = argument
        self.summary = summary
        self.inAll = inAll
        isChart = false
        self.arguments = arguments
        self.make = { .map(make($0)) }
    }

    /// A kind of chart; charts are not drawn by `--all`.
    public init(
        chart word: String, argument: String, summary: String,
        arguments: @escaping @Sendable (Estate) -> [String], make: @escaping @Sendable (String) -> any ChartView
    ) {
        self.word = word
        self.argument = argument
        self.summary = summary
        inAll = false
        isChart = true
        self.arguments = arguments
        self.make = { .chart(make($0)) }
    }

    /// As `--view` spells it: `option:ID`, `areas`.
    public var syntax: String { argument.map { "\(word):\($0)" } ?? word }

    /// The view named `word:argument` (`argument` empty for a kind without one).
    public func view(_ argument: String) -> Made { make(argument) }

    /// The names of this estate's views of this kind, sorted by argument, each once.
    public func names(in estate: Estate) -> [String] {
        guard argument != nil else { return [word] }
        return Set(arguments(estate)).sorted().map { "\(word):\($0)" }
    }

    /// This estate's views of this kind, as `names(in:)` lists them.
    public func views(in estate: Estate) -> [Made] {
        guard argument != nil else { return [make("")] }
        return Set(arguments(estate)).sorted().map(make)
    }
}

extension Estate {
    /// The ids of the options, parties, areas and items, for `ViewKind.arguments`.
    var optionIDs: [String] { options.map(\.id) }
    var partyIDs: [String] { parties.map(\.id) }
    var areaIDs: [String] { areas.map(\.id) }
    var itemIDs: [String] { items.map(\.id) }
}
