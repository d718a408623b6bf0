import CleaveCore
import CleaveInventory
import CleaveReport
import Testing

/// `cleave export json`: the resolved model, defaults filled in.
struct ModelJSONTests {
    @Test func defaultsAreFilledIn() {
        let loaded = InventoryLoader.load(
            text: """
                estate: {name: E, asOf: 2026-01-01, defaults: {duplicateCost: 500, severCost: 70}}
                parties: [{id: B, name: Beta}, {id: A, name: Alpha}]
                areas: [{id: ar, name: Area, lead: B}]
                systems:
                  - {id: web, name: Web, area: ar, users: [A], dependsOn: [crm], annualCost: 9}
                  - {id: crm, name: CRM, area: ar, users: [A, B]}
                options: [{id: o, name: O}]
                """)
        let json = ModelJSON.json(loaded.estate).rendered(pretty: false)
        #expect(json.contains(#""parties":[{"id":"A","name":"Alpha","kind":"council"},{"id":"B""#))
        #expect(
            json.contains(
                #"{"id":"web","kind":"system","name":"Web","area":"ar","lead":"B","users":[{"party":"A","share":null}],"dependsOn":[{"id":"crm","via":"other","severCost":70,"note":null}]"#
            ))
        #expect(json.contains(#""split":{"strategy":"clone","oneOffCost":500,"annualCostPerInstance":9,"months":3}"#))
        #expect(
            json.contains(
                #""separate":["A","B"],"default":"shared","areas":{},"items":{},"targetDate":null,"startDate":"2026-01-01","transition":{"strandedShare":0,"strandedMonths":0}}"#
            ))
        #expect(
            json.hasPrefix(
                #"{"schemaVersion":1,"estate":{"name":"E","currency":"GBP","asOf":"2026-01-01","defaults":{"duplicateCost":500,"severCost":70,"splitMonths":3},"appraisal":{"years":10,"discountRate":3.5,"optimismBias":0}}"#
            ))
    }
}
