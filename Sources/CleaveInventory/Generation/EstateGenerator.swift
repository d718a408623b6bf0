import CleaveCore

/// Writes synthetic estates with the example's shape: layers of teams, contracts, systems,
/// data and infrastructure; fan-in and fan-out; shared and exclusive items; a few
/// dependency cycles; contracts with dates; and options. The same parameters always give
/// the same files, and the result always validates (warnings only: the cycles).
public struct EstateGenerator: Sendable {
    public var items: Int
    public var parties: Int
    public var seed: UInt64
    /// Items per file; large estates are split over many files.
    public var itemsPerFile: Int

    public static let itemRange = 10...1_000_000
    public static let partyRange = 2...50

    public init(items: Int, parties: Int = 3, seed: UInt64 = 1, itemsPerFile: Int = 5_000) {
        self.items = items
        self.parties = parties
        self.seed = seed
        self.itemsPerFile = itemsPerFile
    }

    /// One generated file: a path relative to the output folder, and its text.
    public struct File: Sendable {
        public var path: String
        public var text: String
    }

    /// How many items of each kind: roughly the example estate's proportions.
    struct Counts {
        var teams, contracts, data, infrastructure, systems: Int

        init(total: Int) {
            teams = max(1, total * 3 / 100)
            contracts = max(1, total * 12 / 100)
            data = max(1, total * 4 / 100)
            infrastructure = max(1, total * 17 / 100)
            systems = total - teams - contracts - data - infrastructure
        }
    }

    static let areas: [(id: String, name: String, inScope: Bool)] = [
        ("digital", "Digital", true), ("operations", "Operations & Infrastructure", true),
        ("service-delivery", "Service Delivery", true), ("strategy", "Strategy & Architecture", true),
        ("programme", "Programme", true), ("business-systems", "Business Systems", false),
    ]

    func partyID(_ p: Int) -> String {
        let s = String(p + 1)
        return "P" + String(repeating: "0", count: max(0, 2 - s.count)) + s
    }

    static func id(_ prefix: String, _ n: Int) -> String {
        let s = String(n)
        return prefix + String(repeating: "0", count: max(0, 7 - s.count)) + s
    }

    /// Calls `emit` once per file, in a fixed order, so a caller can write as it goes.
    public func generate(progress: (Int) -> Void = { _ in }, emit: (File) throws -> Void) rethrows {
        precondition(Self.itemRange.contains(items) && Self.partyRange.contains(parties))
        var rng = SplitMix64(seed: seed)
        let n = Counts(total: items)
        try emit(File(path: "estate.yaml", text: header()))
        try emit(File(path: "options.yaml", text: options()))

        var written = 0
        func chunked(_ kind: String, _ section: String, _ count: Int, _ line: (Int, inout SplitMix64) -> String) throws
        {
            var start = 0
            var part = 1
            while start < count {
                let end = min(count, start + itemsPerFile)
                var text = "\(section):\n"
                text.reserveCapacity((end - start) * 160)
                for i in start..<end { text += line(i, &rng) }
                let suffix = String(part)
                try emit(
                    File(
                        path:
                            "\(kind)/\(kind)-\(String(repeating: "0", count: max(0, 4 - suffix.count)) + suffix).yaml",
                        text: text))
                written += end - start
                progress(written)
                start = end
                part += 1
            }
        }
        try chunked("teams", "teams", n.teams) { i, rng in team(i, &rng) }
        try chunked("contracts", "contracts", n.contracts) { i, rng in contract(i, n, &rng) }
        try chunked("data", "data", n.data) { i, rng in dataSet(i, n, &rng) }
        try chunked("infrastructure", "infrastructure", n.infrastructure) { i, rng in infra(i, n, &rng) }
        try chunked("systems", "systems", n.systems) { i, rng in system(i, n, &rng) }
    }

    private func header() -> String {
        var text = """
            # A synthetic estate made by `cleave generate --items \(items) --parties \(parties) --seed \(seed)`.
            estate:
              name: Synthetic estate of \(items) items
              currency: GBP
              asOf: 2026-01-01
              defaults: {duplicateCost: 10000, severCost: 25000}
            parties:

            """
        for p in 0..<parties {
            text +=
                "  - {id: \(partyID(p)), name: Party \(p + 1)\(p == parties - 1 && parties > 2 ? ", kind: trust" : "")}\n"
        }
        text += "areas:\n"
        for (i, area) in Self.areas.enumerated() {
            let lead = partyID(i % parties)
            text += "  - {id: \(area.id), name: \(area.name), lead: \(lead)"
            text += area.inScope ? "}\n" : ", arrangement: agreement, inScope: false}\n"
        }
        return text
    }

    private func options() -> String {
        let first = partyID(0)
        return """
            options:
              - {id: status-quo, name: Status quo, separate: [\(first)], default: shared}
              - {id: hosted-only, name: Split strategy and programme, separate: [\(first)], areas: {strategy: split, programme: split}}
              - {id: partial, name: Split digital and service delivery, separate: [\(first)], areas: {digital: split, service-delivery: split}, targetDate: 2027-03-31}
              - {id: \(first.lowercased())-leaves, name: \(first) leaves, separate: [\(first)], default: split, targetDate: 2028-03-31}
              - {id: full, name: Full disaggregation, default: split, targetDate: 2029-03-31}

            """
    }

    private func area(_ rng: inout SplitMix64) -> String {
        // Most items sit in operations and digital; a sixth or so in the out-of-scope agreement.
        let weights = [22, 34, 16, 6, 6, 16]
        var pick = rng.below(100)
        for (i, w) in weights.enumerated() {
            if pick < w { return Self.areas[i].id }
            pick -= w
        }
        return Self.areas[1].id
    }

