import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Why an XML document was not read, and where: its line (1-based) and, when known, column.
struct XMLProblem: Error, Sendable {
    var message: String
    var line: Int
    var column: Int?
    var hint: String?

    /// `line` or `line:column`, for a place after the file's name.
    var position: String { column.map { "\(line):\($0)" } ?? "\(line)" }
}

/// Foundation's streaming XML parser behind three closures, with names stripped of their
/// namespace prefix (`archimate:model` → `model`), for the small readers of workbooks and
/// exchange files.
///
/// What other tools hand over is not trusted. Before the parser sees a byte, a document is
/// refused when it is larger than `maxBytes`, when it holds a document type declaration
/// (`<!DOCTYPE`, and so any entity declaration: no external entity is ever fetched — XXE —
/// and no entity expands — "billion laughs"), or when its UTF-8 is invalid (located at the
/// first bad byte). While parsing, elements nested deeper than `maxDepth` stop it, and
/// external entities are never resolved.
final class XMLEvents: NSObject, XMLParserDelegate {
    /// The largest document read: 256 MiB.
    static let maxBytes = 256 << 20
    /// The deepest element nesting read. Exchange files and workbook parts nest a few levels.
    static let maxDepth = 200

    var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
    var end: (_ name: String) -> Void = { _ in }
    var text: (_ text: String) -> Void = { _ in }

    private var depth = 0
    private var problem: XMLProblem?

    /// Parses `data`, calling the closures in document order.
    /// - Returns: why the document was refused or could not be parsed, with its line; nil
    ///   when it was read.
    func parse(_ data: Data) -> XMLProblem? {
        if let refused = Self.screen(data) { return refused }
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        depth = 0
        problem = nil
        let parsed = parser.parse()
        if let problem { return problem }
        guard parsed else {
            let reason = parser.parserError.map { Self.reason($0) } ?? "unknown error"
            return XMLProblem(
                message: "not well-formed XML: \(reason)", line: max(parser.lineNumber, 1),
                column: parser.columnNumber > 0 ? parser.columnNumber : nil)
        }
        return nil
    }

    /// The parser's error in a few words: libxml2's message where Foundation kept it.
    private static func reason(_ error: Error) -> String {
        let text = error.localizedDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "unknown error" : text
    }

    // MARK: - Before parsing

