import CleaveCore
import Foundation

/// Turns sheets of rows — one row per item, and optionally sheets of parties and areas — into
/// an estate. Columns are found by header (`ColumnCatalog`); references may give an id or a
/// name and are written out as ids; a cell that cannot be read is reported with its place and
/// left out, and the rest still imports.
public struct TableImporter {
    public var estateName: String
    public var itemTables: [ImportTable]
    public var partyTable: ImportTable?
    public var areaTable: ImportTable?

    public init(
        estateName: String, itemTables: [ImportTable], partyTable: ImportTable? = nil, areaTable: ImportTable? = nil
    ) {
        self.estateName = estateName
        self.itemTables = itemTables
        self.partyTable = partyTable
        self.areaTable = areaTable
    }

    /// A row's references, kept as written until every id is known.
    struct PendingRefs {
        var place: String
        var headers: [ColumnCatalog.Field: String] = [:]
        var area: String?
        var lead: String?
        var users: [(value: String, share: Double?)] = []
        var dependsOn: [String] = []
        var contracts: [String] = []
        var parties: [String] = []
        var employer: String?
    }

    public func run() -> (estate: Estate, notes: ImportNotes) {
        var notes = ImportNotes()
        var estate = Estate(name: estateName)
        var ids = IDAllocator()

        if let partyTable { estate.parties = readParties(partyTable, ids: &ids, notes: &notes) }
        var areaLeads: [String: (place: String, header: String, value: String)] = [:]
        if let areaTable { estate.areas = readAreas(areaTable, ids: &ids, leads: &areaLeads, notes: &notes) }

        var items: [Item] = []
        var pending: [PendingRefs] = []
        for table in itemTables {
            read(table, into: &items, pending: &pending, ids: &ids, notes: &notes)
        }

        // Parties: from their own sheet, else from the values seen.
        if partyTable == nil {
            var seen: [String] = []
            for refs in pending {
                seen +=
                    [refs.lead].compactMap { $0 } + refs.users.map(\.value) + refs.parties
                    + [refs.employer].compactMap { $0 }
            }
            seen += areaLeads.values.map(\.value)
            for value in unique(seen) {
                estate.parties.append(Party(id: ids.allocate(for: value, fallback: "party"), name: value))
            }
            if !estate.parties.isEmpty {
                notes.notes.append(
                    "created \(count(estate.parties.count, "party", "parties")) from the values seen (no parties sheet): \(estate.parties.map(\.id).joined(separator: ", "))"
                )
            }
        }
        if estate.parties.isEmpty {
            let id = ids.allocate(for: "owner", fallback: "party")
            estate.parties.append(Party(id: id, name: "Owner"))
            notes.notes.append(
                "no party is named anywhere, so one party '\(id)' leads every area; add the parties that use the estate"
            )
        }
        let partyLookup = Lookup(estate.parties.map { ($0.id, $0.name, "party") })
        for n in estate.areas.indices where estate.areas[n].lead.id.isEmpty && areaLeads[estate.areas[n].id] == nil {
            estate.areas[n].lead = Reference(estate.parties.first?.id ?? "unknown", at: .file(""))
        }
        for (areaID, lead) in areaLeads.sorted(by: { $0.key < $1.key }) {
            if let id = partyLookup.resolve(
                lead.value, notes: &notes, place: lead.place, header: lead.header, noun: "party"),
                let n = estate.areas.firstIndex(where: { $0.id == areaID })
            {
                estate.areas[n].lead = Reference(id, at: .file(""))
            }
        }

        // Areas: from their own sheet, else from the values seen, led by their items' most common lead.
        if areaTable == nil {
            let seen = unique(pending.compactMap(\.area))
            for value in seen {
                let leads = pending.filter { $0.area.map { $0.lowercased() } == value.lowercased() }.compactMap(\.lead)
                    .compactMap { partyLookup.find($0) }
                let lead = mostCommon(leads) ?? estate.parties.first?.id ?? "unknown"
                estate.areas.append(
                    Area(
                        id: ids.allocate(for: IDAllocator.slug(value, fallback: "area"), fallback: "area"),
                        name: value, lead: lead))
            }
            if !estate.areas.isEmpty {
                notes.notes.append(
                    "created \(count(estate.areas.count, "area", "areas")) from the values seen (no areas sheet): \(estate.areas.map(\.id).joined(separator: ", "))"
                )
            }
        }
        var areaLookup = Lookup(estate.areas.map { ($0.id, $0.name, "area") })
        if pending.contains(where: { $0.area == nil }) {
            let id = ids.allocate(for: "unassigned", fallback: "area")
            estate.areas.append(Area(id: id, name: "Unassigned", lead: estate.parties.first?.id ?? "unknown"))
            areaLookup = Lookup(estate.areas.map { ($0.id, $0.name, "area") })
            notes.notes.append("put the items that name no area in a new area '\(id)'")
        }

        // References, now that every id is known.
        let itemLookup = Lookup(items.map { ($0.id, $0.name, $0.kind.rawValue) })
        let kinds = Dictionary(items.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for n in items.indices {
            let refs = pending[n]
            func header(_ field: ColumnCatalog.Field) -> String { refs.headers[field] ?? field.rawValue }
            let at = SourceLocation.file("")
            if let area = refs.area {
                items[n].area = Reference(
                    areaLookup.resolve(area, notes: &notes, place: refs.place, header: header(.area), noun: "area")
                        ?? estate.areas.first?.id ?? "unassigned", at: at)
            } else {
                items[n].area = Reference(areaLookup.find("unassigned") ?? "unassigned", at: at)
            }
            items[n].lead = refs.lead.flatMap {
                partyLookup.resolve($0, notes: &notes, place: refs.place, header: header(.lead), noun: "party")
            }
            .map { Reference($0, at: at) }
            var users: [UserShare] = []
            for user in refs.users {
                if let id = partyLookup.resolve(
                    user.value, notes: &notes, place: refs.place, header: header(.users), noun: "party"),
                    !users.contains(where: { $0.party.id == id })
                {
                    users.append(UserShare(Reference(id, at: at), share: user.share))
                }
            }
            if users.contains(where: { $0.share != nil }), users.contains(where: { $0.share == nil }) {
                notes.problems.append(
                    "\(refs.place): \(header(.users)): some parties have a share and some do not; the shares are left out"
                )
                users = users.map { UserShare($0.party) }
            }
            items[n].users = users
            items[n].parties = unique(
                refs.parties.compactMap {
                    partyLookup.resolve($0, notes: &notes, place: refs.place, header: header(.parties), noun: "party")
                }
            ).map { Reference($0, at: at) }
            items[n].employer = refs.employer.flatMap {
                partyLookup.resolve($0, notes: &notes, place: refs.place, header: header(.employer), noun: "party")
            }
            .map { Reference($0, at: at) }
            items[n].dependsOn = unique(
                refs.dependsOn.compactMap {
                    itemLookup.resolve($0, notes: &notes, place: refs.place, header: header(.dependsOn), noun: "item")
                }
            ).filter { $0 != items[n].id }.map { Dependency(Reference($0, at: at)) }
            items[n].contracts = unique(
                refs.contracts.compactMap { value -> String? in
                    guard
                        let id = itemLookup.resolve(
                            value, notes: &notes, place: refs.place, header: header(.contracts), noun: "item")
                    else { return nil }
                    guard kinds[id] == .contract else {
                        notes.problems.append(
                            "\(refs.place): \(header(.contracts)): '\(value)' is \(kinds[id]!.rawValue) '\(id)', not a contract"
                        )
                        return nil
                    }
                    return id
                }
            ).map { Reference($0, at: at) }
        }
        estate.items = items
        notes.problems = Self.inReadingOrder(notes.problems)
        return (estate, notes)
    }

    // MARK: Helpers

    /// Problems grouped by file (in the order the files were met), then by line, so that a
    /// row's problems read together whichever pass found them.
    static func inReadingOrder(_ problems: [String]) -> [String] {
        var sources: [String] = []
        let keyed = problems.enumerated().map {
            offset, problem -> (source: Int, line: Int, offset: Int, text: String) in
            let place = problem.components(separatedBy: ": ").first ?? ""
            var parts = place.split(separator: ":").map(String.init)
            let line = parts.last.flatMap { Int($0) } ?? 0
            if line > 0 { parts.removeLast() }
            let source = parts.joined(separator: ":")
            if !sources.contains(source) { sources.append(source) }
            return (sources.firstIndex(of: source)!, line, offset, problem)
        }
        return keyed.sorted { ($0.source, $0.line, $0.offset) < ($1.source, $1.line, $1.offset) }.map(\.text)
    }

    /// A kind from a sheet or cell: singular or plural, any case.
    static func kind(named text: String) -> ItemKind? {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "system", "systems", "application", "applications", "app", "apps": return .system
        case "infrastructure", "infra", "infrastructures": return .infrastructure
        case "contract", "contracts", "licence", "licences", "license", "licenses": return .contract
        case "data", "dataset", "datasets", "datas": return .data
        case "team", "teams": return .team
        default: return nil
        }
    }

    /// `NNC: 40`, `NNC=40` or `NNC 40%` give a share; anything else is a party alone.
    static func share(_ value: String) -> (value: String, share: Double?) {
        for separator in [":", "="] {
            let parts = value.split(separator: Character(separator), maxSplits: 1)
            if parts.count == 2,
                let share = Double(
                    parts[1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
            {
                return (parts[0].trimmingCharacters(in: .whitespaces), share)
            }
        }
        if value.hasSuffix("%"), let space = value.lastIndex(of: " "),
            let share = Double(value[value.index(after: space)...].dropLast())
        {
            return (value[..<space].trimmingCharacters(in: .whitespaces), share)
        }
        return (value, nil)
    }

    func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0.lowercased()).inserted }
    }

    func mostCommon(_ values: [String]) -> String? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