    /// One to all parties: about 40% of users lists are shared.
    private func users(_ rng: inout SplitMix64) -> String {
        let first = rng.below(parties)
        var chosen = [first]
        if rng.chance(0.4) {
            let extra = 1 + rng.below(parties - 1)
            for k in 1...extra { chosen.append((first + k) % parties) }
        }
        return "[" + chosen.sorted().map(partyID).joined(separator: ", ") + "]"
    }

    private func cost(_ rng: inout SplitMix64, _ scale: Int) -> Int { (1 + rng.below(100)) * scale }

    private func team(_ i: Int, _ rng: inout SplitMix64) -> String {
        let employer = partyID(rng.below(parties))
        return
            "  - {id: \(Self.id("t", i)), name: Team \(i), area: \(area(&rng)), users: [\(employer)], fte: \(1 + rng.below(20)), employer: \(employer), annualCost: \(cost(&rng, 5_000))}\n"
    }

    private func contract(_ i: Int, _ n: Counts, _ rng: inout SplitMix64) -> String {
        let startYear = 2018 + rng.below(8)
        let endYear = 2026 + rng.below(7)
        let month = 1 + rng.below(12)
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let open = rng.chance(0.05)
        var line =
            "  - {id: \(Self.id("c", i)), name: Contract \(i), area: \(area(&rng)), supplier: Supplier \(rng.below(200)), parties: \(users(&rng)), start: \(startYear)-\(mm)-01"
        if !open { line += ", end: \(max(endYear, 2026))-\(mm)-28" }
        line +=
            ", noticeMonths: \([0, 3, 6, 12][rng.below(4)]), assignable: \(rng.chance(0.3)), annualCost: \(cost(&rng, 2_000))"
        if rng.chance(0.1) { line += ", split: {strategy: reprocure, oneOffCost: \(cost(&rng, 1_000))}" }
        return line + "}\n"
    }

    private func dataSet(_ i: Int, _ n: Counts, _ rng: inout SplitMix64) -> String {
        "  - {id: \(Self.id("d", i)), name: Data set \(i), area: \(area(&rng)), personal: \(rng.chance(0.5)), classification: OFFICIAL}\n"
    }

    private func infra(_ i: Int, _ n: Counts, _ rng: inout SplitMix64) -> String {
        let types = [
            "datacentre", "network", "server", "storage", "identity", "tenant", "telephony", "endpoint", "security",
            "platform",
        ]
        var line =
            "  - {id: \(Self.id("i", i)), name: Infrastructure \(i), area: \(area(&rng)), type: \(types[i % types.count])"
        // Infrastructure stands on earlier infrastructure: a DAG with fan-in at the bottom.
        if i > 0 {
            var deps = Set([rng.below(i)])
            if rng.chance(0.3) { deps.insert(rng.below(i)) }
            line +=
                ", dependsOn: ["
                + deps.sorted().map { "{id: \(Self.id("i", $0)), via: hosting}" }.joined(separator: ", ") + "]"
        }
        if rng.chance(0.2) { line += ", split: {strategy: none}" }
        return line + ", annualCost: \(cost(&rng, 1_000))}\n"
    }

    private func system(_ i: Int, _ n: Counts, _ rng: inout SplitMix64) -> String {
        var line = "  - {id: \(Self.id("s", i)), name: System \(i), area: \(area(&rng)), users: \(users(&rng))"
        var deps: [String] = []
        // Coverage edges: every item of the lower layers is needed by some system.
        var covered: Set<String> = []
        for (prefix, count) in [("i", n.infrastructure), ("d", n.data), ("t", n.teams)] {
            var k = i
            while k < count {
                covered.insert(Self.id(prefix, k))
                k += n.systems
            }
        }
        covered.insert(Self.id("i", rng.below(n.infrastructure)))
        if rng.chance(0.5) { covered.insert(Self.id("d", rng.below(n.data))) }
        for id in covered.sorted() {
            let via = id.hasPrefix("i") ? "hosting" : id.hasPrefix("d") ? "data" : "support"
            deps.append("{id: \(id), via: \(via)}")
        }
        // Integrations with earlier systems (fan-in on popular ones), and now and then a
        // pair of systems that depend on each other: a cycle.
        if i > 0 {
            for _ in 0..<rng.below(3) {
                let target = rng.chance(0.3) ? rng.below(min(i, 20)) : rng.below(i)
                deps.append("{id: \(Self.id("s", target)), via: integration, severCost: \(cost(&rng, 500))}")
            }
        }
        if i % 997 == 996 { deps.append("{id: \(Self.id("s", i - 1)), via: integration}") }
        if i % 997 == 995, i + 1 < n.systems { deps.append("{id: \(Self.id("s", i + 1)), via: integration}") }
        line += ", dependsOn: [" + deps.joined(separator: ", ") + "]"
        var contracts: Set<Int> = []
        var k = i
        while k < n.contracts {
            contracts.insert(k)
            k += n.systems
        }
        if rng.chance(0.3) { contracts.insert(rng.below(n.contracts)) }
        if !contracts.isEmpty {
            line += ", contracts: [" + contracts.sorted().map { Self.id("c", $0) }.joined(separator: ", ") + "]"
        }
        let criticality = ["low", "medium", "high", "critical"][rng.below(4)]
        line += ", criticality: \(criticality), annualCost: \(cost(&rng, 1_000))"
        if rng.chance(0.05) {
            line += ", split: {strategy: none}"
        } else if rng.chance(0.3) {
            line += ", split: {strategy: clone, oneOffCost: \(cost(&rng, 500))}"
        }
        return line + "}\n"
    }
}
