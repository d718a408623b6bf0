import CleaveCore
import CleaveTestSupport
import Foundation
import Testing

@Suite struct FolderSwapTests {
    @Test func aFolderIsMovedIntoAPlaceThatIsFree() throws {
        let folder = try TemporaryFolder()
        try folder.write(".out.writing-1/a.txt", "new")
        #expect(FolderSwap.swap(folder.path + "/.out.writing-1", into: folder.path + "/out") == nil)
        #expect(try String(contentsOfFile: folder.path + "/out/a.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func theOldFolderIsReplacedWholeAndRemoved() throws {
        let folder = try TemporaryFolder()
        try folder.write("out/old.txt", "old")
        try folder.write("out/deep/older.txt", "old")
        try folder.write(".out.writing-1/new.txt", "new")
        #expect(FolderSwap.swap(folder.path + "/.out.writing-1", into: folder.path + "/out") == nil)
        let fm = FileManager.default
        #expect(try fm.contentsOfDirectory(atPath: folder.path) == ["out"])
        #expect(try fm.contentsOfDirectory(atPath: folder.path + "/out") == ["new.txt"])
    }

    /// The place never lacks a whole folder, not even for an instant: a reader looking all
    /// the while always finds one. A swap in two steps (remove, then rename) leaves a gap
    /// that the reader hits within a few hundred swaps.
    @Test func thePlaceIsNeverEmptyWhileFoldersAreSwapped() throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/out"
        try folder.write("out/marker", "0")
        let watch = Watch(path: target + "/marker")
        let reader = Thread { watch.run() }
        reader.start()
        var failures: [String] = []
        for round in 1...400 {
            let staging = folder.path + "/.out.writing-\(round)"
            try folder.write(".out.writing-\(round)/marker", "\(round)")
            if let reason = FolderSwap.swap(staging, into: target) { failures.append(reason) }
        }
        let (looks, misses) = watch.stop()
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(looks > 0)
        #expect(misses == 0, "the folder was missing \(misses) times in \(looks) looks")
        #expect(try String(contentsOfFile: target + "/marker", encoding: .utf8) == "400")
    }

    @Test func foldersAreMadeWithTheirParentsAndAFileInTheWayIsNamed() throws {
        let folder = try TemporaryFolder()
        #expect(FolderSwap.makeFolders(folder.path + "/a/b/c") == nil)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/a/b/c"))
        #expect(FolderSwap.makeFolders(folder.path + "/a/b") == nil)
        try folder.write("file", "x")
        #expect(FolderSwap.makeFolders(folder.path + "/file") == "Not a directory")
        #expect(FolderSwap.makeFolders(folder.path + "/file/below") == "Not a directory")
    }
}

/// A reader on its own thread that looks for one file until stopped, counting the looks
/// that found nothing.
private final class Watch: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var stopping = false
    private var looks = 0
    private var misses = 0
    private let done = DispatchSemaphore(value: 0)

    init(path: String) { self.path = path }

    func run() {
        while !lock.withLock({ stopping }) {
            let found = access(path, F_OK) == 0
            lock.withLock {
                looks += 1
                if !found { misses += 1 }
            }
        }
        done.signal()
    }

    func stop() -> (looks: Int, misses: Int) {
        lock.withLock { stopping = true }
        done.wait()
        return lock.withLock { (looks, misses) }
    }
}
