internal import CLibYAML

/// One node of a `YAMLDocument`: an index into its arrays. Aliases are the node they name,
/// so a node may be reached from several places.
struct YAMLNode: Hashable {
    let index: Int32
}

/// A YAML document read straight from libyaml's events into flat arrays: one entry per
/// node, the children of each collection side by side, and the scalars' text.
///
/// Building no tree of objects is what makes it fast: a node is an index, a mapping's pairs
/// are a slice of `children`, and nothing is reference-counted but the strings. Scalars
/// keep their text as written, with no type resolved (the loader's schema decides); only
/// whether they were plain (unquoted) is kept, which tells `null` from `"null"`.
struct YAMLDocument {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    struct Entry {
        var kind: Kind
        /// A plain (unquoted, not block) scalar.
        var plain: Bool
        /// 1-based, as editors count.
        var line: Int32
        var column: Int32
        /// Scalars: the index of their text in `strings`. Collections: where their children
        /// start in `children` (a mapping's alternate key, value).
        var first: Int32
        /// Collections: how many children (a mapping: twice its pairs).
        var count: Int32
    }

    private(set) var entries: [Entry] = []
    private(set) var children: [Int32] = []
    private(set) var strings: [String] = []
    /// The document's root (the first document's, when many are read); nil when the
    /// stream holds no document.
    private(set) var root: YAMLNode?
    /// Every document's root in stream order: one at most unless many documents are read.
    private(set) var roots: [YAMLNode] = []

    func kind(_ node: YAMLNode) -> Kind { entries[Int(node.index)].kind }
    func isPlain(_ node: YAMLNode) -> Bool { entries[Int(node.index)].plain }
    func line(_ node: YAMLNode) -> Int { Int(entries[Int(node.index)].line) }
    func column(_ node: YAMLNode) -> Int { Int(entries[Int(node.index)].column) }

    /// A scalar's text; nil for a collection.
    func text(_ node: YAMLNode) -> String? {
        let e = entries[Int(node.index)]
        return e.kind == .scalar ? strings[Int(e.first)] : nil
    }

    /// A sequence's elements; nil for anything else.
    func elements(_ node: YAMLNode) -> [YAMLNode]? {
        let e = entries[Int(node.index)]
        guard e.kind == .sequence else { return nil }
        return children[Int(e.first)..<Int(e.first + e.count)].map(YAMLNode.init)
    }

    /// A mapping's pairs in the order written; nil for anything else.
    func pairs(_ node: YAMLNode) -> [(key: YAMLNode, value: YAMLNode)]? {
        let e = entries[Int(node.index)]
        guard e.kind == .mapping else { return nil }
        return stride(from: Int(e.first), to: Int(e.first + e.count), by: 2).map {
            (YAMLNode(index: children[$0]), YAMLNode(index: children[$0 + 1]))
        }
    }

    /// What stopped the parse: libyaml's own words, where it happened and, for a reader
    /// error, the byte offset.
    struct Problem: Error {
        var context: (text: String, line: Int, column: Int)?
        var problem: String
        var line: Int
        var column: Int
        /// For a reader (encoding) error: the offset in bytes.
        var offset: Int?
        /// For a duplicate key: the key, and where it was first written.
        var duplicate: (key: String, firstLine: Int)?
    }

    /// Parses `bytes` (UTF-8), which must hold at most one document unless
    /// `multipleDocuments` allows a stream of them (`---` between them, as catalog files
    /// of other tools have); each document's anchors are its own.
    /// - Throws: `Problem` for text that is not YAML, an alias to an unknown anchor, a key
    ///   written twice in one mapping, or (unless allowed) a second document.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, multipleDocuments: Bool = false) throws(Problem) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Problem(problem: "cannot start the YAML parser (out of memory?)", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count)
        var builder = Builder()
        builder.multipleDocuments = multipleDocuments
        try builder.run(&parser)
        entries = builder.entries
        children = builder.children
        strings = builder.strings
        root = builder.roots.first
        roots = builder.roots
    }
}

extension YAMLDocument {
    /// Turns events into entries. Each open collection collects its children in a buffer of
    /// its own; when it closes, they are copied into `children` side by side.
    private struct Builder {
        var entries: [Entry] = []
        var children: [Int32] = []
        var strings: [String] = []
        var roots: [YAMLNode] = []
        var multipleDocuments = false
        var anchors: [String: Int32] = [:]
        /// The open collections, innermost last: the entry and its children so far.
        var open: [(entry: Int32, items: [Int32])] = []
        /// Emptied buffers kept for reuse, so a file of many small mappings allocates few.
        var spare: [[Int32]] = []
        var documents = 0

