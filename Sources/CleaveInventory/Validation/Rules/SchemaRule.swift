import CleaveCore

/// The loader reports these: unknown keys or sections, wrong types, bad values, missing keys.
struct SchemaRule: LoaderRule {
    static let id = "schema"
    static let summary = "An unknown key or section, a value of the wrong type, or a missing required key."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header + "systems:\n  - {id: s1, name: S1, area: ar, users: [A], dependson: [s2]}\n",
            expect: ["5:46: unknown key 'dependson' in a system; did you mean 'dependsOn'?"]),
        RuleExample(
            RuleExample.header + "systems:\n  - {id: s1, area: ar, users: [A], annualCost: lots}\n",
            expect: [
                "5:5: a system is missing required key 'name'",
                "5:48: annualCost: expected a number ≥ 0, found 'lots'",
            ]),
        RuleExample(
            RuleExample.header + "system: []\n",
            expect: ["4:1: unknown section 'system' in an inventory file; did you mean 'systems'?"]),
    ]
    static let nonTriggering = [
        RuleExample.header + "systems:\n  - {id: s1, name: S1, area: ar, users: [A], annualCost: 1200}\n"
    ]
}

extension SchemaRule {
    /// The messages the loader reports under this rule, worded in one place.
    enum Message {
        static func notAMapping(_ what: String, allowed: [String], found: String) -> String {
            "\(what): expected a mapping of keys (\(allowed.prefix(3).joined(separator: ", ")), …), found \(found)"
        }

        static func keyNotAWord(_ what: String, found: String) -> String {
            "\(what): a key must be a plain word, found \(found)"
        }

        /// An unknown key, or section when `what` is a whole file; merge keys get their own hint.
        static func unknownKey(_ key: String, in what: String, suggestion: String?) -> String {
            let hint = key == "<<" ? " (merge keys are not supported)" : Suggestion.phrase(suggestion)
            let noun = what == "an inventory file" ? "section" : "key"
            return "unknown \(noun) '\(key)' in \(what)\(hint)"
        }

        static func missingKey(_ key: String, in what: String) -> String {
            "\(what) is missing required key '\(key)'"
        }

        /// `key: expected <expected>, found <found>`.
        static func expected(_ expected: String, _ key: String, found: String) -> String {
            "\(key): expected \(expected), found \(found)"
        }

        static func tooLarge(_ key: String, _ text: String) -> String {
            "\(key): '\(text)' is too large to be a cost or count"
        }

        static func notOneOf(_ key: String, _ text: String, names: [String], suggestion: String?) -> String {
            "\(key): '\(text)' is not one of \(names.joined(separator: ", "))\(Suggestion.phrase(suggestion))"
        }

        static func estateTwice(first: SourceLocation) -> String {
            "`estate` is given more than once (first at \(first)); give it in one file only"
        }

        static func notACurrency(_ text: String) -> String {
            "currency: '\(text)' is not an ISO 4217 code such as GBP or EUR"
        }
    }
}

extension RuleExample {
    /// The first three lines every example starts with: an estate, two parties and an area.
    static let header = """
        estate: {name: Example, asOf: 2026-01-01}
        parties: [{id: A, name: Alpha}, {id: B, name: Beta}]
        areas: [{id: ar, name: Area, lead: A}, {id: bs, name: Business, lead: A, inScope: false}]

        """
}
