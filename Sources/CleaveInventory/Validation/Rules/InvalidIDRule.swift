import CleaveCore

/// Ids match `[A-Za-z0-9][A-Za-z0-9._-]*`.
struct InvalidIDRule: ValidationRule {
    static let id = "invalid-id"
    static let summary = "An id does not match [A-Za-z0-9][A-Za-z0-9._-]*."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header + "systems:\n  - {id: \"erp\\u200B\", name: ERP, area: ar, users: [A]}\n",
            expect: [
                "5:5: id 'erp\\u{200B}' is not valid: U+200B at position 4 is not allowed; ids are letters, digits, '.', '_' and '-', starting with a letter or digit"
            ]),
        RuleExample(
            RuleExample.header + "systems:\n  - {id: _erp, name: ERP, area: ar, users: [A]}\n",
            expect: [
                "5:5: id '_erp' is not valid: '_' at position 1 is not allowed; ids are letters, digits, '.', '_' and '-', starting with a letter or digit"
            ]),
    ]
    static let nonTriggering = [
        RuleExample.header + "systems:\n  - {id: erp-gold.v2_1, name: ERP, area: ar, users: [A]}\n"
    ]

    static func check(_ context: ValidationContext) -> [Finding] {
        let estate = context.estate
        var findings: [Finding] = []
        func check(_ id: String, _ location: @autoclosure () -> SourceLocation) {
            guard let (position, scalar) = firstInvalid(id) else { return }
            let shown =
                scalar.properties.generalCategory == .spaceSeparator || !isVisible(scalar)
                ? codePoint(scalar) : "'\(scalar)'"
            let what = id.isEmpty ? "is empty" : "is not valid: \(shown) at position \(position) is not allowed"
            findings.append(
                finding(
                    "id '\(escaped(id))' \(what); ids are letters, digits, '.', '_' and '-', starting with a letter or digit",
                    at: location()))
        }
        for party in estate.parties { check(party.id, party.location) }
        for area in estate.areas { check(area.id, area.location) }
        // Items are read in place: binding a whole item would copy every field.
        let items = estate.items
        for i in items.indices { check(items[i].id, items[i].location) }
        for option in estate.options { check(option.id, option.location) }
        return findings
    }

    /// `U+200B` style.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func isAllowed(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case ".", "_", "-": !first
        default: false
        }
    }

    /// The 1-based position and scalar of the first character an id may not have.
    static func firstInvalid(_ id: String) -> (Int, Unicode.Scalar)? {
        if id.isEmpty { return (0, " ") }
        // Most ids are plain ASCII: their bytes settle them (every allowed character is ASCII).
        if id.utf8.enumerated().allSatisfy({ $1 < 0x80 && isAllowed(Unicode.Scalar($1), first: $0 == 0) }) {
            return nil
        }
        for (offset, scalar) in id.unicodeScalars.enumerated() where !isAllowed(scalar, first: offset == 0) {
            return (offset + 1, scalar)
        }
        return nil
    }

    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate,
            .nonspacingMark, .enclosingMark, .spaceSeparator:
            false
        default: true
        }
    }

    /// The id with invisible characters written as `\u{…}` so the message shows them.
    static func escaped(_ id: String) -> String {
        id.unicodeScalars.map { isVisible($0) ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
            .joined()
    }
}
