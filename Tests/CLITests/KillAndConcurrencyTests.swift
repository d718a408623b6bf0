import Foundation
import Testing

/// What is left when runs collide or die: two `render --all` into one folder at once, a
/// SIGKILL (which runs no clean-up) during `render --all` and `generate`, and a disk that
/// fills up. Afterwards every file is wholly old or wholly new, the next run succeeds and
/// removes what a killed run left, and nobody else's file is touched.
struct KillAndConcurrencyTests {
    static let inventory = CLIRunner.packageRoot.appendingPathComponent("Inventory").path

    static let tiny =
        "estate: {name: Tiny}\nparties: [{id: A, name: A}, {id: B, name: B}]\nareas: [{id: ar, name: Ar, lead: A}]\n"
        + "systems: [{id: s, name: S, area: ar, users: [A, B]}, {id: t, name: T, area: ar, users: [A], dependsOn: [s]}]\n"

    /// `render Inventory --all` (SVG) run once, alone, into a folder of its own: what every
    /// other run must end with.
    static let reference: Result<[String: Data], ReferenceError> = {
        guard let folder = try? TemporaryFolder() else { return .failure(ReferenceError("no temporary folder")) }
        let run = try? CLIRunner.run(["render", inventory, "--all", "--output", "maps"], in: folder.url, timeout: 600)
        guard let run, run.status == 0 else {
            return .failure(ReferenceError("the clean run failed: \(run?.stderr ?? "")"))
        }
        return .success(snapshot(folder.path + "/maps"))
    }()

    struct ReferenceError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: - Two runs at once

    @Test(.timeLimit(.minutes(10)))
    func twoRenderAllIntoOneFolderLeaveOneCompleteSet() throws {
        let expected = try Self.reference.get()
        let folder = try TemporaryFolder()
        // Both start before the folder exists: both create it, both fill it.
        let runs = try (0..<2).map {
            try BackgroundRun(["render", Self.inventory, "--all", "--output", "maps"], in: folder, log: "run\($0).log")
        }
        for run in runs {
            let status = run.wait()
            #expect(status.signal == nil && status.code == 0, "\(run.log): \(run.stderr)")
        }
        let maps = folder.path + "/maps"
        #expect(hidden(in: maps).isEmpty, "\(hidden(in: maps))")
        #expect(Self.snapshot(maps).keys.sorted() == expected.keys.sorted())
        for (name, data) in Self.snapshot(maps) where !Self.isNew(name, data, expected) {
            Issue.record("\(name) differs from what a single run writes")
        }
    }

    // MARK: - SIGKILL

    @Test(.timeLimit(.minutes(10)))
    func killedRenderAllLeavesWholeFilesAndTheRerunCleansUp() throws {
        let expected = try Self.reference.get()
        let folder = try TemporaryFolder()
        // The old maps: another estate's, so old and new differ and stale views are pruned.
        #expect(try CLIRunner.run(["generate", "--items", "60", "-o", "old"], in: folder.url).status == 0)
        // Graphviz may fail on a map of a generated estate: the others are the old maps all the same.
        _ = try CLIRunner.run(["render", "old", "--all", "--output", "maps"], in: folder.url, timeout: 300)
        let maps = folder.path + "/maps"
        let before = Self.snapshot(maps)
        #expect(before.count > 20)

        let run = try BackgroundRun(
            ["render", Self.inventory, "--all", "--output", "maps"], in: folder, log: "killed.log")
        // Kill once it is writing the images: an SVG of the new estate has appeared.
        let writing = poll(while: run) {
            self.names(in: maps).contains { $0.hasSuffix(".svg") && before[$0] == nil }
        }
        run.kill(SIGKILL)
        let status = run.wait()
        #expect(writing, "no new map appeared within the deadline: \(run.stderr)")
        #expect(status.signal == SIGKILL, "the run ended before the kill (status \(status.code)): \(run.stderr)")

        // Each file is wholly old or wholly new; anything else is a temporary named as Cleave names them.
        for (name, data) in Self.snapshot(maps) {
            #expect(
                data == before[name] || Self.isNew(name, data, expected),
                "\(name) is neither the old map nor the new one")
        }
        for name in hidden(in: maps) {
            #expect(isTemporaryName(name), "\(name) is not a temporary Cleave would recognise")
        }

