import CleaveCore
import Foundation

/// Reads one inventory file's bytes, once, into memory, and never more than the size cap:
/// what a folder can hold besides files (a FIFO, a socket, a device) is skipped with a note
/// rather than opened and waited on, and a file too large is refused before it is read.
///
/// The size the file system reports is only a first check: the bytes are counted as they
/// are read, so a file that grows while it is read (or a file whose size the system does
/// not know, as in `/proc`) is refused at the cap, not read to its end.
enum FileBytes {
    enum Outcome {
        /// The file's bytes.
        case bytes(Data)
        /// A finding instead of the bytes: the file was skipped or refused.
        case finding(Finding)
        /// The file cannot be opened or read at all; the reason, as the system words it.
        case unreadable(String)
    }

    /// Reads the file at `path` whole, refusing it when it holds more than `limit` bytes.
    static func contents(of path: String, limit: Int = SourceText.maxBytes) -> Outcome {
        var status = stat()
        guard stat(path, &status) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        if let kind = irregularKind(status.st_mode) { return .finding(skipped(path, kind: kind)) }
        if Int(status.st_size) > limit {
            return .finding(tooLarge(path, bytes: "\(status.st_size) bytes", limit: limit))
        }
        // O_NONBLOCK: should the path have become a FIFO since `stat`, opening it does not wait.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fstat(fd, &status) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        if let kind = irregularKind(status.st_mode) { return .finding(skipped(path, kind: kind)) }
        var data = Data(capacity: min(Int(max(status.st_size, 0)), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[..<count])
            if data.count > limit {
                return .finding(tooLarge(path, bytes: "more than \(limit) bytes (it grew while read)", limit: limit))
            }
        }
        return .bytes(data)
    }

    /// What the file is when it is not a regular file, in words; nil for a regular file.
    private static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a folder"
        default: "not a regular file"
        }
    }

    private static func skipped(_ path: String, kind: String) -> Finding {
        Finding(
            rule: SchemaRule.id, severity: .warning,
            message: "skipped: this is \(kind), not a regular file; only regular files are read",
            location: .file(path))
    }

    static func tooLarge(_ path: String, bytes: String, limit: Int) -> Finding {
        SourceText.syntax(
            "the file is \(bytes); files over \(SourceText.sizeInWords(limit)) are refused: split it into several files in a folder (folders are read recursively)",
            file: path, line: 1, column: 1)
    }
}
