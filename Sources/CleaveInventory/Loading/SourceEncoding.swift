import CleaveCore

/// The encodings YAML 1.2 allows, told apart by the byte-order mark: UTF-8 (with or without
/// one), UTF-16 and UTF-32, little- or big-endian. Every file is turned into UTF-8 bytes
/// first, so the rest of the loader, and every line:column it gives, sees one encoding.
///
/// UTF-16 and UTF-32 without a byte-order mark are recognised by their zero bytes (as YAML
/// 1.2 does) but refused with one message, rather than read as UTF-8 with NUL bytes.
enum SourceEncoding {
    /// The file's bytes as UTF-8, without a byte-order mark, or a finding saying why not.
    static func utf8(_ bytes: [UInt8], file: String) -> Result<[UInt8], Finding> {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return transcode(bytes, from: 4, as: UTF32.self, width: 4, bigEndian: true, name: "UTF-32 BE", file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return transcode(bytes, from: 4, as: UTF32.self, width: 4, bigEndian: false, name: "UTF-32 LE", file: file)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return transcode(bytes, from: 2, as: UTF16.self, width: 2, bigEndian: true, name: "UTF-16 BE", file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return transcode(bytes, from: 2, as: UTF16.self, width: 2, bigEndian: false, name: "UTF-16 LE", file: file)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .success(Array(bytes.dropFirst(3))) }
        if let name = unmarked(bytes) {
            return .failure(
                SourceText.syntax(
                    "the file looks like \(name) text without a byte-order mark; save it as UTF-8 (or as \(name) with a byte-order mark)",
                    file: file, line: 1, column: 1))
        }
        return .success(bytes)
    }

    /// The encoding YAML 1.2 infers from the zero bytes of the first character, when it is
    /// not UTF-8.
    private static func unmarked(_ b: [UInt8]) -> String? {
        guard b.count >= 2 else { return nil }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return "UTF-32 BE" }
        if b.count >= 4, b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return "UTF-32 LE" }
        if b[0] == 0, b[1] != 0 { return "UTF-16 BE" }
        if b[0] != 0, b[1] == 0 { return "UTF-16 LE" }
        return nil
    }

    /// Decodes code units of `width` bytes from `start` on; the first invalid sequence is a
    /// finding at its byte offset, line and column.
    /// - Complexity: O(bytes).
    private static func transcode<Codec: UnicodeCodec>(
        _ bytes: [UInt8], from start: Int, as codec: Codec.Type, width: Int, bigEndian: Bool, name: String,
        file: String
    ) -> Result<[UInt8], Finding> where Codec.CodeUnit: FixedWidthInteger {
        let body = bytes.count - start
        var units: [Codec.CodeUnit] = []
        units.reserveCapacity(body / width)
        var offset = start
        while offset + width <= bytes.count {
            var unit: Codec.CodeUnit = 0
            for k in 0..<width {
                let byte = Codec.CodeUnit(bytes[offset + (bigEndian ? k : width - 1 - k)])
                unit = unit << 8 | byte
            }
            units.append(unit)
            offset += width
        }
        var output: [UInt8] = []
        output.reserveCapacity(body)
        var decoder = Codec()
        var iterator = units.makeIterator()
        var consumed = 0, line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { output.append($0) }
                consumed += width == 2 && scalar.value > 0xFFFF ? 2 : 1
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                guard body % width == 0 else {
                    return .failure(
                        SourceText.syntax(
                            "the file is not valid \(name): it ends in the middle of a character (\(body % width) stray byte\(body % width == 1 ? "" : "s")); save it again",
                            file: file, line: line, column: column))
                }
                return .success(output)
            case .error:
                return .failure(
                    SourceText.syntax(
                        "the file is not valid \(name): the character at byte offset \(start + consumed * width) is invalid; save it again, or as UTF-8",
                        file: file, line: line, column: column))
            }
        }
    }
}
