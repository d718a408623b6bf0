import CleaveCore

/// `cleave import archimate`: The Open Group exchange format, mapped by `ArchiMateImporter`.
extension ArchiMateImporter: EstateImporter {
    public static let name = "archimate"
    public static let summary = "Import an ArchiMate model from The Open Group exchange format (XML)."
    public static let discussion = """
        Reads ArchiMate 3.x exchange files (and the 2.1 namespace and type names).
        Application components, nodes, devices, system software, networks, technology
        services, data objects, artifacts and contracts become items; Serving,
        Realization, Assignment, Flow, Access and Triggering become dependsOn, as "what
        an item needs to work" ("A serves B": B depends on A). Properties named like
        inventory keys (Annual Cost, Criticality, Supplier, …) fill those keys. Business
        actors related to an item become its users; groupings and locations become
        areas. What is skipped is counted by type. The README has the full mapping.

        Examples:
          cleave import archimate model.xml --output Inventory
          cleave import archimate model.xml -o Inventory --force
        """
    public static let input = ImportInput(valueName: "file", help: "The exchange file.")

    public static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        let path = paths.first ?? ""
        return ArchiMateImporter(model: try ArchiMateModel.read(path: path), source: path).imported()
    }

    /// The estate, with what was skipped counted in the notes.
    func imported() -> (estate: Estate, notes: ImportNotes) {
        let (estate, notesRead, counts) = run()
        var notes = notesRead
        notes.skipped = counts.skipped
        return (estate, notes)
    }
}

/// `cleave import archi-csv`: the three CSV files Archi exports (`ArchiCSVReader`), mapped as
/// `cleave import archimate` maps an exchange file.
public enum ArchiCSVImporter: EstateImporter {
    public static let name = "archi-csv"
    public static let summary = "Import a model from the CSV files Archi exports (elements, relations, properties)."
    public static let discussion = """
        Reads elements.csv, relations.csv and properties.csv (with any file prefix) from
        the folder, then maps the model as `cleave import archimate` does.

        Examples:
          cleave import archi-csv exported --output Inventory
        """
    public static let input = ImportInput(valueName: "dir", help: "The folder of Archi's CSV files.")

    public static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        let model = try ArchiCSVReader.read(folder: paths.first ?? "")
        return ArchiMateImporter(model: model, source: "elements.csv").imported()
    }
}