        mutating func run(_ parser: inout yaml_parser_t) throws(Problem) {
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.problem(parser) }
                defer { yaml_event_delete(&event) }
                let line = Int32(clamping: event.start_mark.line + 1)
                let column = Int32(clamping: event.start_mark.column + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if multipleDocuments {
                        anchors.removeAll(keepingCapacity: true)
                    } else if documents > 1 {
                        throw Problem(
                            context: ("expected a single document in the stream", 1, 1),
                            problem: "but found another document", line: Int(line), column: Int(column))
                    }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let text = String(
                        decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                    strings.append(text)
                    let index = add(
                        Entry(
                            kind: .scalar, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column,
                            first: Int32(strings.count - 1), count: 0))
                    anchor(scalar.anchor, index)
                    try attach(index)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let index = add(
                        Entry(
                            kind: isMapping ? .mapping : .sequence, plain: false, line: line, column: column,
                            first: 0, count: 0))
                    anchor(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, index)
                    open.append((index, spare.popLast() ?? []))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    var (index, items) = open.removeLast()
                    if entries[Int(index)].kind == .mapping { try checkKeys(items) }
                    entries[Int(index)].first = Int32(children.count)
                    entries[Int(index)].count = Int32(items.count)
                    children += items
                    items.removeAll(keepingCapacity: true)
                    spare.append(items)
                    try attach(index)
                case YAML_ALIAS_EVENT:
                    let name = String(cString: event.data.alias.anchor)
                    guard let index = anchors[name] else {
                        throw Problem(
                            problem: "found undefined alias '\(name)'", line: Int(line), column: Int(column))
                    }
                    try attach(index)
                default:
                    continue
                }
            }
        }

        mutating func add(_ entry: Entry) -> Int32 {
            entries.append(entry)
            return Int32(entries.count - 1)
        }

        mutating func anchor(_ name: UnsafeMutablePointer<yaml_char_t>?, _ index: Int32) {
            guard let name else { return }
            anchors[String(cString: name)] = index
        }

        /// Makes `index` the next child of the innermost open collection, or a document's root.
        mutating func attach(_ index: Int32) throws(Problem) {
            if open.isEmpty {
                roots.append(YAMLNode(index: index))
            } else {
                open[open.count - 1].items.append(index)
            }
        }

        /// A mapping's keys (every other child) must differ; only scalar keys are compared.
        func checkKeys(_ items: [Int32]) throws(Problem) {
            func key(_ n: Int) -> String? {
                let e = entries[Int(items[2 * n])]
                return e.kind == .scalar ? strings[Int(e.first)] : nil
            }
            func duplicate(_ n: Int, of first: Int) -> Problem {
                let e = entries[Int(items[2 * n])]
                return Problem(
                    problem: "duplicate key", line: Int(e.line), column: Int(e.column),
                    duplicate: (key(n)!, Int(entries[Int(items[2 * first])].line)))
            }
            let count = items.count / 2
            // Most mappings are small: comparing every pair allocates nothing.
            if count <= 12 {
                for n in 1..<max(count, 1) {
                    guard let k = key(n) else { continue }
                    for m in 0..<n where key(m) == k { throw duplicate(n, of: m) }
                }
                return
            }
            var seen: [String: Int] = [:]
            seen.reserveCapacity(count)
            for n in 0..<count {
                guard let k = key(n) else { continue }
                if let first = seen[k] { throw duplicate(n, of: first) }
                seen[k] = n
            }
        }

        static func problem(_ parser: yaml_parser_t) -> Problem {
            let problem = parser.problem.map { String(cString: $0) } ?? "cannot parse this YAML"
            if parser.error == YAML_READER_ERROR {
                return Problem(problem: problem, line: 1, column: 1, offset: parser.problem_offset)
            }
            let context = parser.context.map {
                (String(cString: $0), parser.context_mark.line + 1, parser.context_mark.column + 1)
            }
            return Problem(
                context: context, problem: problem, line: parser.problem_mark.line + 1,
                column: parser.problem_mark.column + 1)
        }
    }
}
