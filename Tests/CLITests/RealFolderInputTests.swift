import Foundation
import Testing

/// What real folders hold besides tidy UTF-8 YAML: other encodings and line endings, things
/// that are not files, files that cannot be read, odd names, many files, huge files. Each
/// ends in the right result or one clear message, and in bounded time (the runner kills a
/// run after its timeout).
struct RealFolderInputTests {
    /// A party named in three scripts and a lead nobody has, at 5:31 whatever the encoding.
    static let text = "estate:\n  name: Café\nparties: [{id: A, name: Zoë}]\nareas:\n  - {id: ar, name: Ærø, lead: Ö}\n"
    static let located = "inventory.yaml:5:31: error: [unknown-reference] lead: no party has the id 'Ö'"

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        Data(
            text.utf16.flatMap { unit in
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            })
    }

    static func utf32(_ text: String, bigEndian: Bool) -> Data {
        Data(
            text.unicodeScalars.flatMap { scalar in
                let bytes = (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
                return bigEndian ? bytes.reversed() : bytes
            })
    }

    static let encodings: [(name: String, content: Data)] = [
        ("UTF-8 with a byte-order mark", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)),
        ("CRLF line endings", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("UTF-16 LE", Data([0xFF, 0xFE]) + utf16(text, bigEndian: false)),
        ("UTF-16 BE", Data([0xFE, 0xFF]) + utf16(text, bigEndian: true)),
        ("UTF-32 LE", Data([0xFF, 0xFE, 0x00, 0x00]) + utf32(text, bigEndian: false)),
        ("UTF-32 BE", Data([0x00, 0x00, 0xFE, 0xFF]) + utf32(text, bigEndian: true)),
        (
            "UTF-16 LE, CRLF",
            Data([0xFF, 0xFE]) + utf16(text.replacingOccurrences(of: "\n", with: "\r\n"), bigEndian: false)
        ),
    ]

    @Test(arguments: encodings.indices)
    func encodingsYAMLAllowsAreRead(_ index: Int) throws {
        let c = Self.encodings[index]
        let folder = try TemporaryFolder()
        try folder.write("inventory.yaml", c.content)
        let result = try CLIRunner.run(["validate", "inventory.yaml"], in: folder.url, timeout: 10)
        #expect(result.status == 1, "\(c.name): \(result.stdout) \(result.stderr)")
        // One finding, at the line and column the text has in any encoding.
        #expect(result.stdout.hasPrefix(Self.located), "\(c.name): \(result.stdout)")
        #expect(result.stdout.contains("1 error, 0 warnings."), "\(c.name): \(result.stdout)")
        // The names came through whole: the export shows them.
        try folder.write("inventory.yaml", fixed(name: c.name))
        let export = try CLIRunner.run(["export", "json", "inventory.yaml"], in: folder.url, timeout: 10)
        #expect(export.status == 0, "\(c.name): \(export.stderr)")
        for name in ["Café", "Zoë", "Ærø"] { #expect(export.stdout.contains(name), "\(c.name): \(name)") }
    }

    /// The same file in the same encoding, with the lead corrected.
    private func fixed(name: String) -> Data {
        let good = Self.text.replacingOccurrences(of: "lead: Ö", with: "lead: A")
        let crlf = name.contains("CRLF") ? good.replacingOccurrences(of: "\n", with: "\r\n") : good
        switch name {
        case let n where n.hasPrefix("UTF-16"):
            let big = n.hasPrefix("UTF-16 BE")
            return Data(big ? [0xFE, 0xFF] : [0xFF, 0xFE]) + Self.utf16(crlf, bigEndian: big)
        case let n where n.hasPrefix("UTF-32"):
            let big = n.hasPrefix("UTF-32 BE")
            return Data(big ? [0x00, 0x00, 0xFE, 0xFF] : [0xFF, 0xFE, 0x00, 0x00]) + Self.utf32(crlf, bigEndian: big)
        case let n where n.contains("byte-order mark"): return Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)
        default: return Data(crlf.utf8)
        }
    }

    static let badEncodings: [(name: String, content: Data, message: String)] = [
        (
            "UTF-16 LE without a mark", utf16(text, bigEndian: false),
            "inventory.yaml:1:1: error: [yaml-syntax] the file looks like UTF-16 LE text without a byte-order mark"
        ),
        (
            "UTF-16 BE without a mark", utf16(text, bigEndian: true),
            "inventory.yaml:1:1: error: [yaml-syntax] the file looks like UTF-16 BE text without a byte-order mark"
        ),
        (
            "UTF-32 LE without a mark", utf32(text, bigEndian: false),
            "inventory.yaml:1:1: error: [yaml-syntax] the file looks like UTF-32 LE text without a byte-order mark"
        ),
        (
            "a lone surrogate in UTF-16",
            Data([0xFF, 0xFE]) + utf16("estate:\n  name: ", bigEndian: false) + Data([0x00, 0xD8, 0x41, 0x00]),
            "inventory.yaml:2:9: error: [yaml-syntax] the file is not valid UTF-16 LE: the character at byte offset 34 is invalid"
        ),
        (
            "an odd byte at the end of UTF-16",
            Data([0xFE, 0xFF]) + utf16("estate: {name: E}\n", bigEndian: true) + Data([0x41]),
            "inventory.yaml:2:1: error: [yaml-syntax] the file is not valid UTF-16 BE: it ends in the middle of a character (1 stray byte)"
        ),
        (
            "a UTF-32 value past U+10FFFF",
            Data([0xFF, 0xFE, 0x00, 0x00]) + utf32("estate:", bigEndian: false) + Data([0, 0, 0x11, 0]),
            "inventory.yaml:1:8: error: [yaml-syntax] the file is not valid UTF-32 LE: the character at byte offset 32 is invalid"
        ),
    ]

    @Test(arguments: badEncodings.indices)
    func badEncodingIsOneMessage(_ index: Int) throws {
        let c = Self.badEncodings[index]
        let folder = try TemporaryFolder()
        try folder.write("inventory.yaml", c.content)
        let result = try CLIRunner.run(["validate", "inventory.yaml"], in: folder.url, timeout: 10)
        #expect(result.status == 1, "\(c.name): \(result.stderr)")
        #expect(result.stdout.hasPrefix(c.message), "\(c.name): \(result.stdout)")
        // One message, not a cascade of unknown references.
        #expect(result.stdout.contains("1 error, 0 warnings."), "\(c.name): \(result.stdout)")
    }

    /// A FIFO nobody writes to would block a plain `open`; a socket cannot be opened; a
    /// device never ends. Each is skipped with a warning naming it, in bounded time.
    @Test func whatIsNotAFileIsSkippedWithANote() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", "estate: {name: E}\n")
        #expect(mkfifo(folder.path + "/inv/pipe.yaml", 0o644) == 0)
        try bindSocket(at: folder.path + "/inv/socket.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inv/null.yaml", withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inv/zero.yaml", withDestinationPath: "/dev/zero")
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 10)
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        #expect(
            result.stdout == """
                inv/null.yaml:1:1: warning: [schema] skipped: this is a character device, not a regular file; only regular files are read
                inv/pipe.yaml:1:1: warning: [schema] skipped: this is a FIFO (named pipe), not a regular file; only regular files are read
                inv/socket.yaml:1:1: warning: [schema] skipped: this is a socket, not a regular file; only regular files are read
                inv/zero.yaml:1:1: warning: [schema] skipped: this is a character device, not a regular file; only regular files are read
                0 errors, 4 warnings.

                """)
    }

    private func bindSocket(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8.prefix(raw.count - 1))
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0, "cannot bind a socket at \(path)")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads a file whatever its permissions"))
    func unreadableFileIsNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", "estate: {name: E}\n")
        let locked = try folder.write("inv/locked.yaml", "parties: []\n")
        #expect(chmod(locked, 0) == 0)
        defer { chmod(locked, 0o644) }
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 10)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("inv/locked.yaml: error: cannot read this file: Permission denied"),
            "\(result.stderr)")
    }

    @Test func namesWithSpacesAndOtherScripts() throws {
        let folder = try TemporaryFolder()
        try folder.write("Shared ICT – Ærø/estate et parties.yaml", "estate: {name: E}\nparties: [{id: A, name: A}]\n")
        try folder.write(
            "Shared ICT – Ærø/Systèmes Ω/业务 systems.yaml", "systems: [{id: s, name: S, area: nowhere, users: [A]}]\n")
        let result = try CLIRunner.run(["validate", "Shared ICT – Ærø"], in: folder.url, timeout: 10)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "Shared ICT – Ærø/Systèmes Ω/业务 systems.yaml:1:34: error: [unknown-reference] area: no area has the id 'nowhere'"
            ),
            "\(result.stdout)")
    }

    /// 50,000 files of one item each, all read (about 3 s in a debug build on two cores).
    @Test func fiftyThousandSmallFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "inv/estate.yaml", "estate: {name: E}\nparties: [{id: A, name: A}]\nareas: [{id: ar, name: Ar, lead: A}]\n")
        let items = folder.url.appendingPathComponent("inv/items")
        try FileManager.default.createDirectory(at: items, withIntermediateDirectories: true)
        var unwritten = 0
        for k in 0..<50_000 {
            let text =
                "systems: [{id: s\(k), name: S\(k), area: ar, users: [A]\(k > 0 ? ", dependsOn: [s\(k - 1)]" : "")}]\n"
            // Plain system calls: Foundation's file writing would take most of the test's time.
            let fd = open(items.path + "/s\(k).yaml", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            let written = text.utf8CString.withUnsafeBytes { write(fd, $0.baseAddress, $0.count - 1) }
            if fd < 0 || written != text.utf8.count { unwritten += 1 }
            close(fd)
        }
        try #require(unwritten == 0)
        // Each item depends on the one before, and this one on the last: a file left out
        // would be an unknown reference.
        try folder.write("inv/last.yaml", "systems: [{id: last, name: L, area: ar, users: [A], dependsOn: [s49999]}]\n")
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 60)
        #expect(result.status == 0, "\(result.stdout.prefix(600)) \(result.stderr)")
        #expect(result.stdout == "No problems found.\n", "\(result.stdout.prefix(600))")
    }

    /// A 100 MB file (sparse: it costs no disk) is refused from its size, before any of it is read.
    @Test func hundredMegabyteFileIsRefusedAtOnce() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("inv/huge.yaml", "")
        try folder.write("inv/estate.yaml", "estate: {name: E}\n")
        #expect(truncate(path, 100_000_000) == 0)
        let start = Date()
        let result = try CLIRunner.run(["validate", "inv"], in: folder.url, timeout: 10)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "inv/huge.yaml:1:1: error: [yaml-syntax] the file is 100000000 bytes; files over 32 MiB are refused: split it into several files in a folder (folders are read recursively)"
            ), "\(result.stdout)")
    }
}