    /// The checks made on the bytes before any parsing: size, document type declarations,
    /// and UTF-8.
    /// - Complexity: O(bytes).
    static func screen(_ data: Data) -> XMLProblem? {
        if data.count > maxBytes {
            return XMLProblem(
                message:
                    "the document is \(data.count) bytes; XML documents over \(maxBytes >> 20) MiB are refused",
                line: 1, hint: "split the model, or export only the elements and relationships to import")
        }
        return data.withUnsafeBytes { raw -> XMLProblem? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
                // UTF-16: look for the declaration in the decoded text.
                let bigEndian = bytes[0] == 0xFE
                var units: [UInt16] = []
                units.reserveCapacity(bytes.count / 2)
                var k = 2
                while k + 1 < bytes.count {
                    units.append(
                        bigEndian
                            ? UInt16(bytes[k]) << 8 | UInt16(bytes[k + 1]) : UInt16(bytes[k + 1]) << 8 | UInt16(bytes[k]))
                    k += 2
                }
                let utf8 = Array(String(decoding: units, as: UTF16.self).utf8)
                return utf8.withUnsafeBufferPointer { declaration(in: $0) }
            }
            if let problem = declaration(in: bytes) { return problem }
            if declaresOtherEncoding(bytes) { return nil }
            return invalidUTF8(bytes)
        }
    }

    /// A `<!DOCTYPE` or `<!ENTITY` (in any case) outside comments, refused with its line.
    private static func declaration(in bytes: UnsafeBufferPointer<UInt8>) -> XMLProblem? {
        let lt = UInt8(ascii: "<"), bang = UInt8(ascii: "!")
        var line = 1, lineStart = 0, k = 0
        let n = bytes.count
        func matches(_ word: String, at offset: Int) -> Bool {
            let w = Array(word.utf8)
            guard offset + w.count <= n else { return false }
            for j in 0..<w.count where bytes[offset + j] | 0x20 != w[j] | 0x20 { return false }
            return true
        }
        while k < n {
            let b = bytes[k]
            if b == 0x0A {
                line += 1
                lineStart = k + 1
            } else if b == lt, k + 1 < n, bytes[k + 1] == bang {
                // Skip comments and CDATA: a DOCTYPE written inside one is not a declaration.
                if let (opening, close) = [("<!--", UInt8(0x2D)), ("<![CDATA[", UInt8(0x5D))]
                    .first(where: { matches($0.0, at: k) })
                {
                    // To the closing `-->` or `]]>`, counting lines on the way.
                    var j = k + opening.utf8.count
                    while j + 2 < n, !(bytes[j] == close && bytes[j + 1] == close && bytes[j + 2] == 0x3E) {
                        if bytes[j] == 0x0A {
                            line += 1
                            lineStart = j + 1
                        }
                        j += 1
                    }
                    k = j + 3
                    continue
                }
                if matches("<!DOCTYPE", at: k) || matches("<!ENTITY", at: k) {
                    return XMLProblem(
                        message:
                            "the document has a document type declaration (<!DOCTYPE …>); DTDs and entity declarations are refused, so that no external file is read and no entity expands",
                        line: line, column: k - lineStart + 1,
                        hint:
                            "export the file again from the modelling tool without a DOCTYPE (exchange files and workbooks never need one)"
                    )
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether the XML declaration names an encoding other than UTF-8 (ISO-8859-1, …), which
    /// the parser then decodes; the UTF-8 check is left out for it.
    private static func declaresOtherEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"),
            let end = head.range(of: "?>"), let found = head.range(of: "encoding", range: head.startIndex..<end.lowerBound)
        else { return false }
        let rest = head[found.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return false }
        let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
        return name != "utf-8" && name != "utf8"
    }

    /// The first byte that is not part of valid UTF-8, with its line, column and offset.
    private static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLProblem? {
        var k = 0, line = 1, lineStart = 0
        let n = bytes.count
        while k < n {
            let b = bytes[k]
            if b < 0x80 {
                if b == 0x0A {
                    line += 1
                    lineStart = k + 1
                }
                k += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: length = 0
            }
            var valid = length > 0 && k + length <= n
            if valid {
                for j in 1..<length {
                    let c = bytes[k + j]
                    let (lo, hi) = j == 1 ? (low, high) : (0x80, 0xBF)
                    if c < lo || c > hi {
                        valid = false
                        break
                    }
                }
            }
            guard valid else {
                let column =
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<k]), as: UTF8.self).count + 1
                return XMLProblem(
                    message: "invalid UTF-8: byte 0x\(String(b, radix: 16, uppercase: true)) at offset \(k)",
                    line: line, column: column,
                    hint: "save the file as UTF-8, or name its encoding in the XML declaration")
            }
            k += length
        }
        return nil
    }

    // MARK: - The parser's events

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private func stop(_ parser: XMLParser, _ message: String, hint: String? = nil) {
        guard problem == nil else { return }
        problem = XMLProblem(
            message: message, line: max(parser.lineNumber, 1),
            column: parser.columnNumber > 0 ? parser.columnNumber : nil, hint: hint)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard problem == nil else { return }
        depth += 1
        if depth > Self.maxDepth {
            stop(parser, "elements are nested more than \(Self.maxDepth) levels deep")
            return
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[key] = value }
        start(Self.local(elementName), attributes)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard problem == nil else { return }
        depth -= 1
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard problem == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard problem == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    // Declarations never get here (the screen refuses them first); should the parser report
    // one all the same, it stops.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        stop(parser, "the document declares the entity '\(name)'; entity declarations are refused")
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        stop(parser, "the document declares the external entity '\(name)'; entity declarations are refused")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        stop(parser, "the document refers to the external entity '\(name)'; external entities are never read")
        return nil
    }
}
