@testable import CleaveCore

/// Two councils, A and B, sharing a finance service. Written out once; the tests work
/// every figure out by hand from it.
///
///     payroll (B) ──70──▶ ledger (A, B) ──40──▶ hosting ◀──5── portal (A)
///                           │ licence (estate default: cannot sever)
///                           ▼
///                          lic (contract, signed by A; ends 2027-06-30, 6 months' notice)
///
/// Areas: `fin` (ledger, payroll, lic) and `dig` (hosting, portal), both led by A.
/// Costs: duplicating ledger 100, hosting 50, anything else the estate default 10.
/// Recurring: ledger's annual cost 30 (no per-instance figure); hosting 20 per instance.
/// The inventory describes 2025-01-01.
func councilEstate(ledgerStrategy: SplitStrategy = .clone, options: [Option] = []) -> Estate {
    Estate(
        parties: ["A", "B"], areas: [("fin", "A"), ("dig", "A")],
        items: [
            makeItem(
                "ledger", area: "fin", users: ["A", "B"], dependsOn: [dep("hosting", sever: 40)],
                contracts: ["lic"], strategy: ledgerStrategy, oneOff: 100, annualCost: 30),
            makeItem("hosting", .infrastructure, area: "dig", oneOff: 50, perInstance: 20),
            makeItem("lic", .contract, area: "fin", parties: ["A"], end: day("2027-06-30"), noticeMonths: 6),
            makeItem("payroll", area: "fin", users: ["B"], dependsOn: [dep("ledger", sever: 70)]),
            makeItem("portal", area: "dig", users: ["A"], dependsOn: [dep("hosting", sever: 5)]),
            makeItem("payroll-team", .team, area: "fin", users: ["B"], dependsOn: [dep("payroll", sever: 1)], fte: 2.5),
        ], options: options, defaultDuplicateCost: 10, asOf: day("2025-01-01"))
}
