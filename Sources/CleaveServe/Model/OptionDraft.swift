import CleaveCore
import Foundation

/// An option as the page sends it: the JSON body of an evaluation or a save, checked key by
/// key against the inventory, so every mistake comes back as a 400 naming its field.
///
/// ```json
/// {"id": "north-digital", "name": "North takes Digital", "separate": ["NNC"],
///  "default": "shared", "areas": {"digital": "split"}, "items": {"crm": "shared"},
///  "startDate": "2026-04-01", "targetDate": "2028-03-31", "compare": ["status-quo"]}
/// ```
///
/// `separate` null or absent means every party (SPEC §2.6); `compare` names up to three
/// options of the inventory to show beside it.
struct OptionDraft: Sendable {
    var option: Option
    /// Options of the inventory to compare with, by id, in the order given.
    var compare: [String]

    static let keys: Set<String> = [
        "id", "name", "description", "separate", "default", "areas", "items", "startDate", "targetDate",
        "transition", "compare",
    ]
    static let maxCompared = 3

    /// The draft in `body`, checked against `graph`.
    /// - Throws: `RequestError` (400) naming the field that is wrong.
    static func parse(_ body: [UInt8], graph: EstateGraph) throws(RequestError) -> OptionDraft {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(body), options: [])
        } catch {
            throw .badRequest("the request body is not valid JSON")
        }
        guard let object = json as? [String: Any] else {
            throw .badRequest("the request body must be a JSON object (the option)")
        }
        return try parse(object, graph: graph)
    }

    static func parse(_ object: [String: Any], graph: EstateGraph) throws(RequestError) -> OptionDraft {
        if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
            throw .badRequest("unknown key '\(unknown)'", field: unknown)
        }
        let id = try string(object, "id") ?? ""
        if !id.isEmpty, let problem = idProblem(id) { throw .badRequest(problem, field: "id") }
        let name = try string(object, "name").flatMap { $0.isEmpty ? nil : $0 }
        var option = Option(id: id.isEmpty ? "what-if" : id, name: name ?? (id.isEmpty ? "What if" : id))
        option.description = try string(object, "description").flatMap { $0.isEmpty ? nil : $0 }

        if let value = object["separate"], !(value is NSNull) {
            guard let list = value as? [Any] else {
                throw .badRequest("separate must be a list of party ids, or null for every party", field: "separate")
            }
            var parties: [String] = []
            for (k, entry) in list.enumerated() {
                guard let party = entry as? String, graph.partyIndex(party) != nil else {
                    throw .badRequest("no party has the id '\(entry)'", field: "separate[\(k)]")
                }
                if !parties.contains(party) { parties.append(party) }
            }
            if parties.isEmpty { throw .badRequest("choose at least one party to separate", field: "separate") }
            option.separate = parties.map { Reference($0, at: option.location) }
        }
        if let value = try string(object, "default") {
            option.defaultDisposition = try disposition(value, field: "default")
        }
        option.areas = try dispositions(object, "areas", graph: graph).map {
            (Reference($0.0, at: option.location), $0.1)
        }
        option.items = try dispositions(object, "items", graph: graph).map {
            (Reference($0.0, at: option.location), $0.1)
        }
        option.startDate = try day(object, "startDate")
        option.targetDate = try day(object, "targetDate")
        if let value = object["transition"], !(value is NSNull) {
            guard let terms = value as? [String: Any] else {
                throw .badRequest("transition must be an object: {strandedShare, strandedMonths}", field: "transition")
            }
            option.transition = try transition(terms)
        }

        var compare: [String] = []
        if let value = object["compare"], !(value is NSNull) {
            guard let list = value as? [Any] else {
                throw .badRequest("compare must be a list of option ids", field: "compare")
            }
            for (k, entry) in list.enumerated() {
                guard let other = entry as? String, graph.optionIndex(other) != nil else {
                    throw .badRequest("no option has the id '\(entry)'", field: "compare[\(k)]")
                }
                if !compare.contains(other) { compare.append(other) }
            }
            if compare.count > maxCompared {
                throw .badRequest("compare at most \(maxCompared) options with it", field: "compare")
            }
        }
        return OptionDraft(option: option, compare: compare)
    }

    /// Why `id` is not an id (SPEC §2: `[A-Za-z0-9][A-Za-z0-9._-]*`), or nil.
    static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.utf8.count > 200 { return "the id is longer than 200 characters" }
        for (k, byte) in id.utf8.enumerated() {
            let alphanumeric =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            let punctuation = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            if !(alphanumeric || (k > 0 && punctuation)) {
                return
                    "the id '\(id)' is not valid: ids are letters, digits, '.', '_' and '-', starting with a letter or digit"
            }
        }
        return nil
    }

    /// A JSON number, and not `true` or `false`. Foundation reads both as `NSNumber`, and on
    /// Linux `0` and `1` also answer `is Bool`, so the test is the number's stored type:
    /// JSON's booleans are kept as a C `char`.
    private static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber else { return nil }
        let type = String(cString: number.objCType)
        return type == "c" || type == "B" ? nil : number.doubleValue
    }

    /// The transition terms (SPEC 1.2 §2.6): a share 0–100 %, whole months ≥ 0.
    private static func transition(_ terms: [String: Any]) throws(RequestError) -> Transition {
        if let unknown = terms.keys.sorted().first(where: { $0 != "strandedShare" && $0 != "strandedMonths" }) {
            throw .badRequest("unknown key '\(unknown)' in transition", field: "transition.\(unknown)")
        }
        var transition = Transition()
        if let value = terms["strandedShare"], !(value is NSNull) {
            guard let share = number(value),
                Transition.allowedStrandedShare.contains(share)
            else {
                throw .badRequest(
                    "transition.strandedShare must be a number from 0 to 100 (a percentage)",
                    field: "transition.strandedShare")
            }
            transition.strandedShare = share
        }
        if let value = terms["strandedMonths"], !(value is NSNull) {
            guard let months = number(value), months >= 0, months <= 1200,
                months == months.rounded()
            else {
                throw .badRequest(
                    "transition.strandedMonths must be a whole number of months, 0 or more",
                    field: "transition.strandedMonths")
            }
            transition.strandedMonths = Int(months)
        }
        return transition
    }

    private static func string(_ object: [String: Any], _ key: String) throws(RequestError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw .badRequest("\(key) must be a string", field: key) }
        if text.utf8.count > 10_000 { throw .badRequest("\(key) is too long", field: key) }
        return text
    }

    private static func disposition(_ value: String, field: String) throws(RequestError) -> Disposition {
        guard let disposition = Disposition(rawValue: value) else {
            throw .badRequest("\(field) must be 'shared' or 'split', not '\(value)'", field: field)
        }
        return disposition
    }

    private static func day(_ object: [String: Any], _ key: String) throws(RequestError) -> Day? {
        guard let text = try string(object, key), !text.isEmpty else { return nil }
        guard let day = Day(text) else {
            throw .badRequest("\(key) must be a date written YYYY-MM-DD, not '\(text)'", field: key)
        }
        return day
    }

    /// The `areas` or `items` map, sorted by id, each id checked to name what the key says
    /// and, where split, to be in scope (the option-out-of-scope rule, SPEC §3).
    private static func dispositions(
        _ object: [String: Any], _ key: String, graph: EstateGraph
    ) throws(RequestError) -> [(String, Disposition)] {
        guard let value = object[key], !(value is NSNull) else { return [] }
        guard let map = value as? [String: Any] else {
            throw .badRequest("\(key) must map ids to 'shared' or 'split'", field: key)
        }
        var result: [(String, Disposition)] = []
        for id in map.keys.sorted() {
            let field = "\(key).\(id)"
            guard let text = map[id] as? String else {
                throw .badRequest("\(field) must be 'shared' or 'split'", field: field)
            }
            let chosen = try disposition(text, field: field)
            let area: Int?
            if key == "areas" {
                guard let index = graph.areaIndex(id) else {
                    throw .badRequest("no area has the id '\(id)'", field: field)
                }
                area = index
            } else {
                guard let index = graph.itemIndex(id) else {
                    throw .badRequest("no item has the id '\(id)'", field: field)
                }
                area = graph.itemArea[index]
            }
            if chosen == .split, let area, !graph.estate.areas[area].inScope {
                throw .badRequest(
                    "\(id) cannot be split: area \(graph.estate.areas[area].id) is out of scope (inScope: false)",
                    field: field)
            }
            result.append((id, chosen))
        }
        return result
    }
}
