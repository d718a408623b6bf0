import ArgumentParser
import CleaveCore
import CleaveRender
import CleaveReport
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw maps of the estate: SVG, PNG or PDF through Graphviz, or DOT and Mermaid text.",
        discussion: """
            Views:
            \(ViewCatalog.kindLines().joined(separator: "\n"))
            Charts (\(ViewCatalog.kinds.filter(\.isChart).map(\.syntax).joined(separator: ", "))) are drawn on a time
            axis and are not part of --all.

            The format follows the --output extension; files Cleave did not write are not
            overwritten without --force. --area, --party and --kind filter any view.

            Every map is laid out in a separate process with a time and memory limit, so a
            Graphviz crash or an endless layout fails that map with a message, not the run.

            Examples:
              cleave render Inventory --view blockers:nnc-leaves --output blockers.png
              cleave render Inventory --party NNC --kind system --output nnc.svg
              cleave render --view focus:erp-gold --depth 1 --format mermaid
              cleave render Inventory --view roadmap:nnc-leaves --output roadmap.png
              cleave render Inventory --view roadmap:nnc-leaves --format mermaid
              cleave render Inventory --all --output Graphs
            """)

    @OptionGroup var inventory: InventoryOptions

    @Option(help: ArgumentHelp("The map to draw (see below).", valueName: "view"))
    var view: String = "estate"

    @Option(help: "svg, png, pdf, dot (the Graphviz input) or mermaid. Default: the --output extension, else svg.")
    var format: RenderFormat?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "The file to write; with --all, the folder. Default: standard output.", valueName: "path"))
    var output: String?

    @Option(help: "The Graphviz layout engine: dot, sfdp, neato or fdp. Default: dot, or sfdp above --max-nodes.")
    var layout: LayoutEngine?

    @Option(help: "For focus:ITEM, how many steps up and down to show.")
    var depth: Int = 2

    @Option(help: "Above this many nodes a map collapses or switches to sfdp, and says so.")
    var maxNodes: Int = 600

    @Flag(help: "Render every view (each option and each party's plan) into the --output folder, with its .dot.")
    var all = false

    @Option(help: ArgumentHelp("Seconds one map may take before it is stopped.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(help: "How many maps to lay out at once with --all. Default: the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("area"), help: ArgumentHelp("Draw only items in this area (repeatable).", valueName: "id"))
    var areas: [String] = []

    @Option(
        name: .customLong("party"),
        help: ArgumentHelp("Draw only items this party needs (repeatable).", valueName: "id"))
    var parties: [String] = []

    @Option(
        name: .customLong("kind"), help: ArgumentHelp("Draw only items of this kind (repeatable).", valueName: "kind"))
    var kinds: [ItemKind] = []

    @Option(help: ArgumentHelp("Resolution of PNG maps, in dots per inch. Default: 96.", valueName: "n"))
    var dpi: Double?

    @Option(
        help: ArgumentHelp(
            "Longest Mermaid text to write; longer maps collapse by area or are refused. 0: no limit.",
            valueName: "n"))
    var mermaidMaxChars = MermaidLimit.defaultMaxCharacters

    @Flag(help: "Overwrite files Cleave did not write (normally it refuses).")
    var force = false

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more.") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be 1 or more.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        if all, output == nil { throw ValidationError("--all needs --output FOLDER.") }
        guard mermaidMaxChars >= 0 else { throw ValidationError("--mermaid-max-chars must be 0 or more.") }
        if let dpi, !(dpi >= 24 && dpi <= 1200) { throw ValidationError("--dpi must be between 24 and 1200.") }
        if let layout, !LayoutEngine.forMaps.contains(layout) {
            throw ValidationError(
                "--layout must be one of: \(LayoutEngine.forMaps.map(\.rawValue).joined(separator: ", ")).")
        }
        if layout != nil, ViewCatalog.chart(named: view) != nil {
            throw ValidationError("--layout does not apply to \(view): a chart is drawn on a time axis, not laid out.")
        }
    }

    func run() throws {
        let renderer = RenderWorkerCommand.renderer(limits: RenderLimits(seconds: timeout))
        if all {
            let context = try loadContext()
            let format = format ?? .svg
            try checkDPI(format)
            try MapBatch(
                context: context, renderer: renderer, format: format, layout: layout, jobs: jobs, force: force,
                dpi: dpi,
                mermaid: MermaidLimit(maxCharacters: mermaidMaxChars)
            )
            .runPrinting(into: output ?? "Graphs")
            return
        }
        let format = try RenderFormat.resolve(requested: format, output: output)
        try checkDPI(format)
        let file = output.map { MapFile(path: $0, force: force) }
        try file?.check()
        let context = try loadContext()
        // An image on a terminal is noise: say what can be drawn instead.
        if output == nil, format.needsGraphviz, isatty(STDOUT_FILENO) == 1 {
            print(ViewCatalog.listing(for: context.facts.estate).joined(separator: "\n"))
            let file = FileName.safe(view.replacingOccurrences(of: ":", with: "-"))
            print(
                "\nDraw one into a file: cleave render \(Wording.shellWord(inventory.path)) --view \(Wording.shellWord(view)) --output \(Wording.shellWord(file + ".svg"))"
            )
            return
        }
        if let chart = ViewCatalog.chart(named: view) {
            let drawn = try DrawnChart(view: chart, context: context, dpi: dpi)
            let text = try drawn.text(format, mermaid: MermaidLimit(maxCharacters: mermaidMaxChars))
            try emit(
                try image(
                    text: text, dot: drawn.dot, layout: drawn.layout, view: view, format: format, renderer: renderer),
                format: format, to: file)
            return
        }
        let drawn = try DrawnMap(view: ViewCatalog.view(named: view), context: context, layout: layout, dpi: dpi)
        for note in drawn.notes { Console.error(note) }
        let written = try drawn.text(format, mermaid: MermaidLimit(maxCharacters: mermaidMaxChars))
        if let note = written?.1 { Console.error(note) }
        try emit(
            try image(
                text: written?.0, dot: drawn.dot, layout: drawn.layout, view: view, format: format, renderer: renderer),
            format: format, to: file)
    }

    /// The text the view wrote itself (DOT, Mermaid), else Graphviz's rendering of its DOT.
    private func image(
        text: String?, dot: String, layout: LayoutEngine, view: String, format: RenderFormat,
        renderer: IsolatedRenderer
    ) throws -> [UInt8] {
        if let text { return Array(text.utf8) }
        do {
            return try renderer.render(dot: dot, layout: layout, format: format, view: view)
        } catch {
            throw UserError(error.description)
        }
    }

    /// Writes `bytes` to `file`, or to standard output without one.
    private func emit(_ bytes: [UInt8], format: RenderFormat, to file: MapFile?) throws {
        guard let file else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try file.write(bytes, format: format)
    }

    /// `--dpi` only means something for PNG: SVG and PDF scale, and DOT would carry it along.
    private func checkDPI(_ format: RenderFormat) throws {
        if dpi != nil, format != .png {
            throw UserError("--dpi applies to PNG maps, not \(format.rawValue)", hint: "drop --dpi, or write a .png")
        }
    }

    private func loadContext() throws -> ViewContext {
        try ViewContext(facts: MapFacts(analysis: inventory.loadAnalysis()), maxNodes: maxNodes, depth: depth)
            .filtered(by: MapFilter(areas: areas, parties: parties, kinds: kinds))
    }
}
