import CleaveCore
import Foundation

/// `render --all`: every view of the estate into one folder as `<view>.<format>` beside
/// the `<view>.dot` it came from, several maps laid out at once. One map's failure does
/// not stop the others; the outcome says what happened to each.
public struct MapBatch: Sendable {
    public let context: ViewContext
    public let renderer: IsolatedRenderer
    public let format: RenderFormat
    public let layout: LayoutEngine?
    public let jobs: Int
    /// Overwrite files in the folder that Cleave did not write.
    public let force: Bool
    /// Dots per inch for PNG (`--dpi`).
    public let dpi: Double?
    /// How long a Mermaid map may be.
    public let mermaid: MermaidLimit

    public init(
        context: ViewContext, renderer: IsolatedRenderer, format: RenderFormat, layout: LayoutEngine?, jobs: Int,
        force: Bool = false, dpi: Double? = nil, mermaid: MermaidLimit = MermaidLimit()
    ) {
        self.mermaid = mermaid
        self.force = force
        self.dpi = dpi
        self.context = context
        self.renderer = renderer
        self.format = format
        self.layout = layout
        self.jobs = jobs
    }

    /// What a batch did.
    public struct Outcome: Sendable {
        /// How many views the estate has.
        public var views = 0
        /// How many maps were written whole.
        public var written = 0
        /// `note:` lines about views that changed themselves.
        public var notes: [String] = []
        /// Cleave's own maps removed because their view no longer exists.
        public var removed: [String] = []
        /// One `error: …` line per map that failed.
        public var failures: [String] = []
    }

    /// Renders every view into `folder`; `finished` is called as each image is done (from
    /// any thread) with its file name and whether it failed.
    /// - Throws: `UserError` when the folder cannot be used at all (someone else's files in
    ///   the way, or it cannot be written).
    public func run(
        into folder: String,
        finished: @escaping @Sendable (String, Bool) -> Void = { _, _ in }
    ) throws(UserError) -> Outcome {
        let views = ViewCatalog.all(for: context.facts.estate)
        var context = context
        // Links always name the SVG: the .dot beside it must not depend on --format.
        context.links = MapLinks(views: views, fileExtension: RenderFormat.svg.fileExtension)
        var outcome = Outcome()
        outcome.views = views.count
        var maps: [(file: String, map: DrawnMap)] = []
        for (view, file) in zip(views, ViewCatalog.fileNames(views)) {
            do {
                maps.append((file, try DrawnMap(view: view, context: context, layout: layout, dpi: dpi)))
            } catch {
                outcome.failures.append("error: cannot draw view '\(view.name)': \(error.message)")
            }
        }
        outcome.notes = maps.flatMap(\.map.notes)

        let mapFolder = MapFolder(path: folder)
        let imageExtension = format == .dot ? nil : format.fileExtension
        var produced = Set<String>()
        for (file, _) in maps {
            produced.insert("\(file).dot")
            if let imageExtension { produced.insert("\(file).\(imageExtension)") }
        }
        try mapFolder.prepare(writing: produced.sorted(), force: force)
        for (file, map) in maps { try mapFolder.write(Data(map.dot.utf8), as: "\(file).dot") }

        switch format {
        case .dot: break
        case .mermaid:
            for (file, map) in maps {
                do {
                    let (text, note) = try mermaid.text(map.diagram, view: map.name)
                    if let note { outcome.notes.append(note) }
                    try mapFolder.write(Data(text.utf8), as: "\(file).mmd")
                } catch {
                    outcome.failures.append("error: \(error.message)")
                }
            }
        case .svg, .png, .pdf:
            outcome.failures += renderImages(maps, folder: mapFolder, finished: finished)
        }
        outcome.removed = mapFolder.prune(keeping: produced)
        outcome.written = views.count - outcome.failures.count
        return outcome
    }

    private func renderImages(
        _ maps: [(file: String, map: DrawnMap)], folder: MapFolder,
        finished: @escaping @Sendable (String, Bool) -> Void
    ) -> [String] {
        let pool = RenderPool(renderer: renderer, workers: jobs)
        let jobs = maps.map { RenderPool.Job(view: $0.map.name, dot: $0.map.dot, layout: $0.map.layout) }
        let files = maps.map { "\($0.file).\(format.fileExtension)" }
        let results = pool.render(jobs, format: format) { index, result in
            finished(files[index], (try? result.get()) == nil)
        }
        var failures: [String] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let bytes):
                do {
                    try folder.write(Data(MapStamp.stamp(bytes, format: format)), as: files[index])
                } catch {
                    failures.append("error: \(error.message)")
                }
            case .failure(let error):
                failures.append("error: \(error)")
            }
        }
        return failures
    }
}
