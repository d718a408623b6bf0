import CleaveCore
import CleaveTestSupport
import Foundation
import Testing

@testable import CleaveInventory

/// `cleave diff --git REV`: a revision is never an option or shell text, and a snapshot's
/// links never lead out of it.
struct HostileGitTests {
    static func refusal(_ revision: String) -> String? {
        do {
            try GitSnapshot.checkRevision(revision)
            return nil
        } catch { return error.message }
    }

    @Test func optionsAndShellTextAreRefused() {
        #expect(Self.refusal("--output=/tmp/x")?.hasPrefix("a revision cannot start with '-'") == true)
        #expect(Self.refusal("-o/tmp/x") != nil)
        #expect(Self.refusal("--remote=ssh://evil/ --exec=touch") != nil)
        for bad in ["main;rm -rf ~", "$(id)", "`id`", "a|b", "a&b", "a b", "a\nb", "x>y", "a\u{1B}b", ""] {
            #expect(Self.refusal(bad) != nil, "\(bad)")
        }
        for good in ["origin/main", "HEAD~2", "HEAD^", "main^{tree}", "@{-1}", "v1.0", "abc123", "main@{yesterday}"] {
            #expect(Self.refusal(good) == nil, "\(good)")
        }
    }

    @Test func aSnapshotKeepsNoLinkThatLeavesIt() throws {
        let folder = try TemporaryFolder()
        let tree = folder.url.appendingPathComponent("tree")
        try folder.write("tree/Inventory/items.yaml", "systems: []\n")
        let outside = try folder.write("secret.yaml", "secret: yes\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: tree.path + "/Inventory/passwd.yaml", withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: tree.path + "/Inventory/up.yaml", withDestinationPath: "../../secret.yaml")
        try fm.createSymbolicLink(atPath: tree.path + "/Inventory/root", withDestinationPath: "/")
        try fm.createSymbolicLink(atPath: tree.path + "/Inventory/same.yaml", withDestinationPath: "items.yaml")
        let removed = GitSnapshot.removeOutsideLinks(in: tree)
        #expect(removed == ["Inventory/passwd.yaml", "Inventory/root", "Inventory/up.yaml"])
        #expect(fm.fileExists(atPath: tree.path + "/Inventory/same.yaml"))
        #expect(fm.fileExists(atPath: outside))
    }
}
