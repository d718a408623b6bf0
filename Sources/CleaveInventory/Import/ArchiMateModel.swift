import CleaveCore
import Foundation

/// The parts of an Open Group exchange file (ArchiMate 3.x, or 2.1) that an import uses:
/// elements with their names and properties, and relationships.
public struct ArchiMateModel: Sendable {
    public struct Element: Sendable {
        public var identifier: String
        /// The type without a namespace prefix: `ApplicationComponent`.
        public var type: String
        public var name: String
        public var documentation: String?
        /// Property name → value, in file order.
        public var properties: [(name: String, value: String)]
    }

    public struct Relationship: Sendable {
        public var identifier: String
        public var type: String
        public var source: String
        public var target: String
        public var accessType: String?
        /// Property name → value: Cleave's export puts a dependency's via, severCost and note here.
        public var properties: [(name: String, value: String)] = []
    }

    public var name: String
    /// The model's own properties: Cleave's export puts the estate's settings here.
    public var properties: [(name: String, value: String)] = []
    public var elements: [Element]
    public var relationships: [Relationship]
    /// True for the 2.1 namespace.
    public var isVersion2: Bool

    /// Reads an exchange file: a regular file of at most `XMLEvents.maxBytes`, judged from
    /// its size before it is read.
    /// - Throws: `UserError` when it is not XML or not an ArchiMate model.
    public static func read(path: String) throws(UserError) -> ArchiMateModel {
        switch FileBytes.contents(of: path, limit: XMLEvents.maxBytes) {
        case .bytes(let data): return try parse(data, place: path)
        case .unreadable(let reason):
            throw UserError("cannot read this file: \(reason)", place: path, hint: "check the path and its permissions")
        case .finding(let finding):
            let message =
                finding.message.hasPrefix("the file is ")
                ? "the file is too large: XML documents over \(XMLEvents.maxBytes >> 20) MiB are refused"
                : finding.message
            throw UserError(message, place: path, hint: "split the model, or export only what is to be imported")
        }
    }

    public static func parse(_ data: Data, place: String) throws(UserError) -> ArchiMateModel {
        var model = ArchiMateModel(name: "", elements: [], relationships: [], isVersion2: false)
        var definitions: [String: String] = [:]
        var stack: [String] = []
        var text = ""
        var element: Element?
        var relationship: Relationship?
        var property: (ref: String, value: String)?
        var definition: String?
        var sawModel = false, closedModel = false
        let events = XMLEvents()
        events.start = { name, attributes in
            stack.append(name)
            text = ""
            let type = attributes["xsi:type"].map(XMLEvents.local) ?? ""
            switch name {
            case "model" where stack.count == 1:
                sawModel = true
                model.isVersion2 = !(attributes["xmlns"] ?? "").contains("archimate/3")
            case "element" where stack.count == 3 && stack[1] == "elements":
                element = Element(identifier: attributes["identifier"] ?? "", type: type, name: "", properties: [])
            case "relationship" where stack.count == 3 && stack[1] == "relationships":
                relationship = Relationship(
                    identifier: attributes["identifier"] ?? "", type: type,
                    source: attributes["source"] ?? "", target: attributes["target"] ?? "",
                    accessType: attributes["accessType"])
            case "property":
                property = (
                    attributes["propertyDefinitionRef"] ?? attributes["identifierref"] ?? attributes["identifierRef"]
                        ?? "", ""
                )
            case "propertyDefinition", "propertydef", "propertyDef":
                definition = attributes["identifier"]
                if let id = definition, let name = attributes["name"] { definitions[id] = name }
            default: break
            }
        }
        events.text = { text += $0 }
        events.end = { name in
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
            switch name {
            case "name", "label":
                if parent == "element", element != nil, element!.name.isEmpty { element!.name = value }
                if parent == "model", model.name.isEmpty { model.name = value }
                if parent == "propertyDefinition" || parent == "propertydef", let id = definition {
                    definitions[id] = value
                }
            case "documentation" where parent == "element":
                element?.documentation = value
            case "value" where property != nil:
                property!.value = value
            case "property":
                if let p = property {
                    if element != nil {
                        element!.properties.append((p.ref, p.value))
                    } else if relationship != nil {
                        relationship!.properties.append((p.ref, p.value))
                    } else if stack.count == 3 {
                        model.properties.append((p.ref, p.value))
                    }
                }
                property = nil
            case "element":
                if let e = element, stack.count == 3 {
                    model.elements.append(e)
                    element = nil
                }
            case "relationship":
                if let r = relationship, stack.count == 3 {
                    model.relationships.append(r)
                    relationship = nil
                }
            case "propertyDefinition", "propertydef", "propertyDef":
                definition = nil
            case "model" where stack.count == 1:
                closedModel = true
            default: break
            }
            stack.removeLast()
            text = ""
        }
        if let problem = events.parse(data) {
            throw UserError(problem.message, place: "\(place):\(problem.position)", hint: problem.hint)
        }
        guard sawModel else {
            throw UserError(
                "this is not an ArchiMate exchange file (its root is not <model>)", place: place,
                hint: "export the model from your tool as 'Open Exchange File' (XML)")
        }
        guard closedModel else {
            throw UserError("the file ends before </model>: it is cut short", place: place)
        }
        // Properties name their definition by reference; give them the definition's name.
        for n in model.elements.indices {
            model.elements[n].properties = model.elements[n].properties.map {
                (definitions[$0.name] ?? $0.name, $0.value)
            }
        }
        model.properties = model.properties.map { (definitions[$0.name] ?? $0.name, $0.value) }
        for n in model.relationships.indices {
            model.relationships[n].properties = model.relationships[n].properties.map {
                (definitions[$0.name] ?? $0.name, $0.value)
            }
        }
        return model
    }
}
