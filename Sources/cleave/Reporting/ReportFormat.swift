import ArgumentParser

/// The output formats of the analysis commands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns that fit the terminal.
    case table
    /// GitHub-flavoured Markdown, for issues, wikis and papers.
    case markdown
    /// RFC 4180 CSV of the main table, for spreadsheets.
    case csv
    /// One JSON object as SPEC §5 describes (`schemaVersion: 1`), byte-identical for the same input.
    case json
}

/// The `--format` option every analysis command shares.
struct FormatOptions: ParsableArguments {
    @Option(name: .shortAndLong,
            help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .table
}
