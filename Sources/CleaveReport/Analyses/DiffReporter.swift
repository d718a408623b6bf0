import CleaveCore

/// `cleave diff`: what an inventory change does, for review. Tables for the terminal, a
/// Markdown version that fits a pull-request comment (long lists folded into `<details>`),
/// and JSON for scripts.
public struct DiffReporter: AnalysisReporter {
    public var diff: EstateDiff
    /// How the two sides are named: paths, or `origin/main` and the working tree.
    public var before: String
    public var after: String
    public var money: Money
    /// Tables with more rows than this fold away in Markdown.
    public var foldAfter: Int
    /// Markdown tables stop after this many rows, so a sweeping change still fits in a
    /// pull-request comment (GitHub takes 65,536 characters); the rest are counted.
    public var markdownRowLimit: Int

    public init(
        diff: EstateDiff, before: String, after: String, currency: String, foldAfter: Int = 10,
        markdownRowLimit: Int = 150
    ) {
        self.diff = diff
        self.before = before
        self.after = after
        self.money = Money(currency: currency)
        self.foldAfter = foldAfter
        self.markdownRowLimit = markdownRowLimit
    }

    public var report: Report {
        Report(heading: heading, sections: sections, csv: csv, json: json, markdown: markdown)
    }

    var heading: String { "Inventory changes: \(before) → \(after)" }

    /// The one-paragraph summary at the top.
    public var summary: String {
        if diff.isEmpty { return "No changes." }
        var parts: [String] = []
        let items = [
            (diff.itemsAdded.count, "added"), (diff.itemsRemoved.count, "removed"),
            (diff.itemsChanged.count, "changed"),
        ]
        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !items.isEmpty { parts.append("items: " + items.joined(separator: ", ")) }
        let others = [
            (diff.othersAdded.count, "added"), (diff.othersRemoved.count, "removed"),
            (diff.othersChanged.count, "changed"),
        ]
        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !others.isEmpty { parts.append("estate, parties, areas and options: " + others.joined(separator: ", ")) }
        if !diff.edgesAdded.isEmpty || !diff.edgesRemoved.isEmpty {
            parts.append("dependencies: \(diff.edgesAdded.count) added, \(diff.edgesRemoved.count) removed")
        }
        if !diff.becameEntangled.isEmpty || !diff.stoppedBeingEntangled.isEmpty {
            parts.append(
                "entanglement: \(diff.becameEntangled.count) newly entangled, \(diff.stoppedBeingEntangled.count) no longer"
            )
        }
        let changedOptions = shownOptions.count
        if changedOptions > 0 { parts.append(Wording.count(changedOptions, "option") + " changed") }
        let cleared = diff.options.reduce(0) { $0 + $1.clearedBlockers.count }
        if diff.newBlockerCount > 0 || cleared > 0 {
            parts.append("blockers: \(diff.newBlockerCount) new, \(cleared) cleared")
        }
        return parts.joined(separator: "; ") + "."
    }

    // MARK: - Sections

    var sections: [Report.Section] {
        var out = [Report.Section(lines: [summary])]
        func add(_ title: String, _ table: Table) {
            if !table.rows.isEmpty { out.append(Report.Section(title: title, table: table)) }
        }
        add("Options (before → after)", optionsTable)
        add("Blockers", blockersTable)
        add("Entanglement", entanglementTable)
        add("Items added and removed", addedRemovedTable(diff.itemsAdded, diff.itemsRemoved))
        add("Items changed", changesTable(diff.itemsChanged))
        add("Dependencies", edgesTable)
        add(
            "Estate, parties, areas and options added and removed",
            addedRemovedTable(diff.othersAdded, diff.othersRemoved))
        add("Estate, parties, areas and options changed", changesTable(diff.othersChanged))
        return out
    }

    func text(_ figure: EstateDiff.Figure) -> String {
        switch figure {
        case .count(let n): String(n)
        case .money(let amount): money.format(amount)
        case .fraction(let f): Wording.percent(f)
        case .date(let day): day?.description ?? "—"
        }
    }

