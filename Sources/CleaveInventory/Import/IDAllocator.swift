import CleaveCore

/// Hands out ids unique across the whole import: a valid given id as it is, anything else
/// as a slug (`North Council` → `north-council`), with `-2`, `-3`… where one is taken.
struct IDAllocator {
    private var taken: Set<String> = []

    /// An id for a value with no id column (a name), or for a created party or area.
    mutating func allocate(for value: String, fallback: String) -> String {
        let base = Self.isValid(value) ? value : Self.slug(value, fallback: fallback)
        return unique(base)
    }

    /// An id for a value given in an id column: said when it had to change.
    mutating func allocate(
        for given: String, fallback: String, place: String, header: String,
        notes: inout ImportNotes
    ) -> String {
        let base = Self.isValid(given) ? given : Self.slug(given, fallback: fallback)
        let id = unique(base)
        if id != given {
            let why = base != given ? "is not a valid id" : "is already used"
            notes.problems.append("\(place): \(header): '\(CellReader.oneLine(given))' \(why); written as '\(id)'")
        }
        return id
    }

    private mutating func unique(_ base: String) -> String {
        var id = base, n = 2
        while taken.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        taken.insert(id)
        return id
    }

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
    }

    static func slug(_ text: String, fallback: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }
}

/// Finds an id from what a cell gives: the id itself, the id ignoring case, or a name ignoring
/// case (only when one entity has it).
struct Lookup {
    private var ids: Set<String> = []
    private var byLowerID: [String: [String]] = [:]
    private var byLowerName: [String: [String]] = [:]

    init(_ entries: [(id: String, name: String, kind: String)]) {
        for entry in entries {
            ids.insert(entry.id)
            byLowerID[entry.id.lowercased(), default: []].append(entry.id)
            byLowerName[entry.name.lowercased(), default: []].append(entry.id)
        }
    }

    func find(_ value: String) -> String? {
        if ids.contains(value) { return value }
        if let matches = byLowerID[value.lowercased()], matches.count == 1 { return matches[0] }
        if let matches = byLowerName[value.lowercased()], Set(matches).count == 1 { return matches[0] }
        return nil
    }

    /// The id, or nil with a problem said at the cell's place.
    func resolve(_ value: String, notes: inout ImportNotes, place: String, header: String, noun: String) -> String? {
        if let id = find(value) { return id }
        notes.problems.append(
            "\(place): \(header): no \(noun) has the id or name '\(CellReader.oneLine(value))'; left out")
        return nil
    }
}
