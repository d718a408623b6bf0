import CleaveCore
import Foundation

/// Reads the files of an inventory on every core: each file is parsed into a model of its
/// own, and the parts are then merged in file order, so the result is the one reading the
/// files one after another gives.
///
/// Files are independent except for `estate`, which may be given once: a file whose part has
/// an `estate` section after an earlier file gave one is read again, in order, into the
/// merged model, so that the "given more than once" finding comes out exactly as it would.
enum ParallelFileReader {
    /// One file as read on its own (nil when it cannot be read at all): a file skipped or
    /// refused by `FileBytes` is a part with its finding and nothing else.
    struct Part: Sendable {
        var estate: Estate
        var findings: [Finding]
    }

    /// The parts of `files`, by file, in the same order.
    /// - Complexity: the sum of the files' reading times, spread over the cores.
    static func read(_ files: [String]) -> [Part?] {
        parallelMap(files.count) { k in
            switch FileBytes.contents(of: files[k]) {
            case .unreadable: return nil
            case .finding(let finding): return Part(estate: Estate(), findings: [finding])
            case .bytes(let data):
                var estate = Estate()
                let findings = InventoryLoader.load(data: data, file: files[k], into: &estate)
                return Part(estate: estate, findings: findings)
            }
        }
    }

    /// Makes room in `estate` for everything in `parts`, so that merging them does not
    /// hold the parts and a half-grown copy of them at once.
    static func reserve(for parts: [Part?], in estate: inout Estate) {
        estate.parties.reserveCapacity(parts.reduce(0) { $0 + ($1?.estate.parties.count ?? 0) })
        estate.areas.reserveCapacity(parts.reduce(0) { $0 + ($1?.estate.areas.count ?? 0) })
        estate.items.reserveCapacity(parts.reduce(0) { $0 + ($1?.estate.items.count ?? 0) })
        estate.options.reserveCapacity(parts.reduce(0) { $0 + ($1?.estate.options.count ?? 0) })
    }

    /// Adds `part`, read from `file` on its own, to `estate`, as reading the file into
    /// `estate` would have; returns the findings, or nil when the file must be read again
    /// into `estate` (it gives `estate` a second time).
    static func merge(_ part: Part, into estate: inout Estate) -> [Finding]? {
        var part = part
        if part.estate.location != nil {
            guard estate.location == nil else { return nil }
            // Only an `estate` section sets these, and `estate` has had none yet.
            estate.location = part.estate.location
            estate.name = part.estate.name
            estate.currency = part.estate.currency
            estate.asOf = part.estate.asOf
            estate.defaultDuplicateCost = part.estate.defaultDuplicateCost
            estate.defaultSeverCost = part.estate.defaultSeverCost
            estate.defaultSplitMonths = part.estate.defaultSplitMonths
            estate.appraisal = part.estate.appraisal
            estate.ruleSeverities = part.estate.ruleSeverities
            estate.ruleSeverityLocations = part.estate.ruleSeverityLocations
            estate.locations = part.estate.locations
        }
        estate.parties.append(contentsOf: part.estate.parties)
        estate.areas.append(contentsOf: part.estate.areas)
        estate.items.append(contentsOf: part.estate.items)
        estate.options.append(contentsOf: part.estate.options)
        part.estate = Estate()
        return part.findings
    }
}
