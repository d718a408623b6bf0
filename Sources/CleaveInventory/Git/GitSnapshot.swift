import CleaveCore
import Foundation

/// An inventory path as it was at a Git revision, written out into a temporary folder
/// (`git archive REV -- PATH`, unpacked with `tar`), so it can be read like any other.
/// The folder is removed when the value goes away.
public final class GitSnapshot: @unchecked Sendable {
    /// The inventory at the revision: the same relative path, inside the temporary folder.
    public let path: String
    /// The revision, as given.
    public let revision: String
    /// Symbolic links in the revision that pointed outside it (to `/etc/passwd`, to `..`),
    /// removed before anything was read: paths relative to the snapshot.
    public private(set) var removedLinks: [String] = []
    private let folder: URL

    /// Writes `path` (a folder or file, relative to the working folder or absolute) as it
    /// was at `revision` into a temporary folder.
    /// - Throws: `UserError` when Git is missing, this is not a repository, the revision
    ///   is unknown, or the path did not exist at it.
    ///
    /// The revision is never read as an option or by a shell: one that starts with `-`, or
    /// holds whitespace, control characters or shell metacharacters, is refused; the rest is
    /// resolved to its commit (`git rev-parse --verify --end-of-options`), and only that
    /// commit's hash is passed on.
    public init(revision: String, path: String) throws(UserError) {
        self.revision = revision
        try GitSnapshot.checkRevision(revision)
        let cwd = FileManager.default.currentDirectoryPath
        let top = try GitSnapshot.git(
            ["rev-parse", "--show-toplevel"], in: cwd,
            failure: "not inside a Git repository", place: cwd
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
        let commit = try GitSnapshot.git(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: cwd,
            failure: "no such revision", place: revision,
            hint: "give a branch, tag or commit, e.g. origin/main (fetch it first in CI)"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        guard commit.count >= 40, commit.allSatisfy(\.isHexDigit) else {
            throw UserError("Git did not name one commit for this revision", place: revision)
        }
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        let real = GitSnapshot.realPath(absolute) ?? GitSnapshot.normalized(absolute)
        let realTop = GitSnapshot.realPath(top) ?? top
        let relative: String
        if real == realTop {
            relative = ""
        } else if real.hasPrefix(realTop + "/") {
            relative = String(real.dropFirst(realTop.count + 1))
        } else {
            throw UserError("this path is outside the Git repository at \(top)", place: path)
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cleave-diff-\(UUID().uuidString)")
        TemporaryPaths.register(folder.path)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create a temporary folder: \(error.localizedDescription)", place: folder.path)
        }
        do {
            try GitSnapshot.unpack(
                revision: commit, shown: revision, relative: relative, top: realTop, into: folder, path: path)
            removedLinks = GitSnapshot.removeOutsideLinks(in: folder.appendingPathComponent("tree"))
        } catch {
            try? FileManager.default.removeItem(at: folder)
            TemporaryPaths.forget(folder.path)
            throw error
        }
        let tree = folder.appendingPathComponent("tree").path
        self.path = relative.isEmpty ? tree : tree + "/" + relative
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        TemporaryPaths.forget(folder.path)
    }

    /// `git archive` of the path at the revision, unpacked into `folder/tree`.
    private static func unpack(
        revision: String, shown: String, relative: String, top: String, into folder: URL,
        path: String
    ) throws(UserError) {
        let archive = folder.appendingPathComponent("snapshot.tar").path
        var arguments = ["archive", "--format=tar", "-o", archive, revision]
        if !relative.isEmpty { arguments += ["--", relative] }
        _ = try git(
            arguments, in: top, failure: "'\(relative)' did not exist at \(shown)", place: path,
            hint: "compare two folders with `cleave diff OLD NEW` instead")
        let tree = folder.appendingPathComponent("tree").path
        try? FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        _ = try run(
            "/usr/bin/env", ["tar", "-xf", archive, "-C", tree], in: top,
            failure: "cannot unpack the revision's files", place: archive)
        try? FileManager.default.removeItem(atPath: archive)
    }

    /// What a revision may not hold: a leading `-` (an option), whitespace and control
    /// characters, and what a shell would interpret. Git's own revision syntax
    /// (`HEAD~2`, `main^{tree}`, `@{-1}`, `v1.0:path`) is allowed.
    static func checkRevision(_ revision: String) throws(UserError) {
        guard !revision.isEmpty else {
            throw UserError("the revision is empty", hint: "give a branch, tag or commit, e.g. --git origin/main")
        }
        if revision.hasPrefix("-") {
            throw UserError(
                "a revision cannot start with '-': Git would read it as an option", place: revision,
                hint: "give a branch, tag or commit, e.g. --git origin/main")
        }
        let refused = Set(";|&$`'\"<>\\*?[]()#".unicodeScalars)
        if let bad = revision.unicodeScalars.first(where: {
            refused.contains($0) || $0.properties.isWhitespace || TerminalText.isControl($0)
        }) {
            let shown = TerminalText.isControl(bad) || bad.properties.isWhitespace
                ? "U+" + String(bad.value, radix: 16, uppercase: true) : "'\(bad)'"
            throw UserError(
                "a revision cannot hold \(shown): it is not a branch, tag or commit", place: TerminalText.escaped(revision),
                hint: "give a branch, tag or commit, e.g. --git origin/main")
        }
    }

    /// Removes every symbolic link under `tree` whose target is outside it (absolute, or up
    /// through `..`), so that reading the snapshot never reads a file of the machine it runs
    /// on; links within the tree stay.
    /// - Returns: the removed links, relative to `tree`.
    static func removeOutsideLinks(in tree: URL) -> [String] {
        let root = realPath(tree.path) ?? tree.path
        var removed: [String] = []
        // A walk of its own, with lstat: a link to a folder is never descended into.
        var links: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: tree.path + "/" + folder)) ?? []
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var status = stat()
                guard lstat(tree.path + "/" + relative, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFLNK: links.append(relative)
                case S_IFDIR: pending.append(relative)
                default: break
                }
            }
        }
        for relative in links {
            let full = tree.path + "/" + relative
            let inside = realPath(full).map { $0 == root || $0.hasPrefix(root + "/") } ?? false
            if !inside {
                try? FileManager.default.removeItem(atPath: full)
                removed.append(relative)
            }
        }
        return removed.sorted()
    }

    private static func git(
        _ arguments: [String], in directory: String, failure: String, place: String,
        hint: String? = nil
    ) throws(UserError) -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: directory, failure: failure, place: place, hint: hint)
    }

    /// Runs a tool and returns what it printed; a failure becomes a `UserError` carrying
    /// the tool's own message.
    private static func run(
        _ tool: String, _ arguments: [String], in directory: String, failure: String,
        place: String, hint: String? = nil
    ) throws(UserError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw UserError(
                "cannot run \(arguments.first ?? tool): \(error.localizedDescription)", place: place,
                hint: "install Git and make sure it is on the PATH")
        }
        let group = DispatchGroup()
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errBox.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw UserError(
                failure + (message.isEmpty ? "" : " (\(arguments.first ?? tool) says: \(message))"), place: place,
                hint: hint)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