        let rerun = try CLIRunner.run(
            ["render", Self.inventory, "--all", "--output", "maps"], in: folder.url, timeout: 600)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(hidden(in: maps).isEmpty, "left after the rerun: \(hidden(in: maps))")
        let after = Self.snapshot(maps)
        #expect(after.keys.sorted() == expected.keys.sorted(), "the rerun's maps are not a clean run's")
        for (name, data) in after where !Self.isNew(name, data, expected) {
            Issue.record("\(name) differs from what a clean run writes")
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func killedGenerateLeavesTheOldEstateAndTheRerunCleansUp() throws {
        let folder = try TemporaryFolder()
        #expect(try CLIRunner.run(["generate", "--items", "10", "-o", "estate"], in: folder.url).status == 0)
        let before = Self.snapshot(folder.path + "/estate")
        #expect(!before.isEmpty)

        let run = try BackgroundRun(["generate", "--items", "1000000", "-o", "estate"], in: folder, log: "killed.log")
        // Kill once some of the new estate is in its staging folder.
        let writing = poll(while: run) {
            self.hidden(in: folder.path).contains { name in
                FileManager.default.fileExists(atPath: folder.path + "/" + name + "/systems")
            }
        }
        run.kill(SIGKILL)
        let status = run.wait()
        #expect(writing, "no staging folder appeared within the deadline: \(run.stderr)")
        #expect(status.signal == SIGKILL, "the run ended before the kill (status \(status.code)): \(run.stderr)")
        #expect(Self.snapshot(folder.path + "/estate") == before, "the old estate changed")
        // A SIGKILL runs no clean-up: the half-built estate is there, named as Cleave names it.
        for name in hidden(in: folder.path) {
            #expect(name.hasPrefix(".estate.writing-"), "\(name)")
        }

        // The rerun neither refuses nor needs --force, and removes the killed run's staging folder.
        let rerun = try CLIRunner.run(["generate", "--items", "20", "-o", "estate"], in: folder.url)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(hidden(in: folder.path).isEmpty, "left after the rerun: \(hidden(in: folder.path))")
        #expect(try CLIRunner.run(["generate", "--items", "20", "-o", "clean"], in: folder.url).status == 0)
        #expect(Self.snapshot(folder.path + "/estate") == Self.snapshot(folder.path + "/clean"))
    }

    /// What a killed run left is removed; a live run's temporaries, and files merely named
    /// like temporaries, are not, with or without `--force`.
    @Test func onlyTheTemporariesOfDeadRunsAreRemoved() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.tiny)
        let dead = try deadProcessID()
        let live = getpid()
        let stale = [
            "maps/.areas.svg.cleave-\(dead).tmp", "maps/.gone-view.dot.cleave-\(dead).tmp",
            ".one.svg.cleave-\(dead).tmp", ".estate.writing-\(dead)/systems/s.yaml",
            ".csv.writing-\(dead)/elements.csv",
        ]
        let kept = [
            "maps/.areas.svg.cleave-\(live).tmp",  // a run still going
            "maps/.areas.svg.\(dead).tmp", "maps/.notes.cleave-x.tmp", "maps/notes.cleave-\(dead).tmp",
            ".one.svg.cleave-\(live).tmp", ".estate.writing-\(live)/systems/s.yaml", ".estate.writing-x/notes",
        ]
        for path in stale + kept { try folder.write(path, "half a file") }

