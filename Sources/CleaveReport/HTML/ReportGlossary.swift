/// The words the report uses, in plain terms (SPEC §1 and §4), for the glossary of both
/// the HTML and the Markdown report.
public enum ReportGlossary {
    public static let entries: [(term: String, meaning: String)] = [
        ("Party", "An organisation that uses the shared estate: a council, a trust, a company."),
        ("Item", "One thing in the estate: a system, infrastructure, contract, data set or team."),
        ("Needs", "The parties that use an item, or use anything that depends on it."),
        ("Entangled", "Needed by two or more parties; exclusive: by one; unused: by none."),
        (
            "Drag",
            "The number of entangled items among an item and everything it depends on: what comes along if you try to move it."
        ),
        ("Bloc", "Under an option, each party it separates is a bloc of its own; everyone else is the bloc \"rest\"."),
        ("Duplicated", "Split, and needed by two or more blocs: each bloc gets its own instance."),
        ("Transferred (moved)", "Split, and needed by one bloc that does not run it today: it moves to that bloc."),
        ("One-off cost", "For each duplicated item, its split cost once per extra instance."),
        ("Recurring / year", "For each duplicated item, the annual cost of each extra instance."),
        ("FTE affected", "The full-time staff of the teams duplicated or moved."),
        ("Tie", "A bloc's own copy of a split item still depends on a shared item another bloc runs."),
        ("Conflict", "A jointly run, shared item depends on something the option splits."),
        (
            "Blocker",
            "What stops an option as it stands: an item that cannot be split yet two blocs need (unsplittable), a contract that cannot be released in time (contract-lock), or a conflict."
        ),
        ("Release date", "When a shared contract can be let go: its end, less the notice it needs."),
        (
            "Entangled before → after",
            "Items two or more blocs need, and how many of them stay shared under the option."
        ),
        ("Separation", "The share of those items the option separates: 1 − after ÷ before."),
        (
            "Cleanliness",
            "Of the dependencies the option touches, the share it keeps within one side rather than leaving as ties or conflicts."
        ),
        ("Complete by", "The release date of the last contract that locks the option."),
        (
            "Cheapest separation",
            "The provably cheapest way to separate a party from all others (a minimum cut): duplicate what both sides need, or re-engineer a dependency away, whichever is cheaper overall."
        ),
        (
            "vs cheapest",
            "An option's one-off cost divided by the cheapest separation: how close it comes to the optimum."
        ),
    ]
}
