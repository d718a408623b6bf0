import CleaveCore

/// Reads typed values out of one file's YAML nodes, recording a located `schema` finding
/// for anything of the wrong shape and returning nil for it.
///
/// Aliases share nodes, so a small file can stand for a huge tree (an "alias bomb"): every
/// element read is counted against a budget of one per byte of the file, plus some slack
/// (text without aliases needs more than a byte per element).
final class NodeReader {
    typealias Node = YAMLNode

    let file: String
    let document: YAMLDocument
    private(set) var findings: [Finding] = []
    private var budget: Int
    private(set) var exhausted = false

    init(file: String, document: YAMLDocument, byteCount: Int) {
        self.file = file
        self.document = document
        self.budget = 10_000 + byteCount
    }

    /// The fields of a mapping, by key, after unknown keys and missing required keys are reported.
    struct Fields {
        var location: SourceLocation
        /// In the order written. A mapping has a handful of keys: a list searched in order
        /// costs less than hashing each of them.
        var entries: [(key: String, node: Node, keyLocation: SourceLocation)] = []
        subscript(key: String) -> Node? { entries.first { $0.key == key }?.node }
        func keyLocation(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.keyLocation }
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: document.line(node), column: document.column(node))
    }

    /// A mapping's pairs, nil for anything else.
    func pairs(_ node: Node) -> [(key: Node, value: Node)]? { document.pairs(node) }

    func isSequence(_ node: Node) -> Bool { document.kind(node) == .sequence }

    /// A scalar's text as written; nil for a collection.
    func text(_ node: Node) -> String? { document.text(node) }

    func report(_ message: String, at location: SourceLocation, suggestion: String? = nil) {
        report(rule: SchemaRule.id, message, at: location, suggestion: suggestion)
    }

    func report(rule: String, _ message: String, at location: SourceLocation, suggestion: String? = nil) {
        findings.append(
            Finding(rule: rule, severity: .error, message: message, location: location, suggestion: suggestion))
    }

    /// Counts `n` elements against the alias budget; false (reported once) when it runs out.
    func spend(_ n: Int, at node: Node) -> Bool {
        guard !exhausted else { return false }
        budget -= n
        if budget < 0 {
            exhausted = true
            report(
                rule: YAMLSyntaxRule.id,
                "aliases here expand to more values than the file could hold (an alias bomb?); reading stopped",
                at: location(node))
            return false
        }
        return true
    }

    func isNull(_ node: Node) -> Bool {
        guard document.isPlain(node), let text = document.text(node) else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func describe(_ node: Node) -> String {
        switch document.kind(node) {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            if isNull(node) { return "nothing (null)" }
            let string = document.text(node) ?? ""
            let text = string.count > 40 ? String(string.prefix(40)) + "…" : string
            return document.isPlain(node) ? "'\(text)'" : "the string \"\(text)\""
        }
    }

    func fields(_ node: Node, what: String, allowed: [String], required: [String]) -> Fields? {
        guard let mapping = document.pairs(node) else {
            report(
                SchemaRule.Message.notAMapping(what, allowed: allowed, found: describe(node)),
                at: location(node))
            return nil
        }
        guard spend(mapping.count, at: node) else { return nil }
        var result = Fields(location: location(node))
        result.entries.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = document.text(keyNode) else {
                report(SchemaRule.Message.keyNotAWord(what, found: describe(keyNode)), at: location(keyNode))
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Suggestion.closest(to: key, among: allowed)
                report(
                    SchemaRule.Message.unknownKey(key, in: what, suggestion: suggestion), at: location(keyNode),
                    suggestion: suggestion)
                continue
            }
            result.entries.append((key, value, location(keyNode)))
        }
        for key in required where result[key].map(isNull) ?? true {
            report(SchemaRule.Message.missingKey(key, in: what), at: result.location)
        }
        return result
    }

    func string(_ node: Node?, _ key: String) -> String? {
        guard let node, !isNull(node) else { return nil }
        guard let text = document.text(node) else {
            report(SchemaRule.Message.expected("text", key, found: describe(node)), at: location(node))
            return nil
        }
        return text
    }

    func list(_ node: Node?, _ key: String) -> [Node]? {
        guard let node, !isNull(node) else { return nil }
        guard let elements = document.elements(node) else {
            report(SchemaRule.Message.expected("a list", key, found: describe(node)), at: location(node))
            return nil
        }
        guard spend(elements.count, at: node) else { return nil }
        return elements
    }

    func strings(_ node: Node?, _ key: String) -> [(String, SourceLocation)] {
        (list(node, key) ?? []).compactMap { element in string(element, key).map { ($0, location(element)) } }
    }

    /// A plain (unquoted) scalar's text, reporting quoted or structured values as the wrong type.
    private func plain(_ node: Node, _ key: String, expected: @autoclosure () -> String) -> String? {
        guard document.isPlain(node), let text = document.text(node), !isNull(node) else {
            report(SchemaRule.Message.expected(expected(), key, found: describe(node)), at: location(node))
            return nil
        }
        return text
    }

    /// A number of at least `minimum` (none when nil) and at most `maximum` (none when nil).
    func number(_ node: Node?, _ key: String, minimum: Double? = 0, maximum: Double? = nil) -> Double? {
        guard let node, !isNull(node) else { return nil }
        // Worded only when something is wrong: most numbers are fine.
        func expected() -> String {
            switch (minimum, maximum) {
            case let (low?, high?): "a number from \(Wording.number(low)) to \(Wording.number(high))"
            case let (low?, nil): "a number ≥ \(Wording.number(low))"
            case let (nil, high?): "a number ≤ \(Wording.number(high))"
            case (nil, nil): "a number"
            }
        }
        guard let text = plain(node, key, expected: expected()) else { return nil }
        guard let value = Self.decimal(text) else {
            report(SchemaRule.Message.expected(expected(), key, found: "'\(text)'"), at: location(node))
            return nil
        }
        guard value.isFinite else {
            report(SchemaRule.Message.tooLarge(key, text), at: location(node))
            return nil
        }
        if let minimum, value < minimum {
            report(SchemaRule.Message.expected(expected(), key, found: "'\(text)'"), at: location(node))
            return nil
        }
        if let maximum, value > maximum {
            report(SchemaRule.Message.expected(expected(), key, found: "'\(text)'"), at: location(node))
            return nil
        }
        return value
    }

    /// A number written with digits, sign, point, exponent and `_` separators only (so not
    /// `inf`, `nan` or hexadecimal), or nil.
    static func decimal(_ text: String) -> Double? {
        var hasUnderscore = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            case UInt8(ascii: "_"): hasUnderscore = true
            default: return nil
            }
        }
        return Double(hasUnderscore ? text.replacingUnderscores() : text)
    }

    /// A whole number from 0 to 100,000, or in `range` when given.
    func integer(_ node: Node?, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node, !isNull(node) else { return nil }
        let expected = range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number ≥ 0"
        guard let text = plain(node, key, expected: expected) else { return nil }
        guard let value = Int(text), (range ?? 0...100_000).contains(value) else {
            report(SchemaRule.Message.expected(expected, key, found: "'\(text)'"), at: location(node))
            return nil
        }
        return value
    }

    func bool(_ node: Node?, _ key: String) -> Bool? {
        guard let node, !isNull(node) else { return nil }
        guard let text = plain(node, key, expected: "true or false") else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            report(SchemaRule.Message.expected("true or false", key, found: "'\(text)'"), at: location(node))
            return nil
        }
    }

    /// A `YYYY-MM-DD` date; a malformed or impossible date is an `invalid-dates` finding.
    func date(_ node: Node?, _ key: String) -> Day? {
        guard let node, !isNull(node) else { return nil }
        guard let text = document.text(node) else {
            report(
                SchemaRule.Message.expected("a date (YYYY-MM-DD)", key, found: describe(node)),
                at: location(node))
            return nil
        }
        guard let day = Day(text) else {
            report(rule: InvalidDatesRule.id, InvalidDatesRule.Message.notADate(key, text), at: location(node))
            return nil
        }
        return day
    }

    func choice<E: RawRepresentable & CaseIterable>(_ node: Node?, _ key: String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let node, let text = string(node, key) else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: text, among: names)
        report(
            SchemaRule.Message.notOneOf(key, text, names: names, suggestion: suggestion), at: location(node),
            suggestion: suggestion)
        return nil
    }

    func reference(_ node: Node?, _ key: String) -> Reference? {
        guard let node, let id = string(node, key) else { return nil }
        return Reference(id, at: location(node))
    }

    func references(_ node: Node?, _ key: String) -> [Reference] {
        strings(node, key).map { Reference($0.0, at: $0.1) }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
