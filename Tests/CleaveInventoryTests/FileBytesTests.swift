import CleaveCore
import Foundation
import Testing

@testable import CleaveInventory

/// The size cap counts the bytes read, not the size the file system reports: `/proc` files
/// report 0 bytes and hold more, as a file that grows while it is read would.
struct FileBytesTests {
    @Test func sizeReportedIsNotTrusted() throws {
        var status = stat()
        try #require(stat("/proc/self/status", &status) == 0 && status.st_size == 0, "needs Linux's /proc")
        guard case .bytes(let data) = FileBytes.contents(of: "/proc/self/status") else {
            Issue.record("a file reported as empty was not read")
            return
        }
        #expect(data.count > 100)
    }

    @Test func fileGrowingPastTheCapIsRefused() throws {
        guard case .finding(let finding) = FileBytes.contents(of: "/proc/self/status", limit: 100) else {
            Issue.record("read past the cap")
            return
        }
        #expect(
            finding.message
                == "the file is more than 100 bytes (it grew while read); files over 100 bytes are refused: split it into several files in a folder (folders are read recursively)"
        )
        #expect(finding.location == SourceLocation(file: "/proc/self/status", line: 1, column: 1))
    }
}
