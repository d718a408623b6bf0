import CleaveCore

extension Fixtures {
    /// Two councils splitting a small estate over four waves: a critical path of four
    /// items, a contract released at its end with its notice date ahead, one whose notice
    /// date has passed, and (in `split-all`) an open-ended contract that never finishes and
    /// a system that waits for it. Names carry markup and Mermaid's separators.
    static var roadmap: Estate {
        func months(_ item: Item, _ m: Int) -> Item {
            var item = item
            item.split = SplitSpec(strategy: .clone, months: m)
            return item
        }
        var licence = item(.contract, "crm-licence", "CRM licence", area: "digital")
        licence.end = Day("2027-01-31")
        licence.noticeMonths = 3
        var print = item(.contract, "print", "Print & post", area: "digital")
        print.end = Day("2026-06-30")
        print.noticeMonths = 6
        let pbx = item(.contract, "pbx", "Old PBX support", area: "comms")
        return Estate(
            name: "Roadmap estate",
            parties: [Party(id: "north", name: "North Council"), Party(id: "south", name: "South Council")],
            areas: [
                Area(id: "digital", name: "Digital", lead: "south"),
                Area(id: "comms", name: "Comms", lead: "south"),
            ],
            items: [
                months(item(.infrastructure, "dc", "Data centre", area: "digital", users: ["north", "south"]), 6),
                months(
                    item(
                        .infrastructure, "idp", "Identity <provider> & \"SSO\"", area: "digital",
                        users: ["north", "south"], dependsOn: [("dc", .hosting)]), 4),
                months(
                    item(
                        .system, "crm", "CRM: case #1; main", area: "digital", users: ["north", "south"],
                        dependsOn: [("idp", .identity), ("dc", .hosting)], contracts: ["crm-licence"]), 6),
                months(
                    item(
                        .system, "web", "Website", area: "digital", users: ["north"], dependsOn: [("crm", .integration)]
                    ),
                    2),
                item(.system, "mail", "Letters", area: "digital", users: ["north", "south"], contracts: ["print"]),
                licence, print,
                item(.system, "phones", "Phones", area: "comms", users: ["north", "south"], contracts: ["pbx"]),
                pbx,
            ],
            options: [
                Option(
                    id: "north-out", name: "North leaves", separate: ["north"], defaultDisposition: .split,
                    areas: ["comms": .shared], targetDate: Day("2027-06-30"), startDate: Day("2026-04-01")),
                Option(
                    id: "split-all", name: "Split everything", separate: ["north"], defaultDisposition: .split,
                    targetDate: Day("2027-06-30"), startDate: Day("2026-04-01")),
                Option(id: "no-start", name: "Undated"),
            ])
    }
}
