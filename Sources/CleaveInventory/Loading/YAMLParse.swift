import CleaveCore

/// Parses one file's text into a `YAMLDocument`, turning the parser's errors into short,
/// located `yaml-syntax` findings (never the whole document).
enum YAMLParse {
    /// The document; its root is nil for a file with no document at all.
    static func parse(_ text: String, file: String) -> Result<YAMLDocument, Finding> {
        var text = text
        let parsed = text.withUTF8 { bytes -> Result<YAMLDocument, YAMLDocument.Problem> in
            do throws(YAMLDocument.Problem) {
                return .success(try YAMLDocument(utf8: bytes))
            } catch {
                return .failure(error)
            }
        }
        return parsed.mapError { finding(for: $0, text: text, file: file) }
    }

    private static func finding(for problem: YAMLDocument.Problem, text: String, file: String) -> Finding {
        if let (key, firstLine) = problem.duplicate {
            let message =
                "duplicate key '\(key)' in one mapping"
                + (firstLine != problem.line ? " (first written at line \(firstLine))" : "")
                + "; each key may appear once"
            return SourceText.syntax(message, file: file, line: problem.line, column: problem.column)
        }
        if let offset = problem.offset {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)
            let (line, column) = index.map { SourceText.position(of: $0, in: text) } ?? (1, 1)
            return SourceText.syntax(problem.problem, file: file, line: line, column: column)
        }
        var message = problem.context.map { "\($0.text) (line \($0.line)), " } ?? ""
        message += problem.problem
        if character(line: problem.line, column: problem.column, in: text) == "\t" {
            message += " (a tab: YAML indents with spaces only)"
        }
        return SourceText.syntax(message, file: file, line: problem.line, column: problem.column)
    }

    private static func character(line: Int, column: Int, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        guard column >= 1, column <= scalars.count else { return nil }
        return scalars[column - 1]
    }
}
