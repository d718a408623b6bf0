import CleaveCore
import Foundation

/// Known findings that should not fail CI. Entries are matched by rule, file and message,
/// not by line, so moving lines around does not invalidate the baseline; each entry
/// absorbs one matching finding, so a second copy of a known problem is still new.
/// Places a message mentions ("first written at line 2", "at 3:9") are compared without
/// their numbers, for the same reason.
///
/// Files are recorded relative to the inventory root, so a baseline written by
/// `validate inv` matches `validate ./inv` or `validate /abs/path/inv`. A baseline written
/// before that (files as the user spelled them, `legacy`) still matches: an entry's file
/// matches a finding whose relative path ends it.
public struct Baseline: Sendable {
    public struct Entry: Hashable, Sendable, Comparable {
        public var rule: String
        public var file: String
        public var message: String

        /// The entry for `finding`, its file and the places its message names made
        /// relative to `root`.
        public init(_ finding: Finding, root: InventoryPath? = nil) {
            rule = finding.rule
            file = root?.relative(finding.location.file) ?? finding.location.file
            message = root?.relativeText(finding.message) ?? finding.message
        }

        /// Whether this entry, read from a legacy baseline (files as once spelled, say
        /// `inv/a.yaml`), stands for `other` (files relative to the root, `a.yaml`).
        func matchesLegacy(_ other: Entry) -> Bool {
            guard rule == other.rule else { return false }
            let oldRoot: String
            if file == other.file {
                oldRoot = ""
            } else if file.hasSuffix("/" + other.file) {
                oldRoot = String(file.dropLast(other.file.count))
            } else {
                return false
            }
            let relativeMessage =
                oldRoot.isEmpty
                ? message
                : InventoryPath(root: oldRoot, isFile: false).relativeText(message)
            return relativeMessage == other.message
        }

        public init(rule: String, file: String, message: String) {
            self.rule = rule
            self.file = file
            self.message = message
        }

        /// The entry with the line and column numbers in its message blanked out.
        var movable: Entry {
            Entry(rule: rule, file: file, message: Entry.withoutPlaces(message))
        }

        /// Blanks `12:5` (a line and column) and `line 12` in a message.
        static func withoutPlaces(_ message: String) -> String {
            let chars = Array(message)
            var out = ""
            var i = 0
            func digits(from j: Int) -> Int {
                var k = j
                while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
                return k
            }
            while i < chars.count {
                if chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) {
                    let end = digits(from: i)
                    if end < chars.count, chars[end] == ":", digits(from: end + 1) > end + 1 {
                        out += "#:#"
                        i = digits(from: end + 1)
                        continue
                    }
                    if out.hasSuffix("line ") {
                        out += "#"
                        i = end
                        continue
                    }
                }
                out.append(chars[i])
                i += 1
            }
            return out
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.rule, a.message) < (b.file, b.rule, b.message)
        }
    }

    public var entries: [Entry]
    /// True for a baseline whose files are spelled as the user gave the inventory path
    /// (written before files were recorded relative to the inventory root).
    public var legacy: Bool

    /// The baseline of `findings`, files relative to `root` (or as they are, without one).
    public init(findings: [Finding], root: InventoryPath? = nil) {
        entries = findings.map { Entry($0, root: root) }.sorted()
        legacy = false
    }

    public init(entries: [Entry], legacy: Bool = false) {
        self.entries = entries.sorted()
        self.legacy = legacy
    }

    /// The findings not covered by the baseline, and how many were. `root` is the inventory
    /// path the findings were read from, however it is spelled.
    public func filter(_ findings: [Finding], root: InventoryPath? = nil) -> (new: [Finding], known: Int) {
        var remaining: [Entry: Int] = [:]
        if !legacy {
            for entry in entries { remaining[entry.movable, default: 0] += 1 }
        }
        var legacyLeft = legacy ? entries.map(\.movable) : []
        var new: [Finding] = []
        var known = 0
        for finding in findings {
            let entry = Entry(finding, root: root).movable
            if let count = remaining[entry], count > 0 {
                remaining[entry] = count - 1
                known += 1
            } else if let index = legacyLeft.firstIndex(where: { $0.matchesLegacy(entry) }) {
                legacyLeft.remove(at: index)
                known += 1
            } else {
                new.append(finding)
            }
        }
        return (new, known)
    }

    /// Says how files are recorded; a baseline without it is `legacy`.
    static let pathsKey = "paths"
    static let pathsValue = "relative to the inventory"

    public func json() -> String {
        JSONValue.object([
            ("schemaVersion", .int(1)),
            (Baseline.pathsKey, .string(legacy ? "as given" : Baseline.pathsValue)),
            (
                "findings",
                .array(
                    entries.map { e in
                        .object([("rule", .string(e.rule)), ("file", .string(e.file)), ("message", .string(e.message))])
                    })
            ),
        ]).rendered()
    }
}

extension Baseline {
    private struct File: Decodable {
        struct Item: Decodable {
            var rule: String
            var file: String
            var message: String
        }
        var schemaVersion: Int
        var paths: String?
        var findings: [Item]
    }

    /// Reads a baseline written by `json()`; the error says what is wrong with the file.
    public static func parse(_ data: Data) throws -> Baseline {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw BaselineError(
                message:
                    "not a Cleave baseline (expected {\"schemaVersion\": 1, \"findings\": [{rule, file, message}]})")
        }
        guard file.schemaVersion == 1 else {
            throw BaselineError(
                message: "baseline schemaVersion \(file.schemaVersion) is not supported (this Cleave reads 1)")
        }
        return Baseline(
            entries: file.findings.map { Entry(rule: $0.rule, file: $0.file, message: $0.message) },
            legacy: file.paths != pathsValue)
    }
}

public struct BaselineError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Baseline {
    /// Reads the baseline file at `path`.
    /// - Throws: `UserError` when it cannot be read or is not a baseline.
    public static func read(path: String) throws(UserError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError(
                "cannot read the baseline file", place: path, hint: "create it with --write-baseline \(path)")
        }
        do {
            return try parse(data)
        } catch {
            throw UserError("\(error)", place: path)
        }
    }
}
