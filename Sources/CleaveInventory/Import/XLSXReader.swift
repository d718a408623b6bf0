import CleaveCore
import Foundation
internal import ZIPFoundation

/// Reads the sheets of an Excel workbook (`.xlsx`: a zip of XML parts) as tables: shared and
/// inline strings, numbers (dates stay day numbers; the importer turns them into dates where
/// a column holds dates) and booleans. Formulas give their cached value.
public enum XLSXReader {
    /// How much a workbook may inflate to: a zip bomb (a few kilobytes that inflate to
    /// gigabytes) is stopped while it inflates, whatever its headers claim.
    public struct Limits: Sendable {
        /// The most one part may inflate to.
        public var partBytes: Int
        /// The most all the parts read may inflate to together.
        public var totalBytes: Int
        /// How many times its stored size a part may inflate to, once past `ratioFloor`.
        public var ratio: Int
        /// Below this many inflated bytes, no ratio is too high.
        public var ratioFloor: Int

        public init(partBytes: Int, totalBytes: Int, ratio: Int, ratioFloor: Int) {
            self.partBytes = partBytes
            self.totalBytes = totalBytes
            self.ratio = ratio
            self.ratioFloor = ratioFloor
        }

        /// 256 MiB a part (`XMLEvents.maxBytes`), 512 MiB in all, 200 times past 1 MiB.
        /// Spreadsheet XML deflates about 5 to 30 times (a generated sheet of 1,048,576 rows
        /// and four columns: 9 times); a zip bomb about 1,000 times.
        public static let standard = Limits(
            partBytes: XMLEvents.maxBytes, totalBytes: 512 << 20, ratio: 200, ratioFloor: 1 << 20)
    }

