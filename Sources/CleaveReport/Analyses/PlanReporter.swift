import CleaveCore

/// The `plan` report: one or more separation plans.
public struct PlanReporter: AnalysisReporter {
    public let graph: EstateGraph
    public let plans: [SeparationPlan]
    /// Set when the plans are an option's separated blocs; nil for one plan of given
    /// parties (SPEC §5's object alone in JSON).
    public let option: CleaveCore.Option?

    public init(graph: EstateGraph, plans: [SeparationPlan], option: CleaveCore.Option? = nil) {
        self.graph = graph
        self.plans = plans
        self.option = option
    }

    private var money: Money { Money(currency: graph.estate.currency) }

    private func others(_ plan: SeparationPlan) -> String {
        let ids = graph.partyIDs(PartySet.all(graph.partyCount).subtracting(plan.parties))
        return ids.isEmpty ? "nobody" : ids.joined(separator: ", ")
    }

    private func dependency(_ edge: EdgeID) -> String {
        let e = graph.edges[edge]
        return "\(graph.itemID(e.from)) → \(graph.itemID(e.to))"
    }

    private func sections(_ plan: SeparationPlan) -> [Report.Section] {
        let head = "Separating \(plan.bloc) from \(others(plan))"
        guard plan.feasible else {
            var table = Table(columns: [.init("Obstacle"), .init("Item or dependency"), .init("Why")])
            for obstacle in plan.obstacles {
                switch obstacle {
                case .unsplittable(let item):
                    table.append([
                        "unsplittable", graph.itemID(item),
                        "split.strategy is none, and both sides need it",
                    ])
                case .unseverable(let edge):
                    table.append([
                        "unseverable", dependency(edge),
                        "no severCost and no estate.defaults.severCost, so it cannot be re-engineered away",
                    ])
                }
            }
            return [
                Report.Section(
                    title: head,
                    lines: [
                        "Infeasible: every separation costs ∞. What makes it so (each lies on a chain of",
                        "unbreakable links from what \(plan.bloc) uses to what the others use):",
                    ], table: table),
                Report.Section(
                    lines: [
                        "To price separating everything else, let the unsplittable items stay shared: --share-unsplittable"
                    ], audience: .terminal),
            ]
        }
        var duplicate = Table(columns: [.init("Item"), .init("Kind"), .init("Cost", .right)])
        for i in plan.duplicate {
            duplicate.append([graph.itemID(i), graph.item(i).kind.rawValue, money.format(graph.duplicateCost(of: i))])
        }
        var shared = Table(columns: [.init("Item"), .init("Kind")])
        for i in plan.shared { shared.append([graph.itemID(i), graph.item(i).kind.rawValue]) }
        var move = Table(columns: [.init("Item"), .init("Kind")])
        for i in plan.moveToBloc { move.append([graph.itemID(i), graph.item(i).kind.rawValue]) }
        var sever = Table(columns: [.init("Dependency"), .init("Re-engineered by"), .init("Cost", .right)])
        for s in plan.sever {
            sever.append([dependency(s.edge), s.side == .bloc ? plan.bloc : "others", money.format(s.cost)])
        }
        var result = [
            Report.Section(
                title: head,
                lines: [
                    "Cost: \(money.format(plan.cost))"
                        + (plan.sharesUnsplittable ? ", letting unsplittable items stay shared" : "")
                ] + (PricingAssumptions(plan, in: graph).sentence(money).map { ["Assumed: \($0)."] } ?? [])),
            Report.Section(title: "Duplicate (\(plan.duplicate.count)): both sides get an instance", table: duplicate),
            Report.Section(
                title: "Move to \(plan.bloc) (\(plan.moveToBloc.count)): only \(plan.bloc) needs it", table: move),
            Report.Section(title: "Sever (\(plan.sever.count)): dependencies re-engineered away", table: sever),
        ]
        if plan.sharesUnsplittable {
            result.insert(
                Report.Section(
                    title: "Stay shared (\(plan.shared.count)): unsplittable, and both sides need it",
                    table: shared), at: 2)
        }
        return result
    }

    public var report: Report {
        Report(heading: heading, sections: allSections, csv: csv, json: json)
    }

    private var heading: String {
        option.map { "Cheapest separation of each bloc of option \($0.id) (\($0.name))" }
            ?? "Cheapest separation — \(graph.estate.name)"
    }

    private var allSections: [Report.Section] {
        plans.isEmpty
            ? [Report.Section(lines: ["The option separates no party: there is nothing to plan."])]
            : plans.flatMap(sections)
    }

    private var csv: Table {
        var table = Table(columns: ["bloc", "action", "item", "to", "side", "cost"].map { .init($0) })
        for plan in plans {
            for obstacle in plan.obstacles {
                switch obstacle {
                case .unsplittable(let item):
                    table.append([plan.bloc, "unsplittable", graph.itemID(item), "", "", ""])
                case .unseverable(let edge):
                    let e = graph.edges[edge]
                    table.append([plan.bloc, "unseverable", graph.itemID(e.from), graph.itemID(e.to), "", ""])
                }
            }
            for i in plan.duplicate {
                table.append([
                    plan.bloc, "duplicate", graph.itemID(i), "", "",
                    graph.duplicateCost(of: i).map(Wording.number) ?? "",
                ])
            }
            for i in plan.shared { table.append([plan.bloc, "shared", graph.itemID(i), "", "", "0"]) }
            for i in plan.moveToBloc { table.append([plan.bloc, "move", graph.itemID(i), "", "", "0"]) }
            for s in plan.sever {
                let e = graph.edges[s.edge]
                table.append([
                    plan.bloc, "sever", graph.itemID(e.from), graph.itemID(e.to), s.side.rawValue,
                    Wording.number(s.cost),
                ])
            }
        }
        return table
    }

    private func object(_ plan: SeparationPlan, schema: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = schema ? [("schemaVersion", .int(1))] : []
        fields += [
            ("bloc", .string(plan.bloc)), ("parties", .strings(graph.partyIDs(plan.parties))),
            ("cost", .number(plan.cost)), ("feasible", .bool(plan.feasible)),
            ("duplicate", .strings(graph.ids(plan.duplicate))), ("moveToBloc", .strings(graph.ids(plan.moveToBloc))),
        ]
        // Not in SPEC §5: only when asked for with --share-unsplittable.
        if plan.sharesUnsplittable { fields.append(("shared", .strings(graph.ids(plan.shared)))) }
        fields += [
            (
                "sever",
                .array(
                    plan.sever.map { s in
                        let e = graph.edges[s.edge]
                        return .object([
                            ("from", .string(graph.itemID(e.from))), ("to", .string(graph.itemID(e.to))),
                            ("side", .string(s.side.rawValue)),
                        ])
                    })
            ),
            // Not in SPEC §5: how much of `cost` rests on estate.defaults.
            ("assumptions", PricingAssumptions(plan, in: graph).json),
        ]
        return .object(fields)
    }

    private var json: JSONValue {
        guard let option else { return object(plans[0], schema: true) }
        return .object([
            ("schemaVersion", .int(1)), ("option", .string(option.id)),
            ("plans", .array(plans.map { object($0, schema: false) })),
        ])
    }
}
