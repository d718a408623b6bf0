import CleaveCore

/// How the workbench's server is reached and who may use it.
public struct WorkbenchSettings: Sendable {
    /// The address to listen on: loopback (`127.0.0.1`) unless the team shares one server.
    public var host: String
    /// 0 picks a free port (`WorkbenchServer.run` says which).
    public var port: Int
    /// Required on every request when set; always set on an address other than loopback.
    public var token: String?
    /// A token every page embeds and every write must echo (`X-Cleave-CSRF`): made afresh
    /// for each run.
    public let csrf: String
    /// The largest request body taken, in bytes; larger ones get 413.
    public var bodyLimit: Int
    /// Seconds between looks at the inventory's files; 0 turns the watcher off.
    public var pollInterval: Double

    /// - Throws: `UserError` for an address other than loopback without a token, or a token
    ///   too short or with characters a cookie cannot carry.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, bodyLimit: Int = 1 << 20,
        pollInterval: Double = 1
    ) throws(UserError) {
        guard (0...65535).contains(port) else {
            throw UserError("the port must be between 0 and 65535, not \(port)")
        }
        if let token {
            guard token.count >= 16,
                token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~".contains($0)) })
            else {
                throw UserError(
                    "the token must be at least 16 characters of letters, digits, '-', '.', '_' or '~'",
                    hint: "leave --token out to have one made")
            }
        } else if !Self.isLoopback(host) {
            throw UserError(
                "serving on \(host), an address other than loopback, needs a token",
                hint: "give --token, or leave it out of the command line and one is made and printed")
        }
        self.host = host
        self.port = port
        self.token = token
        self.bodyLimit = bodyLimit
        self.pollInterval = pollInterval
        csrf = Self.makeToken()
    }

    /// Whether `host` only reaches this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }

    /// A fresh random token: 32 bytes from the system's cryptographically secure generator
    /// (`SystemRandomNumberGenerator`: getrandom on Linux, arc4random on Apple's systems),
    /// as 43 URL-safe characters.
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var bits: [UInt8] = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        var out = ""
        // Six bits a character, from the 256 random bits.
        var buffer = 0, count = 0
        while !bits.isEmpty || count > 0 {
            if count < 6, !bits.isEmpty {
                buffer = (buffer << 8) | Int(bits.removeFirst())
                count += 8
                continue
            }
            let shift = max(count - 6, 0)
            out.append(alphabet[(buffer >> shift) & 0x3F])
            buffer &= (1 << shift) - 1
            count = shift
        }
        return out
    }
}
