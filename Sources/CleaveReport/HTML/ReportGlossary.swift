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
        (
            "Extra recurring cost / year",
            "For each duplicated item, the annual cost of each extra instance: what the estate pays each year on top of today."
        ),
        ("FTE affected", "The full-time staff of the teams duplicated or moved."),
        ("Tie", "A bloc's own copy of a split item still depends on a shared item another bloc runs."),
        ("Conflict", "A jointly run, shared item depends on something the option splits."),
        (
            "Blocker",
            "What stops an option as it stands: an item that cannot be split yet two blocs need (unsplittable), a contract that cannot be released in time (contract-lock), or a conflict."
        ),
        ("Release date", "When a shared contract that cannot be assigned can be let go: its end."),
        (
            "Notice date",
            "The day notice must be served to leave a contract at its end: the end less its notice months."
        ),
        (
            "Entangled before → after",
            "Items two or more blocs need, and how many of them stay shared under the option."
        ),
        ("Separation", "The share of those items the option separates: 1 − after ÷ before."),
        (
            "Cleanliness",
            "Of the dependencies the option touches, the share it keeps within one side rather than leaving as ties or conflicts."
        ),
        (
            "Complete by",
            "When the option can be complete: the end of the last contract that locks it, or the roadmap's last finish; \"never\" while an unsplittable item must be split or an open-ended contract locks it."
        ),
        (
            "Hold",
            "The number of entangled items among an item and everything that depends on it, directly or through others: what ties the parties together through it."
        ),
        ("Stranded cost", "What the leaving parties paid towards the items a bloc keeps: income the bloc loses."),
        ("Critical path", "The chain of work that sets the completion date: any delay on it delays the whole option."),
        (
            "Cheapest separation",
            "The provably cheapest way to separate each bloc the option separates, keeping shared what the option keeps shared (a minimum cut): duplicate what both sides need, or re-engineer a dependency away, whichever is cheaper overall."
        ),
        (
            "vs cheapest",
            "An option's one-off cost divided by its cheapest separation: how close it comes to the optimum."
        ),
        (
            "Default cost",
            "A price the inventory does not give, taken from the estate's defaults: a placeholder to replace with a real figure."
        ),
    ]
}
