/// Every importer, in the order `cleave import --help` lists them. The executable makes one
/// `cleave import <name>` command of each (the spreadsheets, which take options of their
/// own, have commands written for them).
public enum ImportRegistry {
    public static var importers: [any EstateImporter.Type] {
        [
            CSVImporter.self,
            XLSXImporter.self,
            ArchiMateImporter.self,
            ArchiCSVImporter.self,
            BackstageImporter.self,
            StructurizrImporter.self,
        ]
    }

    /// The importer called `name`, if any.
    public static func importer(named name: String) -> (any EstateImporter.Type)? {
        importers.first { $0.name == name }
    }
}