        let render = try CLIRunner.run(
            ["render", "inv", "--all", "--format", "dot", "--output", "maps"], in: folder.url)
        #expect(render.status == 0, "\(render.stderr)")
        let one = try CLIRunner.run(["render", "inv", "--view", "areas", "--output", "one.svg"], in: folder.url)
        #expect(one.status == 0, "\(one.stderr)")
        let generate = try CLIRunner.run(["generate", "--items", "10", "-o", "estate"], in: folder.url)
        #expect(generate.status == 0, "\(generate.stderr)")
        let export = try CLIRunner.run(["export", "archi-csv", "inv", "-o", "csv"], in: folder.url)
        #expect(export.status == 0, "\(export.stderr)")

        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: folder.path + "/maps/.areas.svg.cleave-\(dead).tmp"))
        #expect(!fm.fileExists(atPath: folder.path + "/maps/.gone-view.dot.cleave-\(dead).tmp"))
        #expect(!fm.fileExists(atPath: folder.path + "/.one.svg.cleave-\(dead).tmp"))
        #expect(!fm.fileExists(atPath: folder.path + "/.estate.writing-\(dead)"))
        #expect(!fm.fileExists(atPath: folder.path + "/.csv.writing-\(dead)"))
        for path in kept {
            #expect(try folder.read(path) == "half a file", "\(path) was touched")
        }
        // --force replaces files in the way, not other files beside them.
        let forced = try CLIRunner.run(
            ["render", "inv", "--all", "--format", "dot", "--output", "maps", "--force"], in: folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try folder.read("maps/.areas.svg.\(dead).tmp") == "half a file")
        #expect(try folder.read("maps/.areas.svg.cleave-\(live).tmp") == "half a file")
    }

    // MARK: - A full disk

    @Test(.enabled(if: SmallDisk.unavailable == nil, Comment(rawValue: SmallDisk.unavailable ?? "")))
    func aFullDiskNamesTheFileAndKeepsTheOldOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.tiny)
        let disk = try SmallDisk(in: folder, name: "disk")
        defer { withExtendedLifetime(folder) { disk.unmount() } }
        let old = try CLIRunner.run(
            ["render", "inv", "--view", "areas", "--output", "disk/estate.svg"], in: folder.url)
        #expect(old.status == 0, "\(old.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: disk.path + "/estate.svg"))

        // The whole estate's map is bigger than the disk.
        let full = try CLIRunner.run(
            ["render", Self.inventory, "--view", "estate", "--output", "disk/estate.svg"], in: folder.url)
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.contains("disk/estate.svg: error: cannot write: No space left on device"), "\(full.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: disk.path + "/estate.svg")) == before)
        #expect(hidden(in: disk.path).isEmpty, "\(hidden(in: disk.path))")
    }

    @Test(
        .enabled(if: SmallDisk.unavailable == nil, Comment(rawValue: SmallDisk.unavailable ?? "")),
        .timeLimit(.minutes(10)))
    func aFullDiskDuringRenderAllLeavesWholeMaps() throws {
        let expected = try Self.reference.get()
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.tiny)
        let disk = try SmallDisk(in: folder, name: "disk")
        defer { withExtendedLifetime(folder) { disk.unmount() } }
        let old = try CLIRunner.run(["render", "inv", "--all", "--output", "disk/maps"], in: folder.url)
        #expect(old.status == 0, "\(old.stderr)")
        let maps = disk.path + "/maps"
        let before = Self.snapshot(maps)

        let full = try CLIRunner.run(
            ["render", Self.inventory, "--all", "--output", "disk/maps"], in: folder.url, timeout: 600)
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.contains(": error: cannot write: No space left on device"), "\(full.stderr.prefix(2000))")
        for (name, data) in Self.snapshot(maps) {
            #expect(
                data == before[name] || Self.isNew(name, data, expected),
                "\(name) is neither the old map nor the new one")
        }
        #expect(hidden(in: maps).isEmpty, "\(hidden(in: maps))")
    }

    @Test(.enabled(if: SmallDisk.unavailable == nil, Comment(rawValue: SmallDisk.unavailable ?? "")))
    func aFullDiskDuringGenerateKeepsTheOldEstate() throws {
        let folder = try TemporaryFolder()
        let disk = try SmallDisk(in: folder, name: "disk")
        defer { withExtendedLifetime(folder) { disk.unmount() } }
        #expect(try CLIRunner.run(["generate", "--items", "10", "-o", "disk/estate"], in: folder.url).status == 0)
        let before = Self.snapshot(disk.path + "/estate")

        let full = try CLIRunner.run(["generate", "--items", "5000", "-o", "disk/estate"], in: folder.url)
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.hasPrefix("disk/estate: error: cannot write the estate: "), "\(full.stderr)")
        #expect(Self.snapshot(disk.path + "/estate") == before, "the old estate changed")
        #expect(hidden(in: disk.path).isEmpty, "\(hidden(in: disk.path))")
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
    }

    /// A folder named by one letter: Foundation's `NSString` path methods trap on it.
    @Test func aOneLetterFolderIsWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("inv/estate.yaml", Self.tiny)
        let render = try CLIRunner.run(["render", "inv", "--all", "--format", "dot", "--output", "m"], in: folder.url)
        #expect(render.status == 0 && !render.crashed, "\(render.stderr.prefix(500))")
        let one = try CLIRunner.run(["render", "inv", "--view", "areas", "--output", "m/a.dot"], in: folder.url)
        #expect(one.status == 0 && !one.crashed, "\(one.stderr.prefix(500))")
        let generate = try CLIRunner.run(["generate", "--items", "10", "-o", "g"], in: folder.url)
        #expect(generate.status == 0 && !generate.crashed, "\(generate.stderr.prefix(500))")
    }

    // MARK: - Helpers

    /// Whether `data` is what a clean run writes as `name`: the same bytes, SVGs too (the
    /// same DOT text gives the same SVG from any process: `GraphvizOrderTests`).
    static func isNew(_ name: String, _ data: Data, _ expected: [String: Data]) -> Bool {
        expected[name] == data
    }

    /// Every regular file under `path` that is not hidden, by its path relative to `path`.
    static func snapshot(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: path)
        guard let walk = FileManager.default.enumerator(atPath: path) else { return files }
        while let relative = walk.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                && !relative.hasSuffix(".cleave-generated")
            {
                continue
            }
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            files[relative] = try? Data(contentsOf: url)
        }
        return files
    }

    private func names(in path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    private func hidden(in path: String) -> [String] {
        names(in: path).filter { $0.hasPrefix(".") && $0 != ".cleave-generated" }.sorted()
    }

    /// `.NAME.cleave-PID.tmp`, as the README says Cleave names its temporary files.
    private func isTemporaryName(_ name: String) -> Bool {
        name.range(of: #"^\..+\.cleave-[0-9]+\.tmp$"#, options: .regularExpression) != nil
    }

    /// Polls `ready` until it holds, `run` ends, or two minutes pass; true when it held.
    private func poll(while run: BackgroundRun, _ ready: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if ready() { return true }
            if !run.process.isRunning { return ready() }
            usleep(1_000)
        }
        return false
    }

    /// The id of a process that has ended (and been reaped), so no process has it now.
    private func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

/// A `cleave` run in the background, its standard error in a log file of the folder.
final class BackgroundRun {
    let process = Process()
    let log: String
    private let logPath: String

    init(_ arguments: [String], in folder: TemporaryFolder, log: String) throws {
        self.log = log
        logPath = folder.path + "/" + log
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: logPath)
        try process.run()
    }

    func kill(_ signal: Int32) {
        if process.isRunning { Foundation.kill(process.processIdentifier, signal) }
    }

    /// Waits for the run to end: its exit status, or the signal that ended it.
    func wait() -> (code: Int32, signal: Int32?) {
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return (process.terminationStatus, signalled ? process.terminationStatus : nil)
    }

    var stderr: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
}

