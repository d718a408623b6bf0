import ArgumentParser
import CleaveReport

extension ReportFormat: ExpressibleByArgument {}

/// The `--format` option every analysis command shares.
struct FormatOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .table
}

extension Report {
    /// Prints the report to standard output, tables fitted to the terminal.
    func print(_ format: ReportFormat) {
        Console.out(rendered(format, width: format == .table ? Console.width : nil))
    }
}
