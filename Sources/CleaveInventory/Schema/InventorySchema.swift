/// A JSON Schema (draft 2020-12) of one inventory file, built from `SchemaTable` (SPEC 1.2
/// §2): every key with its description, enums, bounds, required keys and no unknown keys.
/// Editors that know JSON Schema (the YAML language server, for one) use it to complete,
/// check and explain inventory files as they are typed.
///
/// The schema checks what one file can show on its own; what needs the whole inventory
/// (references, duplicate ids, shares summing to 100, dates in order) is `cleave validate`'s.
public enum InventorySchema {
    /// The schema, rendered: the same bytes every time.
    public static var text: String { json.rendered() }

    /// The schema as a JSON value.
    public static var json: SchemaJSON {
        var properties: [SchemaJSON.Pair] = []
        for section in SchemaTable.sections {
            let ref: SchemaJSON = .object([.init("$ref", .string("#/$defs/\(section.definition)"))])
            let value: SchemaJSON =
                section.name == "estate"
                ? ref
                : .object([.init("type", "array"), .init("items", ref)])
            properties.append(.init(section.name, annotated(value, description: section.description)))
        }
        var defs: [SchemaJSON.Pair] = [
            .init(
                "id",
                .object([
                    .init("type", "string"),
                    .init("pattern", .string(idPattern)),
                    .init("description", "An id: a letter or digit, then letters, digits, '.', '_' or '-'."),
                ])),
            .init(
                "date",
                .object([
                    .init("type", "string"),
                    .init("format", "date"),
                    .init("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                    .init("description", "A calendar date, YYYY-MM-DD."),
                ])),
        ]
        for definition in SchemaTable.definitions {
            defs.append(.init(definition.name, mapping(definition.keys, description: definition.description)))
        }
        return .object([
            .init("$schema", "https://json-schema.org/draft/2020-12/schema"),
            .init("title", "Cleave inventory file"),
            .init(
                "description",
                "One file of a Cleave inventory (specification v1.2, §2): a mapping whose keys are sections. Every section but `estate` is a list; `estate` appears at most once in the whole inventory."
            ),
            .init("type", "object"),
            .init("properties", .object(properties)),
            .init("additionalProperties", false),
            .init("$defs", .object(defs)),
        ])
    }

    /// SPEC §2's id pattern, anchored.
    public static let idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$"

    static func mapping(_ keys: [SchemaKey], description: String) -> SchemaJSON {
        var pairs: [SchemaJSON.Pair] = [.init("type", "object"), .init("description", .string(description))]
        pairs.append(
            .init(
                "properties",
                .object(
                    keys.map { key in
                        var value = schema(key.value)
                        if let range = key.range, case .object(let p) = value {
                            value = .object(
                                p.filter { $0.key != "minimum" }
                                    + [.init("minimum", .int(range.lowerBound)), .init("maximum", .int(range.upperBound))])
                        }
                        if let d = key.defaultValue, case .object(var p) = value {
                            p.append(.init("default", d))
                            value = .object(p)
                        }
                        return .init(key.name, annotated(value, description: key.description))
                    })))
        let required = keys.filter(\.required).map { SchemaJSON.string($0.name) }
        if !required.isEmpty { pairs.append(.init("required", .array(required))) }
        pairs.append(.init("additionalProperties", false))
        return .object(pairs)
    }

    /// `value` with a description put first, where editors show it on hover.
    static func annotated(_ value: SchemaJSON, description: String) -> SchemaJSON {
        guard case .object(let pairs) = value else { return value }
        return .object([.init("description", .string(description))] + pairs.filter { $0.key != "description" })
    }

    static func schema(_ value: SchemaValue) -> SchemaJSON {
        switch value {
        case .text: return .object([.init("type", "string")])
        case .id: return .object([.init("$ref", "#/$defs/id")])
        case .reference(let what):
            return .object([
                .init("$ref", "#/$defs/id"), .init("description", .string("The id of \(article(what)) \(what).")),
            ])
        case .date: return .object([.init("$ref", "#/$defs/date")])
        case .amount: return .object([.init("type", "number"), .init("minimum", 0)])
        case .count: return .object([.init("type", "integer"), .init("minimum", 0)])
        case .share: return .object([.init("type", "number"), .init("minimum", 0), .init("maximum", 100)])
        case .flag: return .object([.init("type", "boolean")])
        case .choice(let names): return .object([.init("enum", .array(names.map { .string($0) }))])
        case .currency: return .object([.init("type", "string"), .init("pattern", "^[A-Z]{3}$")])
        case .list(let element): return .object([.init("type", "array"), .init("items", schema(element))])
        case .either(let shapes): return .object([.init("oneOf", .array(shapes.map(schema)))])
        case .defined(let name): return .object([.init("$ref", .string("#/$defs/\(name)"))])
        case .byID(let element):
            return .object([
                .init("type", "object"),
                .init("propertyNames", .object([.init("pattern", .string(idPattern))])),
                .init("additionalProperties", schema(element)),
            ])
        case .keys(let names, let element):
            return .object([
                .init("type", "object"),
                .init("properties", .object(names.map { .init($0, schema(element)) })),
                .init("additionalProperties", false),
            ])
        }
    }

    private static func article(_ word: String) -> String {
        ["a", "e", "i", "o", "u"].contains(word.prefix(1)) ? "an" : "a"
    }
}
