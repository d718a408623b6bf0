import CleaveCore
import Foundation

/// The `blockers` report: an option's blockers, optionally grouped, and its ties.
public struct BlockersReporter: AnalysisReporter {
    /// How blockers may be grouped in the text formats.
    public enum Grouping: String, CaseIterable, Sendable { case area, lead }

    public let evaluation: OptionEvaluation
    public let grouping: Grouping?

    public init(evaluation: OptionEvaluation, grouping: Grouping? = nil) {
        self.evaluation = evaluation
        self.grouping = grouping
    }

    private var graph: EstateGraph { evaluation.graph }

    private func group(_ blocker: Blocker) -> String {
        let i = blocker.item
        switch grouping {
        case .area?:
            return graph.item(i).area.id
        case .lead?:
            return graph.leadID(of: i) ?? "(no lead)"
        case nil:
            return ""
        }
    }

    private func blockerTable(_ blockers: [Blocker]) -> Table {
        var table = Table(columns: [
            .init("Kind"), .init("Item"), .init("Related"), .init("Supplier"), .init("Annual value", .right),
            .init("Notice by"), .init("Release"), .init("Reason"),
        ])
        let money = Money(currency: graph.estate.currency)
        for b in blockers.sortedByReleaseDate() {
            // A contract lock names who to serve notice on and what is at stake each year.
            let contract = b.kind == .contractLock ? graph.item(b.item) : nil
            table.append([
                b.kind.rawValue, graph.itemID(b.item), Formatting.list(graph.ids(b.related), limit: 4),
                contract?.supplier ?? "—", contract?.annualCost.map(money.format) ?? "—",
                b.noticeDate.map { $0.description + (b.noticeMissed ? " (missed)" : "") } ?? "—",
                b.releaseDate?.description ?? "—", b.reason,
            ])
        }
        return table
    }

    public var report: Report {
        Report(
            heading: "Blockers — option \(evaluation.option.id) (\(evaluation.option.name))", sections: sections,
            csv: csv, json: json)
    }

    private var sections: [Report.Section] {
        let f = evaluation.figures
        var summary = f.blockerSummary.replacingFirst(String(f.blockers), with: Wording.count(f.blockers, "blocker"))
        summary += "; \(Wording.count(f.ties, "tie")) still \(f.ties == 1 ? "binds" : "bind")."
        if let date = f.completionDate { summary += " The last contract lock is released on \(date)." }
        var sections = [Report.Section(lines: [summary])]

        if grouping == nil {
            sections.append(Report.Section(title: "Blockers", table: blockerTable(evaluation.blockers)))
        } else {
            let groups = Dictionary(grouping: evaluation.blockers, by: group)
            if groups.isEmpty { sections.append(Report.Section(title: "Blockers", lines: ["(none)"])) }
            for key in groups.keys.sorted() {
                // The evaluation's order is kept within each group.
                sections.append(
                    Report.Section(
                        title: "\(grouping == .area ? "Area" : "Lead") \(key)",
                        table: blockerTable(groups[key]!)))
            }
        }

        var ties = Table(columns: [.init("Bloc"), .init("Item"), .init("Depends on"), .init("Run by")])
        for tie in evaluation.ties {
            let edge = graph.edges[tie.edge]
            ties.append([
                evaluation.partition.name(tie.bloc), graph.itemID(edge.from), graph.itemID(edge.to),
                evaluation.leadBloc(of: edge.to).map(evaluation.partition.name) ?? "—",
            ])
        }
        sections.append(
            Report.Section(
                title: "Ties that still bind (a bloc's own copy depends on a shared item another bloc runs)",
                table: ties))
        return sections
    }

    private var csv: Table {
        var titles = ["kind", "item", "related", "releaseDate", "noticeDate", "reason", "supplier", "annualCost"]
        if let grouping { titles.insert(grouping.rawValue, at: 0) }
        var table = Table(columns: titles.map { .init($0) })
        for b in evaluation.blockers {
            var row = [
                b.kind.rawValue, graph.itemID(b.item), graph.ids(b.related).joined(separator: " "),
                b.releaseDate?.description ?? "", b.noticeDate?.description ?? "", b.reason,
                b.kind == .contractLock ? graph.item(b.item).supplier ?? "" : "",
                b.kind == .contractLock ? graph.item(b.item).annualCost.map(Wording.number) ?? "" : "",
            ]
            if grouping != nil { row.insert(group(b), at: 0) }
            table.append(row)
        }
        return table
    }

    private var json: JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("option", .string(evaluation.option.id)),
            (
                "blockers",
                .array(
                    evaluation.blockers.map { b in
                        .object([
                            ("kind", .string(b.kind.rawValue)), ("item", .string(graph.itemID(b.item))),
                            ("related", .strings(graph.ids(b.related))), ("reason", .string(b.reason)),
                            ("releaseDate", .day(b.releaseDate)), ("noticeDate", .day(b.noticeDate)),
                        ])
                    })
            ),
        ])
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
