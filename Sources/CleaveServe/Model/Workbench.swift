import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

/// The workbench without its web server: the inventory held in memory, what each request
/// asks of it, and the reload when the files change. `WorkbenchServer` puts it on HTTP.
///
/// Every answer is JSON with sorted keys; the same inventory and request give the same
/// bytes but for `timing`.
public final class Workbench: Sendable {
    /// The inventory folder or file, as given.
    public let path: String
    private let model: Locked<WorkbenchModel>
    /// Why the files on disk are not what is shown: the findings of the last load that did
    /// not validate; nil while the model shown is the files' own.
    private let problem = Locked<(message: String, findings: [Finding])?>(nil)
    private let fingerprint: Locked<InventoryFingerprint>
    /// Saves one at a time: each rewrites the workbench's file from the model it was made on.
    private let saving = NSLock()
    let events = EventHub()

    /// The workbench over an inventory already loaded and validated (the command loads it
    /// through the same checked load as every analysis).
    /// - Complexity: the entanglement and every option of the inventory, evaluated once.
    public init(path: String, graph: EstateGraph, warnings: [Finding]) {
        self.path = path
        fingerprint = Locked(InventoryFingerprint.read(path))
        model = Locked(WorkbenchModel(version: 1, graph: graph, warnings: warnings))
    }

    var current: WorkbenchModel { model.current }

    /// The version of the model shown: 1 at start, one more for each reload that validated.
    public var version: Int { current.version }

    // MARK: Requests

    /// `GET /api/state`: the estate, its parties, areas and options (each with its sheet), and
    /// whether the files on disk validate.
    public func state() -> JSONValue {
        guard case .object(var pairs) = current.state else { return current.state }
        pairs.append(("status", status))
        return ReplyJSON.object(pairs)
    }

    /// `POST /api/evaluate`: the option in `body`, evaluated on the model in memory, with the
    /// time it took on the server.
    /// - Throws: `RequestError` (400) naming the field that is wrong.
    public func evaluate(_ body: [UInt8]) throws(RequestError) -> JSONValue {
        let clock = ContinuousClock()
        let started = clock.now
        let model = current
        let draft = try OptionDraft.parse(body, graph: model.graph)
        let analysed = model.analysis.analysing(draft.option)
        let sheet = OptionSheet(analysed: analysed, analysis: model.analysis).json()
        let elapsed = clock.now - started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return ReplyJSON.object([
            ("version", .int(model.version)),
            ("sheet", sheet),
            ("compare", .strings(draft.compare)),
            ("timing", ReplyJSON.object([("serverMs", .number((ms * 10).rounded() / 10))])),
        ])
    }

    /// How many yardstick plans of what-if options the model shown keeps (see
    /// `EstateAnalysis.keptPlans`).
    public var keptPlans: Int { current.analysis.whatIfPlansKept }

    /// `GET /api/items?q=`: items for the search box.
    public func search(_ query: String) -> JSONValue {
        current.search(String(query.prefix(200)))
    }

    // MARK: Reloading

    /// Whether the files on disk are what is shown, and if not, why (`GET /api/state`, and
    /// each event).
    public var status: JSONValue {
        let model = current
        let problem = problem.current
        return ReplyJSON.object([
            ("version", .int(model.version)),
            ("ok", .bool(problem == nil)),
            ("message", .string(problem?.message)),
            ("findings", .array((problem?.findings ?? []).prefix(50).map(findingJSON))),
            ("more", .int(max(0, (problem?.findings.count ?? 0) - 50))),
            ("warnings", .int(model.warnings.count)),
        ])
    }

    private func findingJSON(_ finding: Finding) -> JSONValue {
        ReplyJSON.object([
            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)), ("file", .string(shownPath(finding.location.file))),
            ("line", .int(finding.location.line)), ("column", .int(finding.location.column)),
        ])
    }

    /// A file of the inventory as the page shows it: relative to the inventory folder.
    func shownPath(_ file: String) -> String {
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        let full = URL(fileURLWithPath: file).standardizedFileURL.path
        if full.hasPrefix(root + "/") { return String(full.dropFirst(root.count + 1)) }
        return URL(fileURLWithPath: file).lastPathComponent
    }

    /// Reads the inventory again. When it validates, it replaces the model shown; when it
    /// does not, the last good model stays and the findings are shown. Either way every open
    /// page is told (`event: model`).
    /// - Returns: the status, as `status` gives it.
    @discardableResult
    public func reload() -> JSONValue {
        fingerprint.withLock { $0 = InventoryFingerprint.read(path) }
        switch InventoryLoad.read(path) {
        case .loaded(let graph, let warnings):
            let next = WorkbenchModel(version: current.version + 1, graph: graph, warnings: warnings)
            model.withLock { $0 = next }
            problem.withLock { $0 = nil }
        case .failed(let findings, let message):
            problem.withLock {
                $0 = (message, findings.filter { $0.severity == .error } + findings.filter { $0.severity != .error })
            }
        }
        let status = self.status
        events.publish(EventHub.event("model", status.rendered(pretty: false)))
        return status
    }

    /// Reloads when a file of the inventory changed since the last look (the watcher calls
    /// this every second).
    /// - Returns: whether it reloaded.
    @discardableResult
    public func reloadIfChanged() -> Bool {
        let now = InventoryFingerprint.read(path)
        guard now != fingerprint.current else { return false }
        reload()
        return true
    }

    /// Keeps idle event streams open through proxies that close silent connections.
    func heartbeat() { events.publish(": keep-alive\n\n") }

    /// Runs `body` as the only save.
    func exclusively<T>(_ body: () throws(RequestError) -> T) throws(RequestError) -> T {
        saving.lock()
        defer { saving.unlock() }
        return try body()
    }
}
