import CleaveCore
import Testing

@testable import CleaveInventory

/// The schema's table and the loader agree: the same sections, every key the schema names
/// is read (not an unknown key), and the same keys are required.
struct InventorySchemaTests {
    @Test func sectionsAndItemKeysMatchTheLoader() {
        #expect(SchemaTable.sections.map(\.name) == InventoryLoader.sections)
        for kind in ItemKind.allCases {
            let definition = SchemaTable.definitions.first { $0.name == kind.rawValue }
            #expect(
                definition.map { Set($0.keys.map(\.name)) }
                    == Set(SectionReader.commonItemKeys + SectionReader.kindKeys[kind]!),
                "\(kind)")
        }
    }

    /// A value of the right shape for a key, in YAML flow style.
    static func sample(_ value: SchemaValue) -> String {
        switch value {
        case .text: "x"
        case .id: "zz"
        case .reference: "A"
        case .date: "2026-01-01"
        case .amount, .count, .share: "1"
        case .flag: "true"
        case .choice(let names): names[0]
        case .currency: "GBP"
        case .list(let element): "[\(sample(element))]"
        case .either(let shapes): sample(shapes[0])
        case .defined, .byID, .keys: "{}"
        }
    }

    /// One inventory text holding `keys` in the place where `definition` is read.
    static func inventory(_ definition: String, _ keys: [(String, String)]) -> String {
        let mapping = "{" + keys.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        let header = "parties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\n"
        let estate = "estate: {name: E}\n"
        switch definition {
        case "estate": return "estate: \(mapping)\n" + header
        case "defaults": return "estate: {name: E, defaults: \(mapping)}\n" + header
        case "appraisal": return "estate: {name: E, appraisal: \(mapping)}\n" + header
        case "transition": return estate + header + "options: [{id: o, name: O, transition: \(mapping)}]\n"
        case "party": return estate + "parties: [\(mapping)]\n"
        case "area": return estate + "parties: [{id: A, name: A}]\nareas: [\(mapping)]\n"
        case "split": return estate + header + "systems: [{id: s, name: S, area: ar, split: \(mapping)}]\n"
        case "dependency": return estate + header + "systems: [{id: s, name: S, area: ar, dependsOn: [\(mapping)]}]\n"
        case "option": return estate + header + "options: [\(mapping)]\n"
        default:
            let section = SchemaTable.sections.first { $0.definition == definition }!.name
            return estate + header + "\(section): [\(mapping)]\n"
        }
    }

    static let definitions = SchemaTable.definitions.map(\.name)

    @Test(arguments: definitions)
    func everyKeyIsReadAndTheSameKeysAreRequired(_ name: String) {
        let definition = SchemaTable.definitions.first { $0.name == name }!
        let required = definition.keys.filter(\.required).map { ($0.name, Self.sample($0.value)) }
        for key in definition.keys {
            var keys = required
            if !key.required { keys.append((key.name, Self.sample(key.value))) }
            let findings = InventoryLoader.load(text: Self.inventory(name, keys)).findings.map(\.message)
            #expect(!findings.contains { $0.contains("unknown key") }, "\(name).\(key.name): \(findings)")
        }
        let bogus = InventoryLoader.load(text: Self.inventory(name, required + [("bogus", "1")])).findings.map(
            \.message)
        #expect(bogus.contains { $0.contains("unknown key 'bogus'") }, "\(name): \(bogus)")
        for key in definition.keys where key.required {
            let without = required.filter { $0.0 != key.name }
            let findings = InventoryLoader.load(text: Self.inventory(name, without)).findings.map(\.message)
            #expect(
                findings.contains { $0.contains("missing required key '\(key.name)'") },
                "\(name).\(key.name): \(findings)")
        }
    }

    @Test func printsTheSameBytesEveryTime() {
        #expect(InventorySchema.text == InventorySchema.text)
        #expect(InventorySchema.text.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"))
        #expect(InventorySchema.text.hasSuffix("}\n"))
    }
}
