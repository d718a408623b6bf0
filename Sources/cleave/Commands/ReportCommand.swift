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
        let (estate, findings) = try loadWithWarnings()
        let graph = EstateGraph(estate)
        let entanglement = Entanglement(graph)
        let evaluations = graph.estate.options.indices
            .sorted { (graph.estate.options[$0].id, $0) < (graph.estate.options[$1].id, $1) }
            .map { OptionEvaluation(option: graph.estate.options[$0], entanglement: entanglement) }
        let yardsticks = YardstickPlan.forParties(graph.parties, in: graph)
        let maps = format == .html ? drawMaps(estate, evaluations: evaluations) : [:]
        let input = ReportInput(
            graph: graph, entanglement: entanglement, evaluations: evaluations,
            yardsticks: yardsticks, findings: findings, maps: maps, listLimit: listLimit)
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

    /// The inventory and its warnings; errors stop the command as every analysis does.
    private func loadWithWarnings() throws -> (Estate, [Finding]) {
        let loaded = try inventory.load()
        let findings = Validator.validate(loaded)
        let errors = findings.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let text = TextFindingsReporter(colour: Console.colourOnStandardError).report(errors, rules: [])
            throw UserError(
                "the inventory has errors; fix them first", hint: "see `cleave validate \(inventory.path)`",
                preamble: text)
        }
        return (loaded.estate, findings.filter { $0.severity == .warning })
    }

    /// The areas map and one map per option, laid out in child processes as `render` does.
    /// A map too big for the page, or one that fails, is left out with the reason.
    private func drawMaps(_ estate: Estate, evaluations: [OptionEvaluation]) -> [String: Result<
        ReportMap, MapUnavailable
    >] {
        let context = ViewContext(facts: MapFacts(estate: estate), maxNodes: maxNodes)
        var views: [any MapView] = [AreasView()]
        views += evaluations.map { OptionView(option: $0.option.id) }
        var result: [String: Result<ReportMap, MapUnavailable>] = [:]
        var drawn: [DrawnMap] = []
        for view in views {
            // An option map draws every item: decide before drawing 100,000 nodes.
            if view is OptionView, estate.items.count > maxNodes {
                result[view.name] = .failure(
                    MapUnavailable(
                        "the estate has \(estate.items.count) items, more than the map limit of \(maxNodes) (--max-nodes); "
                            + "the table by service area above and the item explorer show what the option does"))
                continue
            }
            do {
                drawn.append(try DrawnMap(view: view, context: context, layout: nil))
            } catch {
                result[view.name] = .failure(MapUnavailable(error.message))
            }
        }
        let renderer = RenderWorkerCommand.renderer(limits: RenderLimits(seconds: timeout))
        let jobs = drawn.map { RenderPool.Job(view: $0.name, dot: $0.dot, layout: $0.layout) }
        let images = RenderPool(renderer: renderer, workers: self.jobs).render(jobs, format: .svg)
        for (map, image) in zip(drawn, images) {
            switch image {
            case .success(let bytes):
                let nodes = map.diagram.nodes.map { node in
                    ReportMap.Node(
                        id: node.label.id,
                        hover: ([node.label.name + (node.label.id.map { " (\($0))" } ?? "")]
                            + node.label.details).joined(separator: "\n"))
                }
                result[map.name] = .success(
                    ReportMap(
                        title: map.diagram.title, svg: String(decoding: bytes, as: UTF8.self),
                        nodes: nodes, notes: map.diagram.notes))
            case .failure(let error):
                Console.error("note: the map \(map.name) is left out of the report: \(error)")
                result[map.name] = .failure(MapUnavailable("it could not be laid out (\(error))"))
            }
        }
        for e in evaluations { result[RoadmapView(option: e.option.id).name] = roadmapChart(e, context: context) }
        return result
    }

    /// The Gantt chart of the option's roadmap for its page, drawn in Swift (no Graphviz);
    /// nil where the option does nothing, or cannot be scheduled (the page says why).
    private func roadmapChart(_ e: OptionEvaluation, context: ViewContext) -> Result<ReportMap, MapUnavailable>? {
        let work = e.figures.duplicated + e.figures.transferred
        // A roadmap fails only for want of a start (`Roadmap.Failure.noStart`).
        guard work > 0, (e.option.startDate ?? e.graph.estate.asOf) != nil else { return nil }
        guard work <= maxNodes else {
            return .failure(
                MapUnavailable(
                    "the roadmap has \(work) work items, more than the chart limit of \(maxNodes) (--max-nodes); "
                        + "the table by wave shows it"))
        }
        do {
            let drawn = try DrawnChart(view: RoadmapView(option: e.option.id), context: context)
            guard let svg = try drawn.text(.svg) else { return nil }
            return .success(ReportMap(title: drawn.chart.title, svg: svg, nodes: []))
        } catch {
            return .failure(MapUnavailable(error.message))
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? "\((bytes + 999) / 1000) kB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
