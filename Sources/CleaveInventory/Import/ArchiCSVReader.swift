import CleaveCore
import Foundation

/// Reads the three CSV files Archi exports (`elements.csv`, `relations.csv`,
/// `properties.csv`, with or without a file prefix) into an ArchiMate model.
public enum ArchiCSVReader {
    public static func read(folder: String) throws(UserError) -> ArchiMateModel {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        func find(_ suffix: String) throws(UserError) -> String {
            guard let name = files.sorted().first(where: { $0.lowercased().hasSuffix(suffix) }) else {
                throw UserError(
                    "no \(suffix) in this folder", place: folder,
                    hint: "export the model from Archi with File › Export › Model To CSV")
            }
            return folder + "/" + name
        }
        let elementsPath = try find("elements.csv")
        let elements = try CSVReader.read(
            path: elementsPath, source: URL(fileURLWithPath: elementsPath).lastPathComponent)
        let relationsPath = try? find("relations.csv")
        let propertiesPath = try? find("properties.csv")
        let relations = try relationsPath.map { path throws(UserError) in
            try CSVReader.read(path: path, source: URL(fileURLWithPath: path).lastPathComponent)
        }
        let properties = try propertiesPath.map { path throws(UserError) in
            try CSVReader.read(path: path, source: URL(fileURLWithPath: path).lastPathComponent)
        }

        func column(_ table: ImportTable, _ name: String) throws(UserError) -> Int {
            guard
                let index = table.header.firstIndex(where: {
                    $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased()
                })
            else {
                throw UserError(
                    "no '\(name)' column (the header is \(table.header.joined(separator: ",")))", place: table.source)
            }
            return index
        }
        // What `cleave export archi-csv` guarded against spreadsheet formulas (`'=…`) reads back as written.
        func cell(_ row: ImportTable.Row, _ index: Int) -> String {
            index < row.cells.count ? CSVText.restored(row.cells[index].text) : ""
        }

        var model = ArchiMateModel(name: "", elements: [], relationships: [], isVersion2: false)
        var modelID: String?
        let (eID, eType, eName, eDoc) = (
            try column(elements, "ID"), try column(elements, "Type"), try column(elements, "Name"),
            try column(elements, "Documentation")
        )
        for row in elements.rows {
            let type = cell(row, eType)
            if type == "ArchimateModel" {
                model.name = cell(row, eName)
                modelID = cell(row, eID)
                continue
            }
            let documentation = cell(row, eDoc)
            model.elements.append(
                .init(
                    identifier: cell(row, eID), type: type, name: cell(row, eName),
                    documentation: documentation.isEmpty ? nil : documentation, properties: []))
        }
        if let relations {
            let (rID, rType, rSource, rTarget) = (
                try column(relations, "ID"), try column(relations, "Type"), try column(relations, "Source"),
                try column(relations, "Target")
            )
            for row in relations.rows {
                model.relationships.append(
                    .init(
                        identifier: cell(row, rID), type: cell(row, rType),
                        source: cell(row, rSource), target: cell(row, rTarget), accessType: nil))
            }
        }
        if let properties {
            let (pID, pKey, pValue) = (
                try column(properties, "ID"), try column(properties, "Key"), try column(properties, "Value")
            )
            let index = Dictionary(
                model.elements.enumerated().map { ($0.element.identifier, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let relationIndex = Dictionary(
                model.relationships.enumerated().map { ($0.element.identifier, $0.offset) },
                uniquingKeysWith: { a, _ in a })
            for row in properties.rows {
                if let n = index[cell(row, pID)] {
                    model.elements[n].properties.append((cell(row, pKey), cell(row, pValue)))
                } else if cell(row, pID) == modelID {
                    model.properties.append((cell(row, pKey), cell(row, pValue)))
                } else if let n = relationIndex[cell(row, pID)] {
                    model.relationships[n].properties.append((cell(row, pKey), cell(row, pValue)))
                }
            }
        }
        return model
    }
}
