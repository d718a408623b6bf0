import CleaveCore
import Foundation

/// Reads one cell as a number, date, flag or choice, or says why it cannot, in the words
/// `sheet.csv:14: Annual Cost (£): 'n/a' is not a number`.
struct CellReader {
    var place: String
    var header: String
    var cell: ImportTable.Cell

    var text: String { cell.text }

    private func problem(_ why: String) -> String { "\(place): \(header): '\(Self.oneLine(text))' \(why)" }

    /// Line breaks shown as `\n`, so that a message stays on one line.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    func number() -> Result<Double, CellProblem> {
        if case .number(let value) = cell {
            return value >= 0 ? .success(value) : .failure(.init(problem("is negative")))
        }
        let cleaned = text.unicodeScalars.filter { !"£$€ ,_\u{A0}".unicodeScalars.contains($0) }
        guard let value = Double(String(cleaned)), value.isFinite else {
            return .failure(.init(problem("is not a number")))
        }
        return value >= 0 ? .success(value) : .failure(.init(problem("is negative")))
    }

    func wholeNumber() -> Result<Int, CellProblem> {
        switch number() {
        case .failure(let failure): return .failure(failure)
        case .success(let value):
            guard value == value.rounded(), value < 1e9 else {
                return .failure(.init(problem("is not a whole number")))
            }
            return .success(Int(value))
        }
    }

    /// `YYYY-MM-DD`, `DD/MM/YYYY`, or a workbook's day number (1 = 1900-01-01).
    func date() -> Result<Day, CellProblem> {
        if case .number(let serial) = cell {
            return Self.day(fromSerial: serial).map { .success($0) } ?? .failure(.init(problem("is not a date")))
        }
        if let day = Day(text) { return .success(day) }
        let parts = text.split(separator: "/")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
            let day = Day(year: y, month: m, day: d)
        {
            return .success(day)
        }
        if let serial = Double(text), text.allSatisfy(\.isNumber), let day = Self.day(fromSerial: serial) {
            return .success(day)
        }
        return .failure(.init(problem("is not a date (YYYY-MM-DD)")))
    }

    func flag() -> Result<Bool, CellProblem> {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "x": .success(true)
        case "no", "n", "false", "0", "-": .success(false)
        default: .failure(.init(problem("is not yes or no")))
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> Result<T, CellProblem>
    where T.RawValue == String {
        let key = text.lowercased().replacingOccurrences(of: " ", with: "")
        if let value = T.allCases.first(where: { $0.rawValue.lowercased() == key }) { return .success(value) }
        return .failure(.init(problem("is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")))
    }

    /// A list cell: values split on `;` or `,`, trimmed, empty ones dropped.
    func list() -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Day numbers count from 1899-12-30 (Excel's 1900 system, past its false 1900-02-29).
    static func day(fromSerial serial: Double) -> Day? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        // Civil-from-days (Howard Hinnant), from 1970-01-01; 1899-12-30 is day -25569.
        days -= 25569
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}

/// Why a cell could not be read, already worded with its place.
struct CellProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
