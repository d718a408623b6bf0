import Foundation

/// The temporary files and staging folders a run left behind when it could not clean up
/// after itself: a SIGKILL, a power cut, an out-of-memory kill run no handler, so
/// `TemporaryPaths` never removes what they were writing.
///
/// Every temporary Cleave writes is named after its target and the id of the process
/// writing it — `.NAME.cleave-PID.tmp` for a file (`AtomicFile`), `.NAME.writing-PID` for a
/// folder being built beside its place — so a later run can tell them apart from anyone
/// else's files and from a run still going. It removes only those whose process is gone:
/// a concurrent run's temporaries are left alone, and so is every file not named so, whatever
/// `--force` says.
public enum StaleTemporaries {
    /// The temporary file this process writes `name` through, in the same folder.
    public static func fileName(for name: String, process: pid_t = getpid()) -> String {
        ".\(name).cleave-\(process).tmp"
    }

    /// The target and the writer's process id of a temporary file's name, or nil when
    /// `entry` is not named as `fileName(for:process:)` names them.
    public static func parseFileName(_ entry: String) -> (target: String, process: pid_t)? {
        guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return nil }
        let core = entry.dropFirst().dropLast(4)
        guard let tag = core.range(of: ".cleave-", options: .backwards) else { return nil }
        let target = core[..<tag.lowerBound]
        guard !target.isEmpty, let process = processID(core[tag.upperBound...]) else { return nil }
        return (String(target), process)
    }

    /// Removes from `folder` the temporary files of writers that are gone, for the targets
    /// `target` accepts (by default, all).
    /// - Returns: the names removed, sorted.
    @discardableResult
    public static func removeFiles(in folder: String, for target: (String) -> Bool = { _ in true }) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            guard let (of, process) = parseFileName(name), target(of), isGone(process) else { continue }
            let path = folder + "/" + name
            // Only a file: a folder or a link of that name was not written by AtomicFile.
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Removes the staging folders (`.NAME.writing-PID`) that writers now gone left beside
    /// the folder `path`.
    /// - Returns: the paths removed, sorted.
    @discardableResult
    public static func removeStagingFolders(of path: String) -> [String] {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent).writing-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            guard let process = processID(name.dropFirst(prefix.count)), isGone(process) else { continue }
            let staging = parent + "/" + name
            var status = stat()
            guard lstat(staging, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
            if (try? FileManager.default.removeItem(atPath: staging)) != nil { removed.append(staging) }
        }
        return removed
    }

    /// Whether no process `process` exists any more. A process id can be reused, so a
    /// temporary may look alive for longer than its writer; it never looks gone while its
    /// writer runs.
    public static func isGone(_ process: pid_t) -> Bool {
        process > 0 && kill(process, 0) != 0 && errno == ESRCH
    }

    private static func processID(_ digits: Substring) -> pid_t? {
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return pid_t(digits)
    }
}
