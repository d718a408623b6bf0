import Foundation

/// A streaming scanner over the bytes of one workbook part (a worksheet, the shared strings,
/// the workbook and its relationships), already screened by `XMLEvents.screen` and in UTF-8.
///
/// It hands out one token at a time — a start tag, an end tag, a run of text — as ranges of
/// the bytes it was given, so a sheet of a million rows is read without a tree, a dictionary
/// of attributes per element or a string per tag. Foundation's parser stopped at the end of
/// such a sheet with an internal error; this one holds nothing but a stack of open tags.
///
/// It checks what makes XML well-formed where a damaged workbook would show it: tags that
/// close in order, one root, quoted attributes without `<` and without duplicates, only the
/// five predefined entities and character references to characters XML allows, no control
/// characters, comments, CDATA and processing instructions that end, and no more than
/// `XMLEvents.maxDepth` levels. Names keep their prefix (`x:row`); `isLocal` ignores it.
struct WorkbookXMLScanner {
    enum Token: Equatable {
        /// A start tag; `selfClosing` for `<c/>`, whose end tag follows as the next token.
        case start(selfClosing: Bool)
        case end
        /// Text or a CDATA section, in `text`.
        case text
        case done
    }

    /// A byte range of the part and whether it can be read as it stands (no reference, no
    /// carriage return, and in an attribute no tab or line feed).
    struct Span {
        var range: Range<Int>
        var plain: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The qualified names of the open elements.
    private var open: [Range<Int>] = []
    private var sawRoot = false
    private var pendingEnd = false

    /// The qualified name of the last start or end tag.
    private(set) var name: Range<Int> = 0..<0
    /// The attributes of the last start tag, in document order.
    private(set) var attributes: [(name: Range<Int>, value: Span)] = []
    /// The last text token; CDATA is never `plain` unless it has no carriage return.
    private(set) var text = Span(range: 0..<0, plain: true)
    private(set) var textIsCDATA = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    // MARK: - Reading what a token holds

    /// Whether the last tag's name, without its prefix, is `local`.
    func isLocal(_ local: StaticString) -> Bool {
        var start = name.lowerBound
        for k in name where bytes[k] == UInt8(ascii: ":") { start = k + 1 }
        return equal(start..<name.upperBound, local)
    }

    /// The value of the last start tag's attribute named exactly `qualified` (prefix and all).
    func attribute(_ qualified: StaticString) -> String? {
        attributes.first { equal($0.name, qualified) }.map { decode($0.value, inAttribute: true) }
    }

    /// The value of the first attribute whose qualified name ends in `suffix`.
    func attribute(endingIn suffix: StaticString) -> String? {
        let n = suffix.utf8CodeUnitCount
        return attributes.first {
            $0.name.count >= n && equal($0.name.upperBound - n..<$0.name.upperBound, suffix)
        }.map { decode($0.value, inAttribute: true) }
    }

    /// The last text token, its references expanded and line ends normalised.
    var textValue: String {
        textIsCDATA ? decode(text, inAttribute: false, references: false) : decode(text, inAttribute: false)
    }

    private func equal(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for (j, k) in range.enumerated() where bytes[k] != pointer[j] { return false }
        return true
    }

    /// The text of a span as XML reads it: `&amp;` and `&#x41;` expanded, CR LF and CR made
    /// LF, and in an attribute each literal tab, CR or LF a space.
    private func decode(_ span: Span, inAttribute: Bool, references: Bool = true) -> String {
        let range = span.range
        if span.plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            if b == UInt8(ascii: "&") && references, let (scalar, after) = reference(at: k) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                k = after
                continue
            }
            if b == 0x0D {
                if k + 1 < range.upperBound, bytes[k + 1] == 0x0A { k += 1 }
                out.append(inAttribute ? 0x20 : 0x0A)
            } else if inAttribute && (b == 0x09 || b == 0x0A) {
                out.append(0x20)
            } else {
                out.append(b)
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Scanning

    /// The next token.
    /// - Throws: `XMLProblem` at the first place the part is not well-formed XML.
    mutating func next() throws(XMLProblem) -> Token {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                let plain = try scanText(until: UInt8(ascii: "<"))
                if open.isEmpty {
                    if let k = (start..<position).first(where: { !isSpace(bytes[$0]) }) {
                        throw problem(at: k, sawRoot ? "text after the root element" : "text before the root element")
                    }
                    continue
                }
                text = Span(range: start..<position, plain: plain)
                textIsCDATA = false
                return .text
            }
            let at = position
            guard at + 1 < bytes.count else { throw problem(at: at, "the document ends inside a tag") }
            switch bytes[at + 1] {
            case UInt8(ascii: "/"): return try endTag(at: at)
            case UInt8(ascii: "?"):
                position = try skip(past: "?>", from: at + 2, opened: at, what: "processing instruction")
            case UInt8(ascii: "!"):
                if matches("<!--", at: at) {
                    position = try skip(past: "-->", from: at + 4, opened: at, what: "comment")
                } else if matches("<![CDATA[", at: at) {
                    guard !open.isEmpty else { throw problem(at: at, "a CDATA section outside the root element") }
                    let start = at + 9
                    position = try skip(past: "]]>", from: start, opened: at, what: "CDATA section")
                    let range = start..<position - 3
                    text = Span(range: range, plain: !range.contains { bytes[$0] == 0x0D })
                    textIsCDATA = true
                    return .text
                } else {
                    throw problem(at: at, "a declaration (<!…) where an element was expected")
                }
            default: return try startTag(at: at)
            }
        }
        if let last = open.last {
            throw problem(at: bytes.count, "the document ends before <\(string(last))> is closed")
        }
        guard sawRoot else { throw problem(at: bytes.count, "the document has no root element") }
        return .done
    }

