import CleaveCore
import Foundation

extension TableImporter {
    func read(
        _ table: ImportTable, into items: inout [Item], pending: inout [PendingRefs],
        ids: inout IDAllocator, notes: inout ImportNotes
    ) {
        let columns = mapColumns(table, notes: &notes)
        guard columns.values.contains(.name) || columns.values.contains(.id) else {
            notes.problems.append(
                "\(table.source): no Name or ID column; the sheet is skipped (columns: \(table.header.joined(separator: ", ")))"
            )
            return
        }
        let sheetKind = table.sheet.flatMap(Self.kind(named:))
        if !columns.values.contains(.kind) {
            notes.notes.append(
                "\(table.source): no Kind column; every row is \(sheetKind.map { "a \($0.rawValue) (from the sheet's name)" } ?? "a system")"
            )
        }
        for row in table.rows {
            var cells: [ColumnCatalog.Field: CellReader] = [:]
            var refs = PendingRefs(place: row.place)
            for (index, field) in columns.sorted(by: { $0.key < $1.key }) where index < row.cells.count {
                let reader = CellReader(
                    place: row.place, header: table.header[index].trimmingCharacters(in: .whitespaces),
                    cell: row.cells[index])
                refs.headers[field] = reader.header
                if !reader.text.isEmpty { cells[field] = reader }
            }
            guard let label = cells[.name]?.text ?? cells[.id]?.text else {
                notes.problems.append("\(row.place): the row has no name or id; it is skipped")
                continue
            }
            var kind = sheetKind ?? .system
            var infraType: InfrastructureType?
            if let cell = cells[.kind] {
                if let named = Self.kind(named: cell.text) {
                    kind = named
                } else if let type = InfrastructureType(rawValue: cell.text.lowercased()) {
                    kind = .infrastructure
                    infraType = type
                } else {
                    notes.problems.append(
                        "\(row.place): \(cell.header): '\(cell.text)' is not a kind (system, infrastructure, contract, data or team); read as \(kind == .infrastructure ? "" : "a ")\(kind.rawValue)"
                    )
                }
            }
            let id: String
            if let given = cells[.id]?.text {
                id = ids.allocate(
                    for: given, fallback: "item", place: row.place, header: cells[.id]!.header, notes: &notes)
            } else {
                id = ids.allocate(for: IDAllocator.slug(label, fallback: "item"), fallback: "item")
            }
            var item = Item(kind: kind, id: id, name: cells[.name]?.text ?? label, area: "")
            item.type = infraType
            func take<T>(
                _ field: ColumnCatalog.Field, _ read: (CellReader) -> Result<T, CellProblem>, _ set: (T) -> Void
            ) {
                guard let cell = cells[field] else { return }
                switch read(cell) {
                case .success(let value): set(value)
                case .failure(let problem): notes.problems.append(problem.message)
                }
            }
            take(.criticality, { $0.choice(Criticality.self) }) { item.criticality = $0 }
            take(.annualCost, { $0.number() }) { item.annualCost = $0 }
            take(.splitStrategy, { $0.choice(SplitStrategy.self) }) { item.split.strategy = $0 }
            take(.splitOneOffCost, { $0.number() }) { item.split.oneOffCost = $0 }
            take(.splitAnnualCostPerInstance, { $0.number() }) { item.split.annualCostPerInstance = $0 }
            take(.splitMonths, { $0.wholeNumber() }) { item.split.months = $0 }
            item.owner = cells[.owner]?.text
            item.notes = cells[.notes]?.text
            item.tags = cells[.tags]?.list() ?? []
            if kind == .contract {
                item.supplier = cells[.supplier]?.text
                take(.start, { $0.date() }) { item.start = $0 }
                take(.end, { $0.date() }) { item.end = $0 }
                take(.noticeMonths, { $0.wholeNumber() }) { item.noticeMonths = $0 }
                take(.assignable, { $0.flag() }) { item.assignable = $0 }
                if item.supplier == nil {
                    notes.problems.append("\(row.place): a contract needs a supplier; written as 'unknown'")
                    item.supplier = "unknown"
                }
                if let start = item.start, let end = item.end, end < start {
                    notes.problems.append(
                        "\(row.place): \(cells[.end]!.header): \(end) is before the start \(start); the end is left out"
                    )
                    item.end = nil
                }
            }
            if kind == .infrastructure { take(.type, { $0.choice(InfrastructureType.self) }) { item.type = $0 } }
            if kind == .data {
                take(.personal, { $0.flag() }) { item.personal = $0 }
                item.classification = cells[.classification]?.text
            }
            if kind == .team { take(.fte, { $0.number() }) { item.fte = $0 } }
            refs.area = cells[.area]?.text
            refs.lead = cells[.lead]?.text
            refs.users = (cells[.users]?.list() ?? []).map(Self.share)
            refs.dependsOn = cells[.dependsOn]?.list() ?? []
            refs.contracts = cells[.contracts]?.list() ?? []
            if kind == .contract { refs.parties = cells[.parties]?.list() ?? [] }
            if kind == .team { refs.employer = cells[.employer]?.text }
            items.append(item)
            pending.append(refs)
        }
    }

    /// Column index → field; unknown and repeated columns are said and ignored.
    func mapColumns(_ table: ImportTable, notes: inout ImportNotes) -> [Int: ColumnCatalog.Field] {
        var columns: [Int: ColumnCatalog.Field] = [:]
        var ignored: [String] = []
        for (index, header) in table.header.enumerated() {
            let trimmed = header.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let field = ColumnCatalog.field(forHeader: trimmed) else {
                ignored.append(trimmed)
                continue
            }
            if let first = columns.first(where: { $0.value == field }) {
                notes.problems.append(
                    "\(table.source): columns '\(table.header[first.key])' and '\(trimmed)' both give \(field.rawValue); the second is ignored"
                )
                continue
            }
            columns[index] = field
        }
        if !ignored.isEmpty {
            notes.notes.append("\(table.source): columns not used: \(ignored.joined(separator: ", "))")
        }
        return columns
    }
}
