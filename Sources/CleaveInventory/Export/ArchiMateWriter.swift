import CleaveCore

/// Writes an ArchiMate model as The Open Group exchange format (ArchiMate 3.1 schema), and
/// as Archi's three CSV files.
public enum ArchiMateWriter {
    public static func exchangeXML(_ model: ArchiMateModel) -> String {
        var names: [String] = []
        for properties in [model.properties] + model.elements.map(\.properties) + model.relationships.map(\.properties)
        {
            for property in properties where !names.contains(property.name) { names.append(property.name) }
        }
        let definition = Dictionary(
            names.enumerated().map { ($0.element, "propid-\($0.offset + 1)") }, uniquingKeysWith: { a, _ in a })
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd" identifier="id-model">
              <name xml:lang="en">\(escape(model.name))</name>

            """
        if !model.properties.isEmpty {
            x += "  <properties>\n"
            for property in model.properties {
                x +=
                    "    <property propertyDefinitionRef=\"\(definition[property.name]!)\"><value xml:lang=\"en\">\(escape(property.value))</value></property>\n"
            }
            x += "  </properties>\n"
        }
        x += "  <elements>\n"
        for element in model.elements {
            x += "    <element identifier=\"\(escape(element.identifier))\" xsi:type=\"\(element.type)\">\n"
            x += "      <name xml:lang=\"en\">\(escape(element.name))</name>\n"
            if let documentation = element.documentation {
                x += "      <documentation xml:lang=\"en\">\(escape(documentation))</documentation>\n"
            }
            if !element.properties.isEmpty {
                x += "      <properties>\n"
                for property in element.properties {
                    x +=
                        "        <property propertyDefinitionRef=\"\(definition[property.name]!)\"><value xml:lang=\"en\">\(escape(property.value))</value></property>\n"
                }
                x += "      </properties>\n"
            }
            x += "    </element>\n"
        }
        x += "  </elements>\n"
        if !model.relationships.isEmpty {
            x += "  <relationships>\n"
            for r in model.relationships {
                let opening =
                    "    <relationship identifier=\"\(escape(r.identifier))\" source=\"\(escape(r.source))\" target=\"\(escape(r.target))\" xsi:type=\"\(r.type)\""
                guard !r.properties.isEmpty else {
                    x += opening + " />\n"
                    continue
                }
                x += opening + ">\n      <properties>\n"
                for property in r.properties {
                    x +=
                        "        <property propertyDefinitionRef=\"\(definition[property.name]!)\"><value xml:lang=\"en\">\(escape(property.value))</value></property>\n"
                }
                x += "      </properties>\n    </relationship>\n"
            }
            x += "  </relationships>\n"
        }
        if !names.isEmpty {
            x += "  <propertyDefinitions>\n"
            for name in names {
                x +=
                    "    <propertyDefinition identifier=\"\(definition[name]!)\" type=\"string\">\n      <name xml:lang=\"en\">\(escape(name))</name>\n    </propertyDefinition>\n"
            }
            x += "  </propertyDefinitions>\n"
        }
        return x + "</model>\n"
    }

    /// `elements.csv`, `relations.csv` and `properties.csv` with Archi's headers; the model is
    /// the first row of elements.csv, as Archi writes it.
    public static func archiCSV(_ model: ArchiMateModel) -> [(name: String, text: String)] {
        var elements = [
            ["ID", "Type", "Name", "Documentation", "Specialization"],
            ["id-model", "ArchimateModel", model.name, "", ""],
        ]
        var properties = [["ID", "Key", "Value"]] + model.properties.map { ["id-model", $0.name, $0.value] }
        for element in model.elements {
            elements.append([element.identifier, element.type, element.name, element.documentation ?? "", ""])
            for property in element.properties {
                properties.append([element.identifier, property.name, property.value])
            }
        }
        var relations = [["ID", "Type", "Name", "Documentation", "Source", "Target", "Specialization"]]
        for r in model.relationships {
            relations.append([r.identifier, r.type + "Relationship", "", "", r.source, r.target, ""])
            for property in r.properties { properties.append([r.identifier, property.name, property.value]) }
        }
        func csv(_ rows: [[String]]) -> String {
            rows.map { $0.map { CSVText.field($0, alwaysQuote: true) }.joined(separator: ",") }
                .joined(separator: "\r\n") + "\r\n"
        }
        return [
            ("elements.csv", csv(elements)), ("relations.csv", csv(relations)), ("properties.csv", csv(properties)),
        ]
    }

    /// XML text and attribute escaping (see `Markup.xml`).
    static func escape(_ text: String) -> String { Markup.xml(text) }
}
