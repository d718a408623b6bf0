import CleaveCore
internal import Yams

/// Parses one file's text into a YAML node tree, turning the parser's errors into short,
/// located `yaml-syntax` findings (never the whole document).
enum YAMLParse {
    /// The root node, nil for a file with no document at all.
    static func parse(_ text: String, file: String) -> Result<Node?, Finding> {
        do {
            let parser = try Parser(yaml: text, resolver: .basic)
            return .success(try parser.singleRoot())
        } catch let error as YamlError {
            return .failure(finding(for: error, text: text, file: file))
        } catch {
            return .failure(SourceText.syntax("cannot parse: \(error)", file: file, line: 1, column: 1))
        }
    }

    private static func finding(for error: YamlError, text: String, file: String) -> Finding {
        func located(_ message: String, _ mark: Mark) -> Finding {
            var message = message
            if character(at: mark, in: text) == "\t" {
                message += " (a tab: YAML indents with spaces only)"
            }
            return SourceText.syntax(message, file: file, line: mark.line, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
            let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let while_ = context.map { "\($0.text) (line \($0.mark.line)), " } ?? ""
            return located("\(while_)\(problem)", mark)
        case let .reader(problem, offset, _, _):
            var line = 1, column = 1
            if let offset {
                for scalar in text.unicodeScalars.prefix(offset) {
                    if scalar == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
            }
            return SourceText.syntax(problem, file: file, line: line, column: column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = context.mark
            let second = laterOccurrence(of: key, after: first, in: text)
            let message =
                "duplicate key '\(key)' in one mapping"
                + (second != nil ? " (first written at line \(first.line))" : "")
                + "; each key may appear once"
            return SourceText.syntax(
                message, file: file, line: second?.line ?? first.line,
                column: second?.column ?? first.column)
        default:
            return SourceText.syntax("cannot parse: \(error)", file: file, line: 1, column: 1)
        }
    }

    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return nil }
        return scalars[mark.column - 1]
    }

    /// The second place a block-mapping key stands at the same column, for pointing at the
    /// duplicate rather than the original.
    private static func laterOccurrence(of key: String, after mark: Mark, in text: String) -> (line: Int, column: Int)?
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line < lines.count else { return nil }
        let indent = mark.column - 1
        for n in mark.line..<lines.count {
            let scalars = Array(lines[n].unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " { i += 1 }
            if i < indent, i < scalars.count, scalars[i] != "#", scalars[i] != "-" { return nil }
            var start = i
            if i == indent - 2, i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == " " { start = indent }
            guard start == indent else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate) {
                if rest.dropFirst(candidate.count).drop(while: { $0 == " " }).first == ":" {
                    return (n + 1, indent + 1)
                }
            }
        }
        return nil
    }
}
