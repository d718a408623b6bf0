import CleaveCore
import Foundation

/// Turns the raw bytes of one file into text YAML can parse, or a located finding saying
/// why it cannot: too large, not UTF-8 (nor UTF-16 or UTF-32 with a byte-order mark), nested too deeply, or aliases used as keys.
enum SourceText {
    /// Files larger than this are refused; split a larger inventory over several files.
    static let maxBytes = 32 << 20
    /// Deeper nesting than this is refused before parsing: the YAML composer recurses.
    static let maxDepth = 200

    static func decode(_ data: Data, file: String) -> Result<String, Finding> {
        guard data.count <= maxBytes else {
            return .failure(FileBytes.tooLarge(file, bytes: "\(data.count) bytes", limit: maxBytes))
        }
        let bytes: [UInt8]
        switch SourceEncoding.utf8([UInt8](data), file: file) {
        case .failure(let finding): return .failure(finding)
        case .success(let utf8): bytes = utf8
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (offset, line, column) = firstInvalidUTF8(bytes)
            return .failure(
                syntax(
                    "the file is not UTF-8 text: byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset) is invalid; save it as UTF-8",
                    file: file, line: line, column: column))
        }
        // In UTF-8 a NUL byte is the NUL character and nothing else: look for the byte (fast),
        // and for the character's position only when there is one.
        let hasNUL = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        if hasNUL, let nul = text.unicodeScalars.firstIndex(of: "\0") {
            let (line, column) = position(of: nul, in: text)
            return .failure(
                syntax(
                    "the file contains a NUL byte; it looks binary, not YAML", file: file, line: line, column: column))
        }
        if let problem = structuralProblem(text, file: file) { return .failure(problem) }
        return .success(text)
    }

    /// A size in the words the messages use: "32 MiB", or bytes below a mebibyte.
    static func sizeInWords(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    static func syntax(_ message: String, file: String, line: Int, column: Int) -> Finding {
        Finding(
            rule: YAMLSyntaxRule.id, severity: .error, message: message,
            location: SourceLocation(file: file, line: line, column: column))
    }

    /// A cheap scan for what would make the parser recurse without bound or hash aliases
    /// exponentially: nesting deeper than `maxDepth` (block indentation levels plus flow
    /// brackets) and aliases or complex values used as mapping keys.
    ///
    /// It reads UTF-8 bytes: every character it looks for is ASCII, and a multi-byte
    /// character never contains an ASCII byte.
    /// - Complexity: O(bytes).
    private static func structuralProblem(_ text: String, file: String) -> Finding? {
        var copy = text
        return copy.withUTF8 { bytes in structuralProblem(bytes, file: file) }
    }

    private static func structuralProblem(_ line: UnsafeBufferPointer<UInt8>, file: String) -> Finding? {
        let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), hash = UInt8(ascii: "#")
        var indentStack: [Int] = []
        var flowDepth = 0
        var lineNumber = 0
        var inBlockScalar: Int? = nil
        var lineStart = 0
        let count = line.count
        func column(_ offset: Int) -> Int {
            String(decoding: UnsafeBufferPointer(rebasing: line[lineStart..<offset]), as: UTF8.self).unicodeScalars
                .count + 1
        }
        while lineStart <= count {
            var lineEnd = lineStart
            while lineEnd < count, line[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var i = lineStart
            while i < lineEnd, line[i] == space { i += 1 }
            let indent = i - lineStart
            if i >= lineEnd || line[i] == hash || line[i] == UInt8(ascii: "\r") { continue }
            if let blockIndent = inBlockScalar {
                if indent > blockIndent { continue }
                inBlockScalar = nil
            }
            if flowDepth == 0 {
                while let last = indentStack.last, last > indent { indentStack.removeLast() }
                if indentStack.last != indent { indentStack.append(indent) }
            }
            if line[i] == UInt8(ascii: "?"), i + 1 == lineEnd || line[i + 1] == space {
                return syntax(
                    "complex mapping keys (`? `) are not supported in an inventory", file: file, line: lineNumber,
                    column: column(i))
            }
            // Compact nested block sequences on one line ("- - - x") each add a level.
            var inlineLevels = 0
            while i + 1 < lineEnd, line[i] == dash, line[i + 1] == space {
                inlineLevels += 1
                i += 2
                while i < lineEnd, line[i] == space { i += 1 }
            }
            var quote: UInt8? = nil
            var previous = space
            while i < lineEnd {
                let c = line[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    if previous == space || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{")
                        || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":")
                    {
                        quote = c
                    }
                } else if c == hash && previous == space {
                    break
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    flowDepth += 1
                    if flowDepth + indentStack.count + inlineLevels > maxDepth {
                        return tooDeep(file: file, line: lineNumber, column: column(i))
                    }
                } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                } else if c == UInt8(ascii: "*")
                    && (previous == space || previous == UInt8(ascii: "[")
                        || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ","))
                {
                    var j = i + 1
                    while j < lineEnd,
                        ![
                            space, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                            UInt8(ascii: "{"), UInt8(ascii: "}"),
                        ].contains(line[j])
                    { j += 1 }
                    while j < lineEnd, line[j] == space { j += 1 }
                    if j < lineEnd, line[j] == UInt8(ascii: ":") {
                        return syntax(
                            "an alias may not be used as a mapping key", file: file, line: lineNumber, column: column(i)
                        )
                    }
                } else if (c == UInt8(ascii: "|") || c == UInt8(ascii: ">")) && previous == space && flowDepth == 0 {
                    // A block scalar header ("|", ">-", "|2") ends the line but for a comment.
                    var j = i + 1
                    while j < lineEnd, line[j] != space, line[j] != hash { j += 1 }
                    while j < lineEnd, line[j] == space { j += 1 }
                    if j == lineEnd || line[j] == hash || line[j] == UInt8(ascii: "\r") { inBlockScalar = indent }
                }
                previous = c
                i += 1
            }
            if indentStack.count + inlineLevels + flowDepth > maxDepth {
                return tooDeep(file: file, line: lineNumber, column: indent + 1)
            }
        }
        return nil
    }

    private static func tooDeep(file: String, line: Int, column: Int) -> Finding {
        syntax(
            "the YAML is nested more than \(maxDepth) levels deep; an inventory needs only a few",
            file: file, line: line, column: column)
    }

    /// Where the first byte that is not UTF-8 stands: decoding replaces it with U+FFFD,
    /// so walk the decoded scalars until one stands where the bytes are not a real U+FFFD.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int, column: Int) {
        var offset = 0, line = 1, column = 1
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\u{FFFD}", !bytes[offset...].starts(with: [0xEF, 0xBF, 0xBD]) { break }
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (min(offset, bytes.count - 1), line, column)
    }

    static func position(of index: String.UnicodeScalarView.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
