/// Ids given by a user — on the command line, in a view name — turned into indices, with
/// "did you mean …?" when one does not exist. Every command and view goes through here.
extension EstateGraph {
    /// The kinds of thing an id can name.
    public enum IDKind: String, Sendable {
        case party, area, item, option

        var plural: String { self == .party ? "parties" : rawValue + "s" }
    }

    /// The index of the party with id `id`.
    /// - Throws: `UserError` naming the closest id when there is none.
    public func lookupParty(_ id: String) throws(UserError) -> PartyIndex {
        try Self.lookup(id, .party, partyIndex(id), candidates: partyIDs)
    }

    public func lookupArea(_ id: String) throws(UserError) -> Int {
        try Self.lookup(id, .area, areaIndex(id), candidates: estate.areas.map(\.id))
    }

    public func lookupItem(_ id: String) throws(UserError) -> Int {
        try Self.lookup(id, .item, itemIndex(id), candidates: estate.items.map(\.id))
    }

    public func lookupOption(_ id: String) throws(UserError) -> Int {
        try Self.lookup(id, .option, optionIndex(id), candidates: estate.options.map(\.id))
    }

    /// `index`, or an error saying no `kind` has the id, with the nearest candidate and, when
    /// there are few, every known id.
    public static func lookup<Index>(_ id: String, _ kind: IDKind, _ index: Index?, candidates: [String])
        throws(UserError)
        -> Index
    {
        if let index { return index }
        let message =
            "no \(kind.rawValue) has the id '\(id)'"
            + Suggestion.phrase(Suggestion.closest(to: id, among: candidates))
        let known = Array(Set(candidates)).sorted()
        var notes: [String] = []
        if known.isEmpty {
            notes.append("the inventory defines no \(kind.plural)")
        } else if known.count <= 12 {
            notes.append("known: " + known.joined(separator: ", "))
        }
        throw UserError(message, notes: notes)
    }
}