    var optionsTable: Table {
        let names = EstateDiff.figures(OptionFigures()).map(\.name)
        var table = Table(columns: [Table.Column("option")] + names.map { Table.Column($0, .right) })
        for option in shownOptions {
            let a = option.before.map(EstateDiff.figures), b = option.after.map(EstateDiff.figures)
            var row = [option.id + (option.before == nil ? " (new)" : option.after == nil ? " (removed)" : "")]
            for i in names.indices {
                let old = a.map { text($0[i].value) }, new = b.map { text($0[i].value) }
                switch (old, new) {
                case let (old?, new?): row.append(old == new ? new : "\(old) → \(new)")
                case let (old?, nil): row.append(old == "—" ? old : "\(old) → —")
                case let (nil, new?): row.append(new == "—" ? new : "— → \(new)")
                default: row.append("—")
                }
            }
            table.append(row)
        }
        return table
    }

    /// The options whose figures differ as printed, or whose blockers changed: a change
    /// below the printed precision is not news.
    var shownOptions: [EstateDiff.OptionChange] {
        diff.options.filter { option in
            guard let a = option.before.map(EstateDiff.figures), let b = option.after.map(EstateDiff.figures) else {
                return true
            }
            return !option.newBlockers.isEmpty || !option.clearedBlockers.isEmpty
                || zip(a, b).contains { text($0.value) != text($1.value) }
        }
    }

    var blockersTable: Table {
        var table = Table(columns: [.init("option"), .init("change"), .init("kind"), .init("item"), .init("related")])
        for option in diff.options {
            for b in option.newBlockers { table.append([option.id, "new", b.kind.rawValue, b.item, b.related ?? "—"]) }
            for b in option.clearedBlockers {
                table.append([option.id, "cleared", b.kind.rawValue, b.item, b.related ?? "—"])
            }
        }
        return table
    }

    var entanglementTable: Table {
        var table = Table(columns: [.init("item"), .init("change")])
        for id in diff.becameEntangled { table.append([id, "now entangled"]) }
        for id in diff.stoppedBeingEntangled { table.append([id, "no longer entangled"]) }
        return table
    }

    func addedRemovedTable(_ added: [EstateDiff.Entity], _ removed: [EstateDiff.Entity]) -> Table {
        var table = Table(columns: [.init("id"), .init("kind"), .init("change")])
        for e in added { table.append([e.id, e.kind, "added"]) }
        for e in removed { table.append([e.id, e.kind, "removed"]) }
        return table
    }

    func changesTable(_ changes: [EstateDiff.EntityChange]) -> Table {
        var table = Table(columns: [.init("id"), .init("kind"), .init("field"), .init("before"), .init("after")])
        for change in changes {
            for f in change.fields {
                table.append([change.entity.id, change.entity.kind, f.field, f.before ?? "—", f.after ?? "—"])
            }
        }
        return table
    }

    var edgesTable: Table {
        var table = Table(columns: [.init("change"), .init("from"), .init("to"), .init("via")])
        for e in diff.edgesAdded { table.append(["added", e.from, e.to, e.via]) }
        for e in diff.edgesRemoved { table.append(["removed", e.from, e.to, e.via]) }
        return table
    }

    // MARK: - Markdown for a pull request

    /// Markdown for a pull-request comment: the summary and the options always shown, any
    /// table longer than `foldAfter` rows folded into `<details>`.
    public var markdown: String {
        var out = "## Cleave: \(Markup.markdownProse(heading))\n\n" + Markup.markdownProse(summary) + "\n"
        for section in sections.dropFirst() {
            guard let title = section.title, var table = section.table else { continue }
            out += "\n### \(Markup.markdownProse(title))\n\n"
            let rows = table.rows.count
            let hidden = max(0, rows - markdownRowLimit)
            if hidden > 0 { table.rows.removeLast(hidden) }
            var body = table.markdown()
            if hidden > 0 {
                body += "\n… and \(Wording.count(hidden, "more row")): run `cleave diff` for all of them.\n"
            }
            if rows > foldAfter {
                out += "<details><summary>\(Wording.count(rows, "row"))</summary>\n\n" + body + "\n</details>\n"
            } else {
                out += body
            }
        }
        return out
    }

    // MARK: - CSV and JSON

