import CleaveCore
import CleaveReport
import Foundation
import Hummingbird

/// The workbench on HTTP (Hummingbird): one page, its script and style, and a small JSON
/// API. No route serves a file by path, so nothing outside the page's own parts is reachable.
///
/// | route | what |
/// |---|---|
/// | `GET /` | the page (`?token=` sets the token cookie and redirects to `/`) |
/// | `GET /workbench.js`, `GET /workbench.css` | its script and style |
/// | `GET /api/state` | the estate, its options with their figures, the reload status |
/// | `GET /api/items?q=` | items whose id or name holds `q`, for the search box |
/// | `GET /api/events` | server-sent events: `model` after each reload |
/// | `POST /api/evaluate` | one option, as edited, evaluated |
/// | `POST /api/save/preview` | the YAML and the diff that saving it would make |
/// | `POST /api/save` | writes it into `options.workbench.yaml` |
public struct WorkbenchServer: Sendable {
    public let workbench: Workbench
    public let settings: WorkbenchSettings
    private let servedPort = Locked(0)

    public init(workbench: Workbench, settings: WorkbenchSettings) {
        self.workbench = workbench
        self.settings = settings
    }

    /// The routes, behind `WorkbenchGuard`.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: WorkbenchGuard(settings: settings, port: servedPort))
        let workbench = self.workbench, settings = self.settings

        router.get("/") { request, _ -> Response in
            if settings.token != nil, let token = request.uri.queryParameters.get("token") {
                // Keep the token out of the address bar and history: a cookie, then `/`.
                var response = Response.redirect(to: "/", type: .found)
                let secure = request.headers[HTTPFields.Element.Name("X-Forwarded-Proto")!] == "https" ? "; Secure" : ""
                response.headers[.setCookie] =
                    "\(WorkbenchGuard.tokenCookie)=\(token); Path=/; HttpOnly; SameSite=Strict\(secure)"
                return response
            }
            return WorkbenchReply.text(
                WorkbenchPage(workbench: workbench, csrf: settings.csrf).html, type: "text/html; charset=utf-8")
        }
        router.get("/workbench.js") { _, _ in
            WorkbenchReply.text(WorkbenchScript.javaScript, type: "text/javascript; charset=utf-8")
        }
        router.get("/workbench.css") { _, _ in
            WorkbenchReply.text(WorkbenchPage.css, type: "text/css; charset=utf-8")
        }
        router.get("/api/state") { _, _ in WorkbenchReply.json(workbench.state()) }
        router.get("/api/items") { request, _ in
            WorkbenchReply.json(workbench.search(String(request.uri.queryParameters.get("q") ?? "")))
        }
        router.get("/api/events") { _, _ -> Response in
            let first = EventHub.event("model", workbench.status.rendered(pretty: false))
            guard let stream = workbench.events.subscribe(first: first) else {
                return WorkbenchReply.error(RequestError(503, "too many pages are open"))
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    for await text in stream { try await writer.write(ByteBuffer(string: text)) }
                    try await writer.finish(nil)
                })
        }
        let limit = settings.bodyLimit
        func post(_ path: RouterPath, _ handle: @escaping @Sendable ([UInt8]) throws(RequestError) -> JSONValue) {
            router.post(path) { request, _ -> Response in
                var request = request
                let body: [UInt8]
                do {
                    body = Array(try await request.collectBody(upTo: limit).readableBytesView)
                } catch {
                    return WorkbenchReply.error(RequestError(413, "the request body is larger than \(limit) bytes"))
                }
                do throws(RequestError) {
                    return WorkbenchReply.json(try handle(body))
                } catch {
                    return WorkbenchReply.error(error)
                }
            }
        }
        post("/api/evaluate", workbench.evaluate)
        post("/api/save/preview", workbench.previewSave)
        post("/api/save", workbench.save)
        return router
    }

    /// Serves until cancelled, watching the inventory's files meanwhile.
    /// - Parameter onReady: called once listening, with the port (the one picked for port 0).
    public func run(onReady: @escaping @Sendable (Int) async -> Void) async throws {
        let servedPort = self.servedPort
        var app = Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                servedPort.withLock { $0 = port }
                await onReady(port)
            })
        app.logger.logLevel = .warning
        let application = app
        let workbench = self.workbench, interval = settings.pollInterval
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            if interval > 0 {
                group.addTask {
                    var beats = 0
                    while !Task.isCancelled {
                        try await Task.sleep(for: .milliseconds(Int(interval * 1000)))
                        workbench.reloadIfChanged()
                        beats += 1
                        if Double(beats) * interval >= 15 {
                            workbench.heartbeat()
                            beats = 0
                        }
                    }
                }
            }
            defer { workbench.events.finish() }
            try await group.next()
            group.cancelAll()
        }
    }
}
