import CleaveCore

extension TableImporter {
    func readParties(_ table: ImportTable, ids: inout IDAllocator, notes: inout ImportNotes) -> [Party] {
        let columns = mapColumns(table, notes: &notes)
        var parties: [Party] = []
        for row in table.rows {
            guard let (cells, label) = namedCells(row, table, columns, notes: &notes) else { continue }
            let id =
                cells[.id].map {
                    ids.allocate(for: $0.text, fallback: "party", place: row.place, header: $0.header, notes: &notes)
                }
                ?? ids.allocate(for: label, fallback: "party")
            var party = Party(id: id, name: cells[.name]?.text ?? label)
            if let cell = cells[.kind] {
                switch cell.choice(PartyKind.self) {
                case .success(let kind): party.kind = kind
                case .failure(let problem): notes.problems.append(problem.message)
                }
            }
            parties.append(party)
        }
        return parties
    }

    func readAreas(
        _ table: ImportTable, ids: inout IDAllocator,
        leads: inout [String: (place: String, header: String, value: String)], notes: inout ImportNotes
    ) -> [Area] {
        let columns = mapColumns(table, notes: &notes)
        var areas: [Area] = []
        for row in table.rows {
            guard let (cells, label) = namedCells(row, table, columns, notes: &notes) else { continue }
            let id =
                cells[.id].map {
                    ids.allocate(for: $0.text, fallback: "area", place: row.place, header: $0.header, notes: &notes)
                }
                ?? ids.allocate(for: label, fallback: "area")
            var area = Area(id: id, name: cells[.name]?.text ?? label, lead: "")
            if let lead = cells[.lead] {
                leads[id] = (row.place, lead.header, lead.text)
            } else {
                notes.problems.append("\(row.place): an area needs a lead party; the first party leads it")
            }
            if let cell = cells[.arrangement] {
                switch cell.choice(Arrangement.self) {
                case .success(let value): area.arrangement = value
                case .failure(let problem): notes.problems.append(problem.message)
                }
            }
            if let cell = cells[.inScope] {
                switch cell.flag() {
                case .success(let value): area.inScope = value
                case .failure(let problem): notes.problems.append(problem.message)
                }
            }
            area.notes = cells[.notes]?.text
            areas.append(area)
        }
        return areas
    }

    /// A row's non-empty cells by field, and its label (name, else id); nil, with a note,
    /// for a row that has neither.
    private func namedCells(
        _ row: ImportTable.Row, _ table: ImportTable, _ columns: [Int: ColumnCatalog.Field], notes: inout ImportNotes
    ) -> ([ColumnCatalog.Field: CellReader], String)? {
        var cells: [ColumnCatalog.Field: CellReader] = [:]
        for (index, field) in columns where index < row.cells.count {
            let reader = CellReader(
                place: row.place, header: table.header[index].trimmingCharacters(in: .whitespaces),
                cell: row.cells[index])
            if !reader.text.isEmpty { cells[field] = reader }
        }
        guard let label = cells[.name]?.text ?? cells[.id]?.text else {
            notes.problems.append("\(row.place): the row has no name or id; it is skipped")
            return nil
        }
        return (cells, label)
    }
}