/// A 256 KiB tmpfs mounted in a test's folder, to fill up. Mounting needs root (or
/// CAP_SYS_ADMIN); where it is not allowed the tests that need it are skipped and say why.
struct SmallDisk {
    let path: String

    /// Why no small disk can be mounted here, or nil when one can.
    static let unavailable: String? = {
        guard getuid() == 0 else { return "not root: mounting a small tmpfs to fill needs root (CAP_SYS_ADMIN)" }
        guard let probe = try? TemporaryFolder() else { return "no temporary folder to mount a tmpfs in" }
        let mounted = command(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", probe.path])
        guard mounted.status == 0 else {
            return "mount -t tmpfs is not permitted here (a container without CAP_SYS_ADMIN?): \(mounted.output)"
        }
        _ = command(["umount", probe.path])
        return nil
    }()

    init(in folder: TemporaryFolder, name: String) throws {
        path = folder.path + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let mounted = Self.command(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", path])
        guard mounted.status == 0 else { throw MountError("cannot mount a tmpfs: \(mounted.output)") }
    }

    func unmount() {
        if Self.command(["umount", path]).status != 0 { _ = Self.command(["umount", "-l", path]) }
    }

    struct MountError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func command(_ arguments: [String]) -> (status: Int32, output: String) {
        let result = Shell.run(arguments)
        return (result.status, result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
