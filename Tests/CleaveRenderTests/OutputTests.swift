import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// How `render` picks a format from a file name, and how it marks images as its own.
struct OutputTests {
    @Test(arguments: [
        ("a.svg", RenderFormat.svg), ("a.PNG", .png), ("a.pdf", .pdf), ("a.dot", .dot), ("a.gv", .dot),
        ("a.mmd", .mermaid), ("a.mermaid", .mermaid), ("noextension", .svg),
    ])
    func theExtensionGivesTheFormat(path: String, format: RenderFormat) throws {
        #expect(try RenderFormat.resolve(requested: nil, output: path) == format)
        #expect(try RenderFormat.resolve(requested: format, output: path) == format)
    }

    @Test func noOutputMeansTheRequestedFormatOrSVG() throws {
        #expect(try RenderFormat.resolve(requested: nil, output: nil) == .svg)
        #expect(try RenderFormat.resolve(requested: .dot, output: nil) == .dot)
    }

    @Test func aContradictionIsAnError() throws {
        #expect(throws: UserError.self) { try RenderFormat.resolve(requested: .png, output: "a.svg") }
        #expect(throws: UserError.self) { try RenderFormat.resolve(requested: nil, output: "a.jpeg") }
        #expect(try RenderFormat.resolve(requested: .png, output: "a.jpeg") == .png)
    }

    @Test func thePNGStampIsAValidChunkAndIsFoundAgain() {
        // The smallest PNG header: signature and an IHDR chunk, then IEND.
        let ihdr = MapStamp.pngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
        let png = MapStamp.pngSignature + ihdr + MapStamp.pngChunk("IEND", [])
        #expect(!MapStamp.isStamped(png, format: .png))
        let stamped = MapStamp.stamp(png, format: .png)
        #expect(MapStamp.isStamped(stamped, format: .png))
        #expect(stamped.count == png.count + 12 + "Software\0Cleave map".utf8.count)
        #expect(MapStamp.stamp(stamped, format: .png) == stamped)
        // The well-known CRC of "IEND".
        #expect(MapStamp.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func thePDFStampFollowsTheEnd() {
        let pdf = Array("%PDF-1.5\n…\n%%EOF\n".utf8)
        let stamped = MapStamp.stamp(pdf, format: .pdf)
        #expect(MapStamp.isStamped(stamped, format: .pdf))
        #expect(MapStamp.stamp(stamped, format: .pdf) == stamped)
        #expect(MapStamp.stamp(Array("not a pdf".utf8), format: .pdf) == Array("not a pdf".utf8))
    }
}
