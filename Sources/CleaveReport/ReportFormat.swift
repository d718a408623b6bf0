/// The output formats of the analysis reports.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned columns that fit the terminal.
    case table
    /// GitHub-flavoured Markdown, for issues, wikis and papers.
    case markdown
    /// RFC 4180 CSV of the main table, for spreadsheets.
    case csv
    /// One JSON object as SPEC §5 describes (`schemaVersion: 1`), byte-identical for the same input.
    case json
}
