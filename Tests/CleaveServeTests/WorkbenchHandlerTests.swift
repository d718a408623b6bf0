import CleaveCore
import CleaveInventory
import CleaveServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The workbench's request handlers on Hummingbird's router test client, on a copy of the
/// council fixture: the page and its policy, an evaluation agreeing with the library's
/// figures and business case, located 400s, the guards (Origin, CSRF, content type, size,
/// Host, token), and saving into Cleave's own file.
struct WorkbenchHandlerTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../CLITests/Fixtures/Council/Inventory").standardizedFileURL

    /// A copy of the fixture in a fresh folder, and a server on it.
    static func server(token: String? = nil, bodyLimit: Int = 1 << 20) throws -> (WorkbenchServer, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: folder)
        let loaded = try InventoryLoader.load(path: folder.path)
        let settings = try WorkbenchSettings(token: token, bodyLimit: bodyLimit, pollInterval: 0)
        let workbench = Workbench(path: folder.path, graph: EstateGraph(loaded.estate), warnings: loaded.findings)
        return (WorkbenchServer(workbench: workbench, settings: settings), folder)
    }

    static func json(_ body: ByteBuffer) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
    }

    static func writeHeaders(_ server: WorkbenchServer) -> HTTPFields {
        var headers = HTTPFields()
        headers[.origin] = "http://localhost"
        headers[.contentType] = "application/json"
        headers[HTTPFields.Element.Name("X-Cleave-CSRF")!] = server.settings.csrf
        return headers
    }

    static let draft = #"""
        {"id": "b-out", "name": "B leaves", "separate": ["B"], "default": "shared", "areas": {"fin": "split"},
         "transition": {"strandedShare": 75, "strandedMonths": 18}}
        """#

    @Test func thePageIsServedWithAStrictPolicy() async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'none'") || csp.contains("script-src 'self'"), "\(csp)")
                let page = String(buffer: response.body)
                #expect(page.contains("<h3>Money over time</h3>"))
                #expect(page.contains("id=\"stranded-share\""))
            }
        }
    }

    @Test func anEvaluationGivesTheLibrarysFiguresAndBusinessCase() async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The same option through the library.
        let loaded = try InventoryLoader.load(path: folder.path)
        let analysis = EstateAnalysis(EstateGraph(loaded.estate))
        var option = Option(id: "b-out", name: "B leaves", separate: ["B"], defaultDisposition: .shared, areas: ["fin": .split])
        option.transition = Transition(strandedShare: 75, strandedMonths: 18)
        let analysed = analysis.analysing(option)
        let expected = try analysis.businessCase(analysed, comparedWith: nil, appraisal: nil)
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(
                uri: "/api/evaluate", method: .post, headers: Self.writeHeaders(server),
                body: ByteBuffer(string: Self.draft)
            ) { response in
                #expect(response.status == .ok)
                let reply = try Self.json(response.body)
                let sheet = try #require(reply["sheet"] as? [String: Any])
                let figures = try #require(sheet["figures"] as? [String: Any])
                #expect(figures["oneOffCost"] as? Double == analysed.figures.oneOffCost)
                #expect((figures["blockers"] as? [String: Any])?["total"] as? Double == Double(analysed.figures.blockers))
                let c = try #require(sheet["businessCase"] as? [String: Any])
                #expect(c["available"] as? Bool == true)
                let total = try #require(c["total"] as? [String: Any])
                #expect(total["npv"] as? Double == expected.totals.npv)
                #expect((total["years"] as? [Double])?.count == expected.appraisal.years)
                let spec = try #require(sheet["option"] as? [String: Any])
                #expect((spec["transition"] as? [String: Any])?["strandedShare"] as? Double == 75)
                #expect((reply["timing"] as? [String: Any])?["serverMs"] is Double)
            }
        }
    }

    /// Each what-if's yardstick plans are kept, so an edit that splits the same items (a
    /// new date, other terms) takes them instead of solving the cuts again; the plans it
    /// shows must be the ones the library solves for that option from nothing.
    @Test func aWhatIfSplittingTheSameItemsTakesTheKeptPlans() async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try InventoryLoader.load(path: folder.path)
        let fresh = EstateAnalysis(EstateGraph(loaded.estate))
        let drafts = [
            Self.draft,
            // The same items split; another target, other terms, both parties separated.
            #"{"id": "both-out", "separate": ["A", "B"], "default": "shared", "areas": {"fin": "split"}, "targetDate": "2031-01-01"}"#,
        ]
        var options = [
            Option(id: "b-out", name: "B leaves", separate: ["B"], defaultDisposition: .shared, areas: ["fin": .split]),
            Option(id: "both-out", name: "both-out", separate: ["A", "B"], defaultDisposition: .shared, areas: ["fin": .split]),
        ]
        options[0].transition = Transition(strandedShare: 75, strandedMonths: 18)
        options[1].targetDate = Day(year: 2031, month: 1, day: 1)
        let asked = zip(drafts, options).map { ($0, $1) }
        try await Application(router: server.router()).test(.router) { client in
            for (draft, option) in asked {
                let analysed = fresh.analysing(option)
                let plans = Yardsticks(parties: [], options: [analysed.evaluation], in: fresh.graph)
                    .options[option.id]!.strict
                try await client.execute(
                    uri: "/api/evaluate", method: .post, headers: Self.writeHeaders(server), body: ByteBuffer(string: draft)
                ) { response in
                    #expect(response.status == .ok)
                    let sheet = try #require(try Self.json(response.body)["sheet"] as? [String: Any])
                    let figures = try #require(sheet["figures"] as? [String: Any])
                    let shown = try #require(figures["plans"] as? [[String: Any]])
                    #expect(shown.map { $0["bloc"] as? String } == plans.map(\.bloc), "\(option.id)")
                    #expect(shown.map { $0["cost"] as? Double } == plans.map(\.cost), "\(option.id)")
                }
            }
        }
        // b-out separates B; both-out separates A and B over the same items: B's plan was kept.
        #expect(server.workbench.keptPlans == 2)
    }

    @Test(arguments: [
        (#"{"separate": ["Z"]}"#, "separate[0]"),
        (#"{"areas": {"fin": "halved"}}"#, "areas.fin"),
        (#"{"startDate": "2026-13-01"}"#, "startDate"),
        (#"{"transition": {"strandedShare": 150}}"#, "transition.strandedShare"),
        (#"{"transition": {"strandedMonths": 1.5}}"#, "transition.strandedMonths"),
        (#"{"transition": {"strandedShare": true}}"#, "transition.strandedShare"),
        (#"{"transition": {"strandedMonths": false}}"#, "transition.strandedMonths"),
        (#"{"colour": "red"}"#, "colour"),
    ])
    func aBadFieldIsA400NamingIt(body: String, field: String) async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(
                uri: "/api/evaluate", method: .post, headers: Self.writeHeaders(server), body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .badRequest)
                let reply = try Self.json(response.body)
                #expect(reply["field"] as? String == field)
            }
        }
    }

    /// 0 and 1 are numbers, not booleans: a fresh page sends a share and months of 0.
    @Test(arguments: [(0, 0), (1, 1), (0, 1), (100, 0)])
    func zeroAndOneAreNumbers(share: Int, months: Int) async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = #"{"separate": ["B"], "transition": {"strandedShare": \#(share), "strandedMonths": \#(months)}}"#
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(
                uri: "/api/evaluate", method: .post, headers: Self.writeHeaders(server), body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                let reply = try Self.json(response.body)
                let spec = (reply["sheet"] as? [String: Any])?["option"] as? [String: Any]
                let terms = spec?["transition"] as? [String: Any]
                #expect(terms?["strandedShare"] as? Double == Double(share))
                #expect(terms?["strandedMonths"] as? Double == Double(months))
            }
        }
    }

    @Test func writesNeedTheOriginTheCSRFTokenJSONAndASmallBody() async throws {
        let (server, folder) = try Self.server(bodyLimit: 200)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Application(router: server.router()).test(.router) { client in
            var noOrigin = Self.writeHeaders(server)
            noOrigin[.origin] = nil
            var elsewhere = Self.writeHeaders(server)
            elsewhere[.origin] = "http://evil.example"
            var noCSRF = Self.writeHeaders(server)
            noCSRF[HTTPFields.Element.Name("X-Cleave-CSRF")!] = nil
            var text = Self.writeHeaders(server)
            text[.contentType] = "text/plain"
            for (headers, status) in [
                (noOrigin, HTTPResponse.Status.forbidden), (elsewhere, .forbidden), (noCSRF, .forbidden),
                (text, .unsupportedMediaType),
            ] {
                try await client.execute(
                    uri: "/api/evaluate", method: .post, headers: headers, body: ByteBuffer(string: "{}")
                ) { response in
                    #expect(response.status == status)
                }
            }
            let big = "{\"name\": \"" + String(repeating: "x", count: 400) + "\"}"
            try await client.execute(
                uri: "/api/evaluate", method: .post, headers: Self.writeHeaders(server), body: ByteBuffer(string: big)
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/state", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test func aTokenIsCheckedOnEveryRequest() async throws {
        let token = "a-long-enough-token-1234"
        let (server, folder) = try Self.server(token: token)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(uri: "/api/state", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            var wrong = HTTPFields()
            wrong[HTTPFields.Element.Name("X-Cleave-Token")!] = "not-the-token-at-all-000"
            try await client.execute(uri: "/api/state", method: .get, headers: wrong) { response in
                #expect(response.status == .forbidden)
            }
            var right = HTTPFields()
            right[HTTPFields.Element.Name("X-Cleave-Token")!] = token
            try await client.execute(uri: "/api/state", method: .get, headers: right) { response in
                #expect(response.status == .ok)
                let reply = try Self.json(response.body)
                #expect(reply["options"] is [Any])
            }
        }
    }

    @Test func savingWritesCleavesOwnFileAndRefusesAnIdInUse() async throws {
        let (server, folder) = try Self.server()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        try await Application(router: server.router()).test(.router) { client in
            let clash = Self.draft.replacingOccurrences(of: "\"b-out\"", with: "\"b-leaves\"")
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.writeHeaders(server), body: ByteBuffer(string: clash)
            ) { response in
                #expect(response.status == .conflict)
                let reply = try Self.json(response.body)
                #expect(reply["field"] as? String == "id")
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.writeHeaders(server),
                body: ByteBuffer(string: Self.draft)
            ) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
            }
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(Set(after).subtracting(before) == ["options.workbench.yaml"])
        // The hand-written files are untouched, and the saved option loads and validates.
        for name in before {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(name))
                    == Data(contentsOf: Self.fixture.appendingPathComponent(name)), "\(name)")
        }
        let reloaded = try InventoryLoader.load(path: folder.path)
        #expect(reloaded.findings.filter { $0.severity == .error }.isEmpty)
        let saved = try #require(reloaded.estate.options.first { $0.id == "b-out" })
        #expect(saved.transition == Transition(strandedShare: 75, strandedMonths: 18))
    }
}
