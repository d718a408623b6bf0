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
    private let folder: URL

    /// Writes `path` (a folder or file, relative to the working folder or absolute) as it
    /// was at `revision` into a temporary folder.
    /// - Throws: `UserError` when Git is missing, this is not a repository, the revision
    ///   is unknown, or the path did not exist at it.
    public init(revision: String, path: String) throws(UserError) {
        self.revision = revision
        let cwd = FileManager.default.currentDirectoryPath
        let top = try GitSnapshot.git(
            ["rev-parse", "--show-toplevel"], in: cwd,
            failure: "not inside a Git repository", place: cwd
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try GitSnapshot.git(
            ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: cwd,
            failure: "no such revision", place: revision,
            hint: "give a branch, tag or commit, e.g. origin/main (fetch it first in CI)")
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
            try GitSnapshot.unpack(revision: revision, relative: relative, top: realTop, into: folder, path: path)
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
        revision: String, relative: String, top: String, into folder: URL,
        path: String
    ) throws(UserError) {
        let archive = folder.appendingPathComponent("snapshot.tar").path
        var arguments = ["archive", "--format=tar", "-o", archive, revision]
        if !relative.isEmpty { arguments += ["--", relative] }
        _ = try git(
            arguments, in: top, failure: "'\(relative)' did not exist at \(revision)", place: path,
            hint: "compare two folders with `cleave diff OLD NEW` instead")
        let tree = folder.appendingPathComponent("tree").path
        try? FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        _ = try run(
            "/usr/bin/env", ["tar", "-xf", archive, "-C", tree], in: top,
            failure: "cannot unpack the revision's files", place: archive)
        try? FileManager.default.removeItem(atPath: archive)
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
