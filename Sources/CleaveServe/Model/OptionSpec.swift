import CleaveCore
import CleaveReport

/// An option written in the shape the page edits and sends back (`OptionDraft`), so an
/// option of the inventory can be the start of a new one.
enum OptionSpec {
    static func json(_ option: Option) -> JSONValue {
        ReplyJSON.object([
            ("id", .string(option.id)),
            ("name", .string(option.name)),
            ("description", .string(option.description)),
            ("separate", option.separate.map { .strings($0.map(\.id)) } ?? .null),
            ("default", .string(option.defaultDisposition.rawValue)),
            ("areas", ReplyJSON.object(option.areas.map { ($0.area.id, .string($0.disposition.rawValue)) })),
            ("items", ReplyJSON.object(option.items.map { ($0.item.id, .string($0.disposition.rawValue)) })),
            ("startDate", ReplyJSON.date(option.startDate)),
            ("targetDate", ReplyJSON.date(option.targetDate)),
            (
                "transition",
                ReplyJSON.object([
                    ("strandedShare", .number(option.transition.strandedShare)),
                    ("strandedMonths", .int(option.transition.strandedMonths)),
                ])
            ),
        ])
    }
}
