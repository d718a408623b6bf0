import CleaveCore

/// The loader reports these: the bytes are not well-formed YAML (or not text at all).
struct YAMLSyntaxRule: LoaderRule {
    static let id = "yaml-syntax"
    static let summary = "The file is not well-formed YAML."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            "estate: {name: Example\nparties: []\n",
            expect: ["2:8: while parsing a flow mapping (line 1), did not find expected ',' or '}'"]),
        RuleExample(
            "estate:\n\tname: Example\n",
            expect: [
                "2:1: while scanning for the next token (line 2), found character that cannot start any token (a tab: YAML indents with spaces only)"
            ]),
        RuleExample(
            "estate:\n  name: Example\n  name: Again\n",
            expect: ["3:3: duplicate key 'name' in one mapping (first written at line 2); each key may appear once"]),
    ]
    static let nonTriggering = ["estate:\n  name: Example\n"]
}
