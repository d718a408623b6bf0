import ArgumentParser
import CleaveCore
import CleaveInventory
import CleaveRender
import CleaveReport
import Foundation

/// The formats `cleave report` writes.
enum ReportDocumentFormat: String, CaseIterable, ExpressibleByArgument {
    case html, markdown
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the whole analysis as one page for a committee: HTML that works offline, or Markdown.",
        discussion: """
            The HTML report is one file with everything inline — style, script, data and
            maps — and loads nothing from the network. It has: the estate at a glance, with
            what each party pays today; what ties the parties together (the shared hubs by
            hold, the heaviest drags); the options side by side, each in a sentence; a page
            per option with its blockers and notice dates, costs by party and bloc, roadmap,
            staff, ties, conflicts, map and its own cheapest separation; each party's
            cheapest separation; an item explorer (search by id or name; click any item or
            map node); and the assumptions and data-quality warnings behind the figures.
            Tables sort by any column; it prints on A4 landscape with each option on its own
            page.

            The Markdown report has the summary, the option table, what each option does,
            the annual cost by party, when each option can be complete, the top blockers
            with notice dates and a glossary, for an issue, a wiki or a paper.

            The same inventory gives the same bytes. Cleave overwrites only reports it wrote
            itself; anything else needs --force. Maps of more than --max-nodes items are
            left out (each option then shows what it does area by area), so a very large
            estate still gives a report that opens quickly.

            Examples:
              cleave report Inventory --output Graphs/report.html
              cleave report --format markdown --output report.md
              cleave report --format markdown              # to standard output
            """)

    @OptionGroup var inventory: InventoryOptions

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "The file to write. Default: standard output (Markdown, or HTML piped elsewhere).", valueName: "file"))
    var output: String?

    @Option(name: .shortAndLong, help: "html or markdown. Default: markdown for a .md file, else html.")
    var format: ReportDocumentFormat?

    @Flag(help: "Overwrite the output file even if Cleave did not write it.")
    var force = false

    @Option(help: "Maps with more nodes than this are left out of the HTML report.")
    var maxNodes: Int = 600

    @Option(help: "How many rows a long table lists before counting the rest.")
    var listLimit: Int = 200

    @Option(help: ArgumentHelp("Seconds one map may take before it is left out.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(help: "How many maps to lay out at once. Default: the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be 1 or more.") }
        guard listLimit >= 1 else { throw ValidationError("--list-limit must be 1 or more.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
    }

    private var chosenFormat: ReportDocumentFormat {
        if let format { return format }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }
        return ext == "md" || ext == "markdown" ? .markdown : .html
    }

    func run() throws {
        let format = chosenFormat
        if let output { try ReportFile.checkWritable(output, force: force) }
        if output == nil, format == .html, isatty(STDOUT_FILENO) == 1 {
            throw UserError("not writing an HTML report to a terminal", hint: "use --output FILE.html")
        }
        let (graph, findings) = try inventory.loadGraphKeepingWarnings()
        let analysis = EstateAnalysis(graph)
        var maps: [String: Result<ReportMap, MapUnavailable>] = [:]
        if format == .html {
            let drawn = ReportMaps(
                analysis: analysis, maxNodes: maxNodes,
                renderer: RenderWorkerCommand.renderer(limits: RenderLimits(seconds: timeout)), workers: jobs)
            for note in drawn.notes { Console.error(note) }
            maps = drawn.figures
        }
        let input = ReportInput(analysis: analysis, findings: findings, maps: maps, listLimit: listLimit)
        let text = format == .html ? HTMLReport(input).html : MarkdownReport(input).markdown
        guard let output else {
            Console.out(text)
            return
        }
        try AtomicFile.write(text, to: output)
        Console.error(
            "Wrote \(output) (\(ReportCommand.size(text.utf8.count)))."
                + (format == .html ? " Open it in a browser." : ""))
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? "\((bytes + 999) / 1000) kB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
