import CleaveCore

/// The estate graph (SPEC §4.1) as GraphML, for yEd, Gephi or NetworkX: a node per item and
/// an edge per dependency and per contract that covers an item, with their fields as
/// attributes. Defaults are filled in, as an analysis sees them.
public enum GraphMLWriter {
    private static let nodeKeys: [(id: String, type: String)] = [
        ("name", "string"), ("kind", "string"), ("area", "string"), ("lead", "string"), ("users", "string"),
        ("criticality", "string"), ("annualCost", "double"), ("splitStrategy", "string"), ("supplier", "string"),
        ("end", "string"), ("infrastructureType", "string"),
    ]
    private static let edgeKeys: [(id: String, type: String)] = [("via", "string"), ("severCost", "double")]

    public static func graphML(_ estate: Estate) -> String {
        let leads = Dictionary(estate.areas.map { ($0.id, $0.lead.id) }, uniquingKeysWith: { a, _ in a })
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in nodeKeys {
            x += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in edgeKeys {
            x += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        x += "  <graph id=\"\(ArchiMateWriter.escape(estate.name))\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String?) -> String {
            value.map { "      <data key=\"\(key)\">\(ArchiMateWriter.escape($0))</data>\n" } ?? ""
        }
        for item in estate.items.sorted(by: { $0.id < $1.id }) {
            x += "    <node id=\"\(ArchiMateWriter.escape(item.id))\">\n"
            x += data("name", item.name) + data("kind", item.kind.rawValue) + data("area", item.area.id)
            x += data("lead", item.lead?.id ?? leads[item.area.id])
            x += data("users", (item.users.map(\.party.id) + item.parties.map(\.id)).joined(separator: " "))
            x +=
                data("criticality", item.criticality.rawValue)
                + data("annualCost", item.annualCost.map(YAMLText.number))
            x += data("splitStrategy", item.split.strategy.rawValue) + data("supplier", item.supplier)
            x += data("end", item.end?.description) + data("infrastructureType", item.type?.rawValue)
            x += "    </node>\n"
        }
        var n = 0
        for item in estate.items.sorted(by: { $0.id < $1.id }) {
            for dependency in item.dependsOn {
                n += 1
                x +=
                    "    <edge id=\"e\(n)\" source=\"\(ArchiMateWriter.escape(item.id))\" target=\"\(ArchiMateWriter.escape(dependency.target.id))\">\n"
                x += data("via", dependency.via.rawValue)
                x += data("severCost", (dependency.severCost ?? estate.defaultSeverCost).map(YAMLText.number))
                x += "    </edge>\n"
            }
            for contract in item.contracts {
                n += 1
                x +=
                    "    <edge id=\"e\(n)\" source=\"\(ArchiMateWriter.escape(item.id))\" target=\"\(ArchiMateWriter.escape(contract.id))\">\n"
                x += data("via", Via.licence.rawValue) + "    </edge>\n"
            }
        }
        return x + "  </graph>\n</graphml>\n"
    }
}
