import Foundation

/// Marks PNG and PDF images as Cleave's, as the graph comment marks DOT, SVG and Mermaid,
/// so a map written on its own (without its `.dot`) can be overwritten next time.
///
/// PNG: a `tEXt` chunk `Software` = `Cleave map` right after the header chunk, where
/// `MapFolder` reads it. PDF: a comment line after the final `%%EOF`, which readers skip.
public enum MapStamp {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let pngKeyword = "Software"
    static let pdfComment = "%\(DOTWriter.marker)\n"

    /// `bytes` with the stamp added; other formats (and anything that is not a well-formed
    /// image of the format) come back unchanged.
    public static func stamp(_ bytes: [UInt8], format: RenderFormat) -> [UInt8] {
        switch format {
        case .png:
            // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC).
            let headerEnd = 8 + 25
            guard bytes.count > headerEnd, Array(bytes.prefix(8)) == pngSignature,
                Array(bytes[12..<16]) == Array("IHDR".utf8), !isStamped(bytes, format: .png)
            else { return bytes }
            return Array(bytes[..<headerEnd]) + pngChunk("tEXt", Array("\(pngKeyword)\0\(DOTWriter.marker)".utf8))
                + Array(bytes[headerEnd...])
        case .pdf:
            guard bytes.starts(with: Array("%PDF-".utf8)), !isStamped(bytes, format: .pdf) else { return bytes }
            return bytes + Array(pdfComment.utf8)
        case .svg, .dot, .mermaid:
            return bytes
        }
    }

    /// True when `bytes` carry the stamp: `head` is enough for PNG, `tail` for PDF.
    public static func isStamped(_ bytes: [UInt8], format: RenderFormat) -> Bool {
        switch format {
        case .png:
            let needle = Array("tEXt\(pngKeyword)\0\(DOTWriter.marker)".utf8)
            return bytes.count >= needle.count
                && (0...(bytes.count - needle.count)).contains {
                    bytes[$0..<($0 + needle.count)].elementsEqual(needle)
                }
        case .pdf:
            let text = String(decoding: bytes.suffix(64), as: UTF8.self)
            return text.hasSuffix(pdfComment)
        case .svg, .dot, .mermaid:
            return false
        }
    }

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// CRC-32 as PNG defines it (ISO 3309, reflected, polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