    /// Every sheet, in workbook order; empty sheets give a table with no header.
    /// - Throws: `UserError` when the file is not a readable workbook.
    public static func read(
        path: String, source: String? = nil, limits: Limits = .standard
    ) throws(UserError) -> [ImportTable] {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw notAWorkbook(path)
        }
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)) ?? Data()
        return try read(archive, bytes: bytes, path: path, source: source ?? path, limits: limits)
    }

    /// Every sheet of a workbook held in memory, as `read(path:)` reads a file; `source`
    /// names it in messages. The bytes go through a temporary file: ZIPFoundation's in-memory
    /// archive traps on a central directory that points past the end of the data.
    /// - Throws: `UserError` when the bytes are not a readable workbook.
    public static func read(data: Data, source: String, limits: Limits = .standard) throws(UserError) -> [ImportTable] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cleave-\(UUID().uuidString).xlsx")
        do { try data.write(to: file) } catch {
            throw UserError("cannot write a temporary copy of the workbook: \(error.localizedDescription)", place: source)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch {
            var refusal = notAWorkbook(file.path)
            refusal.place = source
            throw refusal
        }
        return try read(archive, bytes: data, path: source, source: source, limits: limits)
    }

    /// - Parameter bytes: the file itself, whose deflated entries are inflated from it.
    private static func read(
        _ archive: Archive, bytes: Data, path: String, source: String, limits: Limits
    ) throws(UserError) -> [ImportTable] {
        var inflatedSoFar = 0
        func part(_ name: String) throws(UserError) -> Data? {
            guard let entry = archive[name], entry.type == .file else { return nil }
            return try inflate(
                entry, in: archive, bytes: bytes, name: name, path: path, limits: limits, total: &inflatedSoFar)
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw UserError("the file has no xl/workbook.xml, so it is not an .xlsx workbook", place: path)
        }
        let sheets = try Self.sheets(workbook, path: path)
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels") {
            targets = try Self.targets(relations, path: path)
        }
        let strings =
            try part("xl/sharedStrings.xml").map { data throws(UserError) in
                try sharedStrings(data, place: "\(path):xl/sharedStrings.xml")
            } ?? []
        var tables: [ImportTable] = []
        for (index, sheet) in sheets.enumerated() {
            let target = targets[sheet.relation] ?? "xl/worksheets/sheet\(index + 1).xml"
            guard let data = try part(target) else {
                throw UserError("the sheet '\(sheet.name)' has no part '\(target)' in the workbook", place: path)
            }
            tables.append(
                try table(
                    sheetXML: data, strings: strings, source: "\(source):\(sheet.name)", sheet: sheet.name,
                    part: "\(path):\(target)"))
        }
        return tables
    }

    /// The workbook's sheets, in order: each `<sheet>`'s name and relationship id.
    private static func sheets(_ data: Data, path: String) throws(UserError) -> [(name: String, relation: String)] {
        var sheets: [(name: String, relation: String)] = []
        try scan(data, place: "\(path):xl/workbook.xml") { scanner throws(SheetStop) in
            while case let token = try scanner.nextToken(), token != .done {
                guard case .start = token, scanner.isLocal("sheet"), let name = scanner.attribute("name") else {
                    continue
                }
                sheets.append((name, scanner.attribute("r:id") ?? scanner.attribute(endingIn: ":id") ?? ""))
            }
        }
        return sheets
    }

    /// The workbook's relationships: each id and the part its target names, inside the package.
    private static func targets(_ data: Data, path: String) throws(UserError) -> [String: String] {
        var targets: [String: String] = [:]
        try scan(data, place: "\(path):xl/_rels/workbook.xml.rels") { scanner throws(SheetStop) in
            while case let token = try scanner.nextToken(), token != .done {
                guard case .start = token, scanner.isLocal("Relationship"), let id = scanner.attribute("Id"),
                    let target = scanner.attribute("Target"), let resolved = partName(target, from: "xl")
                else { continue }
                targets[id] = resolved
            }
        }
        return targets
    }

    /// The error for a file that is not a zip archive, saying what it looks like instead.
    private static func notAWorkbook(_ path: String) -> UserError {
        var head = [UInt8](repeating: 0, count: 8)
        var read = 0
        if let handle = FileHandle(forReadingAtPath: path) {
            let data = handle.readData(ofLength: 8)
            read = data.count
            head.replaceSubrange(0..<read, with: data)
            try? handle.close()
        }
        var notes: [String] = []
        if read >= 8, head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            notes.append("it looks like an Excel 97–2003 workbook (.xls), or an encrypted .xlsx")
        } else if read > 0, head[0..<read].allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || (0x20..<0x7F).contains($0) }) {
            notes.append("it looks like text: a CSV file is imported with `cleave import csv`")
        } else if read == 0 {
            notes.append("the file is empty")
        }
        return UserError(
            "cannot open this file as an .xlsx workbook (a zip archive)", place: path,
            hint: "save it from the spreadsheet as Excel Workbook (.xlsx)", notes: notes)
    }

    /// An entry's bytes, inflated, counted as they come: past the limits' bytes for a part
    /// or for the workbook, or past their ratio to the bytes stored, the reading stops
    /// (what the entry's header claims is checked first, but not trusted).
    private static func inflate(
        _ entry: Entry, in archive: Archive, bytes: Data, name: String, path: String, limits: Limits, total: inout Int
    ) throws(UserError) -> Data {
        struct Bomb: Error { var why: String }
        let stored = Int(clamping: entry.compressedSize)
        let claimed = Int(clamping: entry.uncompressedSize)
        let before = total
        func tooMuch(_ inflated: Int) -> String? {
            if inflated > limits.partBytes {
                return "it inflates to more than \(size(limits.partBytes)) (the most one part may hold)"
            }
            if before + inflated > limits.totalBytes {
                return "the workbook's parts inflate to more than \(size(limits.totalBytes)) together"
            }
            if inflated > limits.ratioFloor, inflated / max(stored, 1) > limits.ratio {
                return "it inflates to more than \(limits.ratio) times its \(stored) stored bytes (a zip bomb?)"
            }
            return nil
        }
        if let why = tooMuch(claimed) {
            throw bombError(name: name, path: path, why: why)
        }
        var data = Data()
        data.reserveCapacity(min(claimed, limits.partBytes))
        do {
            let consume: (Data) throws -> Void = { chunk in
                if let why = tooMuch(data.count + chunk.count) { throw Bomb(why: why) }
                data.append(chunk)
            }
            if entry.isCompressed {
                try inflateDeflated(entry, from: bytes, name: name, into: consume)
            } else {
                _ = try archive.extract(entry, skipCRC32: true, consumer: consume)
            }
        } catch let bomb as Bomb {
            throw bombError(name: name, path: path, why: bomb.why)
        } catch {
            throw UserError("cannot read '\(name)' in the workbook: \(error.localizedDescription)", place: path)
        }
        total += data.count
        return data
    }

    /// Inflates a deflated entry from the file's bytes, feeding zlib only the bytes stored
    /// for it. ZIPFoundation's own reader goes on reading past them and, at the end of the
    /// file, loops forever on a stream that never ends (a damaged workbook of 2 KB hung).
    private static func inflateDeflated(
        _ entry: Entry, from bytes: Data, name: String, into consume: @escaping (Data) throws -> Void
    ) throws {
        struct CutShort: LocalizedError {
            var errorDescription: String? { "its compressed data ends before the part does" }
        }
        guard let start = dataOffset(of: name, in: bytes) else { throw CutShort() }
        let end = min(bytes.count, start + Int(clamping: entry.compressedSize))
        var position = start
        _ = try Data.decompress(
            size: Int64(end - start), bufferSize: 64 << 10, skipCRC32: true,
            provider: { _, wanted in
                // Always `wanted` bytes, padded with zeros at the end: ZIPFoundation tells zlib
                // that every chunk is that long, so a shorter one would be read past its end.
                guard position < end else { throw CutShort() }
                var chunk = bytes.subdata(in: bytes.startIndex + position..<bytes.startIndex + min(end, position + wanted))
                position += chunk.count
                if chunk.count < wanted {
                    chunk.append(Data(count: wanted - chunk.count))
                    position = end
                }
                return chunk
            }, consumer: consume)
    }

    /// Where the data of the entry `name` starts: after the first local file header
    /// (`PK\3\4`) that names it, its name and its extra field.
    private static func dataOffset(of name: String, in bytes: Data) -> Int? {
        let wanted = Array(name.utf8)
        return bytes.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var k = 0
            while k + 30 <= b.count {
                if b[k] == 0x50, b[k + 1] == 0x4B, b[k + 2] == 3, b[k + 3] == 4 {
                    let nameLength = Int(b[k + 26]) | Int(b[k + 27]) << 8
                    let extraLength = Int(b[k + 28]) | Int(b[k + 29]) << 8
                    if nameLength == wanted.count, k + 30 + nameLength <= b.count,
                        b[(k + 30)..<(k + 30 + nameLength)].elementsEqual(wanted)
                    {
                        return k + 30 + nameLength + extraLength
                    }
                }
                k += 1
            }
            return nil
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    private static func bombError(name: String, path: String, why: String) -> UserError {
        UserError(
            "refused the part '\(name)' of the workbook: \(why)", place: path,
            hint: "open the workbook in the spreadsheet and save it again; split a very large sheet into several files")
    }

    /// A relationship's target as the part name it points at, from the folder `base`
    /// (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` from the root);
    /// nil for a target outside the package (`../../x`), a URL, or one with a backslash or
    /// NUL: such a target is ignored, as if the relationship were not there.
    static func partName(_ target: String, from base: String) -> String? {
        guard !target.isEmpty, !target.contains("\\"), !target.contains("\0"), !target.contains("://") else {
            return nil
        }
        var segments = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}