    private mutating func startTag(at: Int) throws(XMLProblem) -> Token {
        if sawRoot && open.isEmpty { throw problem(at: at, "a second root element") }
        position = at + 1
        name = try scanName()
        attributes.removeAll(keepingCapacity: true)
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw problem(at: at, "the document ends inside the tag <\(string(name))>") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                try push(at: at)
                return .start(selfClosing: false)
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw problem(at: position, "'/' in a tag not followed by '>'")
                }
                position += 2
                try push(at: at)
                _ = open.popLast()
                pendingEnd = true
                return .start(selfClosing: true)
            default:
                guard hadSpace else { throw problem(at: position, "attributes must be separated by spaces") }
                let attributeName = try scanName()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                    throw problem(at: position, "the attribute '\(string(attributeName))' has no value")
                }
                position += 1
                skipSpace()
                guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
                    throw problem(at: position, "the value of '\(string(attributeName))' is not in quotes")
                }
                let quote = bytes[position]
                position += 1
                let start = position
                let plain = try scanText(until: quote, inAttribute: true)
                guard position < bytes.count else { throw problem(at: start - 1, "an attribute value that never ends") }
                let value = Span(range: start..<position, plain: plain)
                position += 1
                for earlier in attributes where bytes[earlier.name].elementsEqual(bytes[attributeName]) {
                    throw problem(at: attributeName.lowerBound, "the attribute '\(string(attributeName))' appears twice")
                }
                attributes.append((attributeName, value))
            }
        }
    }

    private mutating func push(at: Int) throws(XMLProblem) {
        open.append(name)
        sawRoot = true
        if open.count > XMLEvents.maxDepth {
            throw problem(at: at, "elements are nested more than \(XMLEvents.maxDepth) levels deep")
        }
    }

    private mutating func endTag(at: Int) throws(XMLProblem) -> Token {
        position = at + 2
        name = try scanName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw problem(at: position, "the end tag </\(string(name))> does not end with '>'")
        }
        position += 1
        guard let top = open.last else { throw problem(at: at, "the end tag </\(string(name))> closes nothing") }
        guard bytes[top].elementsEqual(bytes[name]) else {
            throw problem(at: at, "the end tag </\(string(name))> does not match <\(string(top))>")
        }
        open.removeLast()
        return .end
    }

    private mutating func scanName() throws(XMLProblem) -> Range<Int> {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            let first = position == start
            let ok =
                b >= 0x80 || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ":")
                || (!first && ((b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")))
            guard ok else { break }
            position += 1
        }
        guard position > start else {
            throw problem(at: start, position < bytes.count ? "a name was expected here" : "the document ends inside a tag")
        }
        return start..<position
    }

    /// Moves past text up to `stop` (not past it), checking references and characters.
    /// - Returns: whether the text is plain (see `Span`).
    private mutating func scanText(until stop: UInt8, inAttribute: Bool = false) throws(XMLProblem) -> Bool {
        var plain = true
        while position < bytes.count {
            let b = bytes[position]
            if b == stop { return plain }
            if b < 0x20 {
                if b == 0x0D || (inAttribute && (b == 0x09 || b == 0x0A)) {
                    plain = false
                } else if b != 0x09 && b != 0x0A {
                    throw problem(at: position, "the control character 0x\(String(b, radix: 16, uppercase: true)) is not allowed in XML")
                }
            } else if b == UInt8(ascii: "&") {
                guard let (_, after) = reference(at: position) else {
                    throw problem(at: position, "an undefined entity or a bad character reference (only &amp; &lt; &gt; &quot; &apos; and &#…; are read)")
                }
                plain = false
                position = after
                continue
            } else if b == UInt8(ascii: "<") {
                throw problem(at: position, "'<' inside an attribute value")
            }
            position += 1
        }
        return plain
    }

    /// The character a reference at `k` (`&amp;`, `&#65;`, `&#x41;`) stands for, and the
    /// offset after its `;`; nil when it is not one XML defines or names no allowed character.
    private func reference(at k: Int) -> (Unicode.Scalar, Int)? {
        var end = k + 1
        while end < bytes.count, end - k <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[k + 1..<end])
        switch String(decoding: body, as: UTF8.self) {
        case "amp": return ("&", end + 1)
        case "lt": return ("<", end + 1)
        case "gt": return (">", end + 1)
        case "quot": return ("\"", end + 1)
        case "apos": return ("'", end + 1)
        case let word where word.hasPrefix("#"):
            let hex = word.hasPrefix("#x")
            let digits = word.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : ("0"..."9").contains($0) }),
                let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value),
                value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xFFFD).contains(value) || value >= 0x10000
            else { return nil }
            return (scalar, end + 1)
        default: return nil
        }
    }

    /// Moves past `terminator`, searched from `from`.
    private func skip(past terminator: StaticString, from: Int, opened: Int, what: String) throws(XMLProblem) -> Int {
        let t = UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount)
        var k = from
        while k + t.count <= bytes.count {
            if bytes[k] == t[0] && bytes[k..<k + t.count].elementsEqual(t) { return k + t.count }
            k += 1
        }
        throw problem(at: opened, "a \(what) that never ends")
    }

    private func matches(_ literal: StaticString, at k: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        return k + n <= bytes.count && equal(k..<k + n, literal)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// "not well-formed XML: …" at the line and column of byte `offset`.
    private func problem(at offset: Int, _ message: String) -> XMLProblem {
        let offset = min(offset, bytes.count)
        var line = 1, lineStart = 0
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).count + 1
        return XMLProblem(message: "not well-formed XML: \(message)", line: line, column: column)
    }
}
