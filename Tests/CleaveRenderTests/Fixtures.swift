import CleaveCore
import CleaveRender
import Foundation

/// Small estates built in code, so view and writer tests need neither YAML nor files.
enum Fixtures {
    static let here = SourceLocation.file("")

    static func ref(_ id: String) -> Reference { Reference(id, at: here) }

    static func item(
        _ kind: ItemKind, _ id: String, _ name: String? = nil, area: String,
        users: [String] = [], dependsOn: [(String, Via)] = [], contracts: [String] = [],
        criticality: Criticality = .medium, lead: String? = nil
    ) -> Item {
        var item = Item(kind: kind, id: id, name: name, area: area)
        item.users = users.map { UserShare(ref($0)) }
        item.dependsOn = dependsOn.map { Dependency(ref($0.0), via: $0.1) }
        item.contracts = contracts.map(ref)
        item.criticality = criticality
        item.lead = lead.map(ref)
        return item
    }

    /// Two councils and a trust sharing a small estate, with two options.
    static var council: Estate {
        var licence = item(.contract, "crm-licence", "CRM licence", area: "delivery")
        licence.supplier = "Acme"
        licence.parties = [ref("south")]
        licence.end = Day("2027-03-31")
        licence.noticeMonths = 6
        var payroll = item(
            .system, "payroll", "Payroll", area: "hr", users: ["south", "trust"],
            dependsOn: [("dc", .hosting), ("idp", .identity)], criticality: .critical)
        payroll.split = SplitSpec(strategy: .none)
        // A second data centre costs more than re-engineering what hangs from it.
        var dc = item(
            .infrastructure, "dc", "Data centre", area: "digital", dependsOn: [("wan", .network)],
            criticality: .critical)
        dc.split = SplitSpec(strategy: .clone, oneOffCost: 1_000_000)
        var estate = Estate(
            name: "Shire & Vale \"shared\" ICT", asOf: Day("2026-01-01"), defaultSeverCost: 5000,
            parties: [
                Party(id: "south", name: "South Council"), Party(id: "north", name: "North Council"),
                Party(id: "trust", name: "Health Trust", kind: .trust),
            ],
            areas: [
                Area(id: "digital", name: "Digital", lead: "north"),
                Area(id: "delivery", name: "Service Delivery", lead: "south"),
                Area(id: "hr", name: "HR <Payroll>", lead: "trust", inScope: false),
            ],
            items: [
                item(
                    .system, "crm", "Customer CRM", area: "delivery", users: ["north", "south"],
                    dependsOn: [("idp", .identity), ("dc", .hosting), ("records", .data)], contracts: ["crm-licence"],
                    criticality: .high),
                payroll,
                item(
                    .system, "web", "Website", area: "digital", users: ["north"],
                    dependsOn: [("crm", .integration), ("wan", .network)], lead: "north"),
                dc,
                item(.infrastructure, "idp", "Identity provider", area: "digital", dependsOn: [("dc", .hosting)]),
                item(.infrastructure, "wan", "WAN", area: "digital", criticality: .high),
                licence,
                item(
                    .data, "records", "Customer records", area: "delivery", users: ["south"],
                    dependsOn: [("dc", .hosting)]),
                item(
                    .team, "ops", "Ops team", area: "digital", users: ["north", "south"], dependsOn: [("dc", .support)]),
            ],
            options: [
                Option(id: "split-all", name: "Split everything", defaultDisposition: .split),
                Option(id: "north-out", name: "North leaves", separate: ["north"], areas: ["digital": .split]),
            ])
        estate.options[1].description = "North takes its own digital services."
        return estate
    }

    /// One party, one area and one system called `name`.
    static func single(named name: String, id: String = "s1") -> Estate {
        Estate(
            name: "E", parties: [Party(id: "p", name: "P")], areas: [Area(id: "a", name: "A", lead: "p")],
            items: [item(.system, id, name, area: "a", users: ["p"])])
    }

    /// `count` systems in a chain, spread over `areas` areas.
    static func chain(_ count: Int, areas: Int = 3) -> Estate {
        Estate(
            name: "Chain",
            parties: [Party(id: "p", name: "P"), Party(id: "q", name: "Q")],
            areas: (0..<areas).map { Area(id: "a\($0)", name: "Area \($0)", lead: $0 % 2 == 0 ? "p" : "q") },
            items: (0..<count).map { i in
                item(
                    .system, "s\(i)", "System \(i)", area: "a\(i % areas)", users: i % 5 == 0 ? ["p", "q"] : ["p"],
                    dependsOn: i + 1 < count ? [("s\(i + 1)", .integration)] : [])
            })
    }

    static func context(_ estate: Estate, maxNodes: Int = 600, depth: Int = 2) -> ViewContext {
        ViewContext(facts: MapFacts(estate: estate), maxNodes: maxNodes, depth: depth)
    }

    /// The `cleave` executable built beside the test bundle; the isolated renderer's worker.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("cleave")
    }()
}
