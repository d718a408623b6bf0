/// A request the workbench refuses: the HTTP status, what is wrong in plain words, and the
/// field of the request it is about (nil when it is about the whole request).
public struct RequestError: Error, Sendable, Equatable {
    public var status: Int
    public var message: String
    public var field: String?

    public init(_ status: Int, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    static func badRequest(_ message: String, field: String? = nil) -> RequestError {
        RequestError(400, message, field: field)
    }
}
