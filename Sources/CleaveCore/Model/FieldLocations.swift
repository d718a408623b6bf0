/// Where each key of a mapping was written, by key path (`annualCost`, `split.oneOffCost`).
///
/// A mapping has a handful of keys, so they are kept in the order first written and looked
/// up by a search in order: cheaper to build, for every item of a large estate, than a
/// dictionary that hashes each key. The first location given for a key is kept.
public struct FieldLocations: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var keys: [String] = []
    private var places: [SourceLocation] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        for (key, location) in elements { add(key, location) }
    }

    /// Where `key` was written; setting a key already present replaces its location.
    public subscript(key: String) -> SourceLocation? {
        get { keys.firstIndex(of: key).map { places[$0] } }
        set {
            if let k = keys.firstIndex(of: key) {
                if let newValue {
                    places[k] = newValue
                } else {
                    keys.remove(at: k)
                    places.remove(at: k)
                }
            } else if let newValue {
                add(key, newValue)
            }
        }
    }

    /// Records `location` for `key` unless the key already has one.
    public mutating func add(_ key: String, _ location: SourceLocation) {
        guard !keys.contains(key) else { return }
        keys.append(key)
        places.append(location)
    }

    /// The keys in the order first written.
    public var orderedKeys: [String] { keys }

    public var isEmpty: Bool { keys.isEmpty }

    /// Equal when they hold the same keys at the same places, in whatever order.
    public static func == (a: FieldLocations, b: FieldLocations) -> Bool {
        a.keys.count == b.keys.count && zip(a.keys, a.places).allSatisfy { b[$0.0] == $0.1 }
    }
}