    var csv: Table {
        var table = Table(columns: [
            .init("section"), .init("id"), .init("kind"), .init("field"), .init("before"), .init("after"),
        ])
        for e in diff.itemsAdded { table.append(["item", e.id, e.kind, "", "", "added"]) }
        for e in diff.itemsRemoved { table.append(["item", e.id, e.kind, "", "removed", ""]) }
        for c in diff.itemsChanged {
            for f in c.fields {
                table.append(["item", c.entity.id, c.entity.kind, f.field, f.before ?? "", f.after ?? ""])
            }
        }
        for e in diff.othersAdded { table.append(["definition", e.id, e.kind, "", "", "added"]) }
        for e in diff.othersRemoved { table.append(["definition", e.id, e.kind, "", "removed", ""]) }
        for c in diff.othersChanged {
            for f in c.fields {
                table.append(["definition", c.entity.id, c.entity.kind, f.field, f.before ?? "", f.after ?? ""])
            }
        }
        for e in diff.edgesAdded { table.append(["edge", "\(e.from) → \(e.to)", e.via, "", "", "added"]) }
        for e in diff.edgesRemoved { table.append(["edge", "\(e.from) → \(e.to)", e.via, "", "removed", ""]) }
        for id in diff.becameEntangled { table.append(["entanglement", id, "", "entangled", "false", "true"]) }
        for id in diff.stoppedBeingEntangled { table.append(["entanglement", id, "", "entangled", "true", "false"]) }
        for option in diff.options where option.changed {
            let a = option.before.map(EstateDiff.figures), b = option.after.map(EstateDiff.figures)
            for i in EstateDiff.figures(OptionFigures()).indices {
                let old = a.map { text($0[i].value) } ?? "", new = b.map { text($0[i].value) } ?? ""
                if old != new { table.append(["option", option.id, "option", (a ?? b)![i].name, old, new]) }
            }
        }
        return table
    }

    var json: JSONValue {
        func entity(_ e: EstateDiff.Entity) -> JSONValue {
            .object([("id", .string(e.id)), ("kind", .string(e.kind))])
        }
        func changes(_ list: [EstateDiff.EntityChange]) -> JSONValue {
            .array(
                list.map { c in
                    .object([
                        ("id", .string(c.entity.id)), ("kind", .string(c.entity.kind)),
                        (
                            "fields",
                            .array(
                                c.fields.map { f in
                                    .object([
                                        ("field", .string(f.field)), ("before", .string(f.before)),
                                        ("after", .string(f.after)),
                                    ])
                                })
                        ),
                    ])
                })
        }
        func edges(_ list: [EstateDiff.Edge]) -> JSONValue {
            .array(
                list.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("via", .string($0.via))]) })
        }
        func figures(_ f: OptionFigures?) -> JSONValue {
            guard let f else { return .null }
            return .object(
                EstateDiff.figures(f).map { named in
                    let value: JSONValue =
                        switch named.value {
                        case .count(let n): .int(n)
                        case .money(let m), .fraction(let m): .number(m)
                        case .date(let d): .day(d)
                        }
                    return (named.name, value)
                })
        }
        func blockers(_ list: [EstateDiff.BlockerKey]) -> JSONValue {
            .array(
                list.map {
                    .object([
                        ("kind", .string($0.kind.rawValue)), ("item", .string($0.item)),
                        ("related", .string($0.related)),
                    ])
                })
        }
        return .object([
            ("schemaVersion", .int(1)),
            ("before", .string(before)),
            ("after", .string(after)),
            (
                "items",
                .object([
                    ("added", .array(diff.itemsAdded.map(entity))),
                    ("removed", .array(diff.itemsRemoved.map(entity))),
                    ("changed", changes(diff.itemsChanged)),
                ])
            ),
            (
                "definitions",
                .object([
                    ("added", .array(diff.othersAdded.map(entity))),
                    ("removed", .array(diff.othersRemoved.map(entity))),
                    ("changed", changes(diff.othersChanged)),
                ])
            ),
            ("edges", .object([("added", edges(diff.edgesAdded)), ("removed", edges(diff.edgesRemoved))])),
            (
                "entanglement",
                .object([
                    ("became", .strings(diff.becameEntangled)),
                    ("stopped", .strings(diff.stoppedBeingEntangled)),
                ])
            ),
            (
                "options",
                .array(
                    diff.options.map { o in
                        .object([
                            ("id", .string(o.id)),
                            ("changed", .bool(o.changed)),
                            ("before", figures(o.before)),
                            ("after", figures(o.after)),
                            ("newBlockers", blockers(o.newBlockers)),
                            ("clearedBlockers", blockers(o.clearedBlockers)),
                        ])
                    })
            ),
        ])
    }
}
