import Foundation

/// Renders many maps at once, each in its own child process, a fixed number at a time.
public struct RenderPool: Sendable {
    /// One map to render.
    public struct Job: Sendable {
        /// The view's name, for messages.
        public var view: String
        public var dot: String
        public var layout: LayoutEngine

        public init(view: String, dot: String, layout: LayoutEngine) {
            self.view = view
            self.dot = dot
            self.layout = layout
        }
    }

    public var renderer: IsolatedRenderer
    /// How many child processes run at once.
    public var workers: Int

    public init(renderer: IsolatedRenderer, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.renderer = renderer
        self.workers = max(1, workers)
    }

    /// Renders every job; results are in job order whatever order they finish in.
    /// `finished` is called once per job, from the worker thread, as each completes.
    public func render(
        _ jobs: [Job], format: RenderFormat,
        finished: @escaping @Sendable (Int, Result<[UInt8], RenderError>) -> Void = { _, _ in }
    )
        -> [Result<[UInt8], RenderError>]
    {
        let queue = WorkQueue(count: jobs.count)
        let group = DispatchGroup()
        for _ in 0..<min(workers, jobs.count) {
            DispatchQueue.global().async(group: group) {
                while let index = queue.next() {
                    let job = jobs[index]
                    let result = Result { () throws(RenderError) -> [UInt8] in
                        try renderer.render(dot: job.dot, layout: job.layout, format: format, view: job.view)
                    }
                    queue.store(result, at: index)
                    finished(index, result)
                }
            }
        }
        group.wait()
        return queue.results
    }

    /// Hands out job numbers and collects results, under a lock.
    private final class WorkQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private let count: Int
        private var stored: [Result<[UInt8], RenderError>?]

        init(count: Int) {
            self.count = count
            stored = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.withLock {
                guard nextIndex < count else { return nil }
                defer { nextIndex += 1 }
                return nextIndex
            }
        }

        func store(_ result: Result<[UInt8], RenderError>, at index: Int) {
            lock.withLock { stored[index] = result }
        }

        var results: [Result<[UInt8], RenderError>] {
            lock.withLock { stored.map { $0 ?? .failure(RenderError(.worker, message: "not rendered")) } }
        }
    }
}
