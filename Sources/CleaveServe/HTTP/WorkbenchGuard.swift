import CleaveCore
import CleaveReport
import Hummingbird

/// Checks every request before a route sees it, and gives every response the same security
/// headers:
/// - on loopback, the Host must be a loopback name (and the port the one served), so a web
///   page elsewhere cannot reach the server through DNS rebinding;
/// - with a token, every request carries it: the `cleave_token` cookie (set from `?token=`
///   when the page is first opened) or an `X-Cleave-Token` header (401 without, 403 wrong);
/// - every POST has an `Origin` matching the Host, JSON content, and the page's per-run
///   CSRF token (`X-Cleave-CSRF`) or the token itself in `X-Cleave-Token` (403 otherwise);
/// - a body larger than the limit is refused from its `Content-Length` (413).
struct WorkbenchGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    let settings: WorkbenchSettings
    /// The port actually served (0 until the server runs, and in tests).
    let port: Locked<Int>

    static let tokenCookie = "cleave_token"
    static let tokenHeader = HTTPFields.Element.Name("X-Cleave-Token")!
    static let csrfHeader = HTTPFields.Element.Name("X-Cleave-CSRF")!

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if let refusal = refusal(request) {
            response = refusal.response
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = WorkbenchReply.json(
                    ReplyJSON.error(error.body ?? "the request was refused", field: nil), status: error.status)
            }
        }
        Self.secure(&response.headers)
        return response
    }

    /// Why `request` may not go on, or nil.
    func refusal(_ request: Request) -> RequestRefusal? {
        let host = request.head.authority ?? ""
        if WorkbenchSettings.isLoopback(settings.host), !hostIsLoopback(host) {
            return RequestRefusal(403, "this server answers only to its loopback address (Host: \(host))")
        }
        if let token = settings.token {
            let given =
                request.headers[Self.tokenHeader] ?? request.cookies[Self.tokenCookie]?.value
                ?? (request.method == .get && request.uri.path == "/"
                    ? request.uri.queryParameters.get("token") : nil)
            guard let given else {
                return RequestRefusal(
                    401, "this workbench needs its token: open the address cleave serve printed, with ?token=…")
            }
            guard Self.same(given, token) else { return RequestRefusal(403, "the token is wrong") }
        }
        if request.method == .post {
            guard let origin = request.headers[.origin], Self.origin(origin, matches: host) else {
                return RequestRefusal(403, "a change must come from the workbench's own page (Origin does not match)")
            }
            let csrf = request.headers[Self.csrfHeader].map { Self.same($0, settings.csrf) } ?? false
            let token =
                settings.token.flatMap { t in request.headers[Self.tokenHeader].map { Self.same($0, t) } } ?? false
            guard csrf || token else {
                return RequestRefusal(403, "a change must carry the page's X-Cleave-CSRF header, or the token")
            }
            guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") else {
                return RequestRefusal(415, "send the option as JSON (Content-Type: application/json)")
            }
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > settings.bodyLimit {
                return RequestRefusal(413, "the request body is larger than \(settings.bodyLimit) bytes")
            }
        } else if request.method != .get && request.method != .head {
            return RequestRefusal(405, "only GET and POST are answered")
        }
        return nil
    }

    /// Whether the Host header names this machine's loopback, with the port served if any.
    private func hostIsLoopback(_ host: String) -> Bool {
        let (name, hostPort) = Self.split(host)
        guard WorkbenchSettings.isLoopback(name) else { return false }
        let served = port.current
        return hostPort == nil || served == 0 || hostPort == served
    }

    /// `name` and port of `host:port`, `[::1]:port` or `name`.
    static func split(_ host: String) -> (String, Int?) {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let name = String(host[host.index(after: host.startIndex)..<close])
            let rest = host[host.index(after: close)...]
            return (name, rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil)
        }
        if let colon = host.lastIndex(of: ":") {
            return (String(host[..<colon]), Int(host[host.index(after: colon)...]))
        }
        return (host, nil)
    }

    /// Whether `origin` (`http://127.0.0.1:8080`) names the same host and port as `host`.
    static func origin(_ origin: String, matches host: String) -> Bool {
        for scheme in ["http://", "https://"] where origin.lowercased().hasPrefix(scheme) {
            return String(origin.dropFirst(scheme.count)).lowercased() == host.lowercased() && !host.isEmpty
        }
        return false
    }

    /// Compares in time that does not depend on where the first difference is.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for k in x.indices { difference |= x[k] ^ y[k] }
        return difference == 0
    }

    /// The headers on every response, refusals included.
    static func secure(_ headers: inout HTTPFields) {
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = "no-store"
        headers[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPFields.Element.Name("X-Frame-Options")!] = "DENY"
        headers[.contentSecurityPolicy] = WorkbenchReply.contentSecurityPolicy
    }
}

/// A request refused before it reached a route.
struct RequestRefusal {
    let status: Int
    let message: String

    init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    var response: Response {
        WorkbenchReply.json(ReplyJSON.error(message, field: nil), status: .init(code: status))
    }
}
