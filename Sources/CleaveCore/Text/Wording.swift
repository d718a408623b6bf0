/// Counts, percentages and plain numbers in words, the same in reports, messages and maps.
public enum Wording {
    /// `1 item`, `3 items`; give `plural` for words that do not just take an "s".
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// `67%`, rounded to a whole percent.
    public static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    /// `3` for whole numbers, else the shortest form that reads back exactly (`2.5`).
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// "A", "A and B", "A, B and C": names as a sentence lists them.
    public static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Counts by kind as a parenthesis: `3 (2 unsplittable, 1 conflict)`; `0` when none, and
    /// kinds with no count are left out.
    public static func breakdown(total: Int, _ parts: [(count: Int, name: String)]) -> String {
        let shown = parts.filter { $0.count > 0 }.map { "\($0.count) \($0.name)" }
        return shown.isEmpty ? String(total) : "\(total) (\(shown.joined(separator: ", ")))"
    }

    /// A path or word as a POSIX shell reads it back unchanged, for commands a message
    /// suggests: as it is when it holds only letters, digits and `-_./:@%+=,`, else in
    /// single quotes (a quote inside written `'\''`).
    public static func shellWord(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { c in
            c.isASCII
                && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "-_./:@%+=,".unicodeScalars.contains(c))
        }
        if plain && !word.isEmpty { return word }
        return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
