import CleaveCore
import Foundation

/// `cleave import csv`: a CSV file of items, one row per item, with optional CSV files of
/// parties and areas (`TableImporter` maps the rows).
public enum CSVImporter: EstateImporter {
    public static let name = "csv"
    public static let summary = "Import items from a CSV file, one row per item."
    public static let discussion = """
        Columns are matched by header ignoring case, spaces, _ and - and a trailing unit
        in parentheses ("Annual Cost (£)" is annualCost); common synonyms work too
        (Ref for ID, Type for Kind, Used By for Users, …: see the README). References
        may give an id or an item's or party's name. Parties and areas come from their
        own files, else are created from the values seen, and the command says so.

        A cell that cannot be read is reported with its place and left out:
          sheet.csv:14: Annual Cost (£): 'n/a' is not a number

        Examples:
          cleave import csv --template > items.csv       # a blank sheet with every header
          cleave import csv items.csv --output Inventory
          cleave import csv items.csv --parties parties.csv -o Inventory
          cleave import csv items.csv --areas areas.csv -o Inventory
        """
    public static let input = ImportInput(valueName: "file", help: "The CSV file of items.")

    public static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        try read(items: paths.first ?? "")
    }

    /// Reads the items file and, where given, the parties and areas files.
    public static func read(
        items: String, parties: String? = nil, areas: String? = nil
    ) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        let importer = TableImporter(
            estateName: URL(fileURLWithPath: items).deletingPathExtension().lastPathComponent,
            itemTables: [try CSVReader.read(path: items)],
            partyTable: try parties.map { path throws(UserError) in try CSVReader.read(path: path) },
            areaTable: try areas.map { path throws(UserError) in try CSVReader.read(path: path) })
        return importer.run()
    }

    /// The line `cleave import csv --template` writes: every canonical header.
    public static var template: String {
        ColumnCatalog.templateFields.map(ColumnCatalog.canonicalHeader).joined(separator: ",") + "\r\n"
    }
}

/// `cleave import xlsx`: an Excel workbook, its sheets of items read as `CSVImporter` reads a
/// file, with sheets named Parties and Areas for those.
public enum XLSXImporter: EstateImporter {
    public static let name = "xlsx"
    public static let summary = "Import items from an Excel workbook (.xlsx), one row per item."
    public static let discussion = """
        Columns are matched as for `cleave import csv`. A sheet named Parties or Areas
        gives the parties or areas; every other sheet (or only those named with --sheet)
        gives items. A sheet named after a kind (Systems, Contracts, …) gives items of
        that kind where there is no Kind column. Dates may be real spreadsheet dates.

        A cell that cannot be read is reported with its sheet and row:
          estate.xlsx:Systems:14: Annual Cost (£): 'n/a' is not a number

        Examples:
          cleave import xlsx estate.xlsx --output Inventory
          cleave import xlsx estate.xlsx --sheet Systems --sheet Contracts -o Inventory
        """
    public static let input = ImportInput(valueName: "file", help: "The workbook.")

    public static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        try read(path: paths.first ?? "")
    }

    /// Reads the workbook: the sheets of items named in `sheets` (matched as written, else
    /// ignoring case), or every sheet but Parties and Areas.
    /// - Throws: `UserError` for a sheet the workbook does not have, or no sheet of items.
    public static func read(path: String, sheets: [String] = []) throws(UserError) -> (
        estate: Estate, notes: ImportNotes
    ) {
        let tables = try XLSXReader.read(path: path)
        func named(_ name: String) -> ImportTable? {
            tables.first { $0.sheet?.lowercased() == name.lowercased() && !$0.header.isEmpty }
        }
        var items: [ImportTable] = []
        if sheets.isEmpty {
            items = tables.filter {
                !["parties", "areas"].contains($0.sheet?.lowercased() ?? "") && !$0.header.isEmpty
            }
        } else {
            for sheet in sheets {
                guard let table = tables.first(where: { $0.sheet == sheet }) ?? named(sheet) else {
                    throw UserError(
                        "the workbook has no sheet '\(sheet)'", place: path,
                        notes: ["its sheets: " + tables.compactMap(\.sheet).joined(separator: ", ")])
                }
                items.append(table)
            }
        }
        guard !items.isEmpty else {
            throw UserError(
                "the workbook has no sheet of items", place: path, hint: "put one row per item under a header row")
        }
        let importer = TableImporter(
            estateName: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            itemTables: items, partyTable: named("parties"), areaTable: named("areas"))
        return importer.run()
    }
}
