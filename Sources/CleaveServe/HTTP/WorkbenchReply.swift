import CleaveReport
import Hummingbird

/// Responses as the workbench writes them.
enum WorkbenchReply {
    /// Scripts, styles, data and images from the server itself only; no inline script, no
    /// framing, no form posts elsewhere.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.rendered(pretty: false) + "\n", type: "application/json; charset=utf-8", status: status)
    }

    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func error(_ error: RequestError) -> Response {
        json(ReplyJSON.error(error.message, field: error.field), status: .init(code: error.status))
    }
}
