import Foundation

/// A sheet of rows read from a CSV file or a workbook: a header and the rows under it, each
/// with the place it came from, for messages.
public struct ImportTable: Sendable {
    /// One cell: text, or a number where the workbook stored one (dates are numbers there).
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)

        var text: String {
            switch self {
            case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines)
            case .number(let number): YAMLText.number(number)
            }
        }
    }

    public struct Row: Sendable {
        /// `sheet.csv:14` or `book.xlsx:Systems:14`.
        public var place: String
        public var cells: [Cell]
        public init(place: String, cells: [Cell]) {
            self.place = place
            self.cells = cells
        }
    }

    /// The file (and sheet) name, for messages.
    public var source: String
    /// The sheet's name in a workbook; nil for a CSV file.
    public var sheet: String?
    public var header: [String]
    public var rows: [Row]

    public init(source: String, sheet: String? = nil, header: [String], rows: [Row]) {
        self.source = source
        self.sheet = sheet
        self.header = header
        self.rows = rows
    }
}

/// What an import says besides the estate: cells it could not read (with their place) and
/// what it decided on the user's behalf.
public struct ImportNotes: Sendable {
    /// `sheet.csv:14: Annual Cost (£): 'n/a' is not a number`.
    public var problems: [String] = []
    /// `created 2 parties from the values seen: NNC, WNC`.
    public var notes: [String] = []
    /// What was left out, counted by the source's own type names (`Flow relationship`),
    /// for importers that count it; nil for those that do not (spreadsheets).
    public var skipped: [String: Int]?
    public init() {}
}
