import CleaveCore

/// Ids are unique across parties, areas, items and options together.
struct DuplicateIDRule: ValidationRule {
    static let id = "duplicate-id"
    static let summary = "An id is defined twice (both places are named)."
    static let defaultSeverity = Severity.error
    static let triggering = [
        RuleExample(
            RuleExample.header + "systems:\n  - {id: ar, name: Clash, area: ar, users: [A]}\n",
            expect: [
                "5:5: id 'ar' is already defined, as an area at 3:9; ids are unique across parties, areas, items and options"
            ])
    ]
    static let nonTriggering = [RuleExample.header + "systems:\n  - {id: s1, name: S1, area: ar, users: [A]}\n"]

    static func check(_ context: ValidationContext) -> [Finding] {
        let estate = context.estate
        // Most inventories have no duplicate: the graph's index tells so without sorting
        // every definition by place (the few parties, areas and options are checked here).
        let few = estate.parties.map(\.id) + estate.areas.map(\.id) + estate.options.map(\.id)
        if context.graph.itemIDsAreUnique, Set(few).count == few.count,
            !few.contains(where: { context.graph.itemIndex($0) != nil })
        {
            return []
        }
        var definitions: [(id: String, location: SourceLocation, entity: ValidationContext.Entity)] = []
        definitions += estate.parties.map { ($0.id, $0.location, .party) }
        definitions += estate.areas.map { ($0.id, $0.location, .area) }
        definitions += estate.items.map { ($0.id, $0.location, .item($0.kind)) }
        definitions += estate.options.map { ($0.id, $0.location, .option) }
        definitions.sort { $0.location < $1.location }
        var first: [String: (SourceLocation, ValidationContext.Entity)] = [:]
        var findings: [Finding] = []
        for definition in definitions {
            guard let (location, entity) = first[definition.id] else {
                first[definition.id] = (definition.location, definition.entity)
                continue
            }
            let place =
                location.file == definition.location.file ? "\(location.line):\(location.column)" : "\(location)"
            findings.append(
                finding(
                    "id '\(definition.id)' is already defined, as \(entity.noun) at \(place); ids are unique across parties, areas, items and options",
                    at: definition.location, related: [.init(location, "first defined here")]))
        }
        return findings
    }
}
