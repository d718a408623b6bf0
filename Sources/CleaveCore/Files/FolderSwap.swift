import CFileSwap
import Foundation

/// Puts a folder built beside its place into that place in one step, so the place always
/// holds a whole folder, old or new, even when the process is killed halfway.
public enum FolderSwap {
    /// Moves `staging` to `target`. When `target` exists, the two are exchanged in one
    /// system call and the old folder, now at `staging`, is removed; a kill before that
    /// removal leaves it under the staging name, which `StaleTemporaries` sweeps. Where the
    /// file system cannot exchange (the call fails with EINVAL or ENOSYS), the old folder
    /// is removed and the new one renamed in: two steps, as a last resort.
    /// - Returns: the system's reason when the folder cannot be put in place (nothing is
    ///   changed then), else nil.
    public static func swap(_ staging: String, into target: String) -> String? {
        var status = stat()
        guard lstat(target, &status) == 0 else {
            return rename(staging, target) == 0 ? nil : reason()
        }
        if cleave_exchange_paths(staging, target) == 0 {
            try? FileManager.default.removeItem(atPath: staging)
            return nil
        }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else { return reason() }
        do {
            try FileManager.default.removeItem(atPath: target)
        } catch {
            return "cannot remove the old folder: \(error.localizedDescription)"
        }
        return rename(staging, target) == 0 ? nil : reason()
    }

    /// Creates the folder `path` and any missing folders above it.
    /// - Returns: the system's reason when it cannot, else nil.
    public static func makeFolders(_ path: String) -> String? {
        if mkdir(path, 0o777) == 0 { return nil }
        switch errno {
        case EEXIST:
            var status = stat()
            return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR ? nil : reason(ENOTDIR)
        case ENOENT:
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard parent != path, parent != "/" else { return reason() }
            if let failure = makeFolders(parent) { return failure }
            return mkdir(path, 0o777) == 0 || errno == EEXIST ? nil : reason()
        default:
            return reason()
        }
    }

    private static func reason(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

}
