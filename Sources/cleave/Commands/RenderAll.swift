import ArgumentParser
import CleaveCore
import CleaveReport
import CleaveRender
import Foundation

/// `cleave render --all`: every view into one folder as `<view>.<format>` beside the
/// `<view>.dot` it came from, several maps laid out at once.
struct RenderAll {
    let context: ViewContext
    let renderer: IsolatedRenderer
    let format: RenderFormat
    let layout: LayoutEngine?
    let jobs: Int

    func run(into folder: String) throws {
        let views = ViewCatalog.all(for: context.facts.estate)
        var maps: [(file: String, map: DrawnMap)] = []
        var failures: [String] = []
        for (view, file) in zip(views, ViewCatalog.fileNames(views)) {
            do {
                maps.append((file, try DrawnMap(view: view, context: context, layout: layout)))
            } catch {
                failures.append("error: cannot draw view '\(view.name)': \(error)")
            }
        }
        for (_, map) in maps { map.printNotes() }

        let mapFolder = MapFolder(path: folder)
        let imageExtension = format == .dot ? nil : format.fileExtension
        var produced = Set<String>()
        for (file, _) in maps {
            produced.insert("\(file).dot")
            if let imageExtension { produced.insert("\(file).\(imageExtension)") }
        }
        do {
            try mapFolder.prepare(writing: produced.sorted())
            for (file, map) in maps { try mapFolder.write(Data(map.dot.utf8), as: "\(file).dot") }
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }

        switch format {
        case .dot: break
        case .mermaid:
            for (file, map) in maps {
                try write(Data(MermaidWriter().write(map.diagram).utf8), "\(file).mmd", in: mapFolder)
            }
        case .svg, .png, .pdf:
            failures += renderImages(maps, folder: mapFolder, imageExtension: format.fileExtension)
        }

        for removed in mapFolder.prune(keeping: produced) {
            Console.error("removed \(folder)/\(removed): its view no longer exists")
        }
        for failure in failures { Console.error(failure) }
        let written = maps.count - failures.count
        Console.error("\(written) of \(views.count) maps written to \(folder)")
        if !failures.isEmpty { throw ExitCode(2) }
    }

    private func renderImages(_ maps: [(file: String, map: DrawnMap)], folder: MapFolder, imageExtension: String) -> [String] {
        let pool = RenderPool(renderer: renderer, workers: jobs)
        let progress = Progress(total: maps.count, enabled: Console.standardErrorIsTerminal)
        let jobs = maps.map { RenderPool.Job(view: $0.map.name, dot: $0.map.dot, layout: $0.map.layout) }
        let files = maps.map { "\($0.file).\(imageExtension)" }
        let results = pool.render(jobs, format: GraphvizRenderer.Format(rawValue: format.rawValue)!) { index, result in
            progress.finished(files[index], failed: (try? result.get()) == nil)
        }
        var failures: [String] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let bytes):
                do {
                    try folder.write(Data(bytes), as: files[index])
                } catch {
                    failures.append("error: \(error)")
                }
            case .failure(let error):
                failures.append("error: \(error)")
            }
        }
        return failures
    }

    private func write(_ data: Data, _ name: String, in folder: MapFolder) throws {
        do {
            try folder.write(data, as: name)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// One line per finished map on a terminal: `[3/17] option-a.svg`.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private let total: Int
        private let enabled: Bool
        private var done = 0

        init(total: Int, enabled: Bool) {
            self.total = total
            self.enabled = enabled
        }

        func finished(_ file: String, failed: Bool) {
            guard enabled else { return }
            lock.withLock {
                done += 1
                Console.error("[\(done)/\(total)] \(file)\(failed ? " failed" : "")")
            }
        }
    }
}
