import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Foundation's streaming XML parser behind three closures, with names stripped of their
/// namespace prefix (`archimate:model` → `model`), for the small readers of workbooks and
/// exchange files.
final class XMLEvents: NSObject, XMLParserDelegate {
    var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
    var end: (_ name: String) -> Void = { _ in }
    var text: (_ text: String) -> Void = { _ in }

    /// Parses `data`, calling the closures in document order.
    /// - Returns: the parser's error, worded with its line, or nil.
    func parse(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            return
                "not well-formed XML at line \(parser.lineNumber): \(parser.parserError?.localizedDescription ?? "unknown error")"
        }
        return nil
    }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[key] = value }
        start(Self.local(elementName), attributes)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text(String(decoding: CDATABlock, as: UTF8.self))
    }
}
