/// When each change of an option can be done, in dependency order, and when the option can
/// be complete (SPEC 1.1 §4.6).
///
/// The work items are the option's duplicated and transferred items. A work item waits for
/// the work items it has an edge to; work items that wait for each other in a cycle form a
/// group, which starts as one. Where the SPEC is silent:
/// - an option with no work items is complete on its Start;
/// - a group waits for what any of its members waits for, so its wave, its start and the
///   critical path's step back all look at every member's prerequisites outside the group.
///   SPEC 1.2 §4.6 settles the step back this way: it goes to what the *group* waits for,
///   the work item that set the group's start (`Schedule.gate`: of the prerequisites
///   outside the group, the one finishing latest, ties smallest id — which, when the group
///   starts after Start, is the smallest id among those finishing on that start);
/// - dates past 9999-12-31 are held at it (see `Day.adding(months:)`).
public struct Roadmap: Sendable {
    /// Why the roadmap cannot be computed.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Neither the option's `startDate` nor `estate.asOf` is given.
        case noStart(option: String)

        public var description: String {
            switch self {
            case .noStart(let option):
                "option '\(option)' has no start: set startDate on the option or estate.asOf"
            }
        }
    }

    /// Why a work item is late.
    public enum LateReason: Hashable, Sendable {
        /// A duplicated contract that is not assignable and has no `end`: it is never released.
        case openEnded
        /// A duplicated contract that is not assignable runs until its `end`, after the target.
        case contractEnd(Day)
        /// It waits (through its group) for this work item, which finishes after the target,
        /// or never (`finish` nil).
        case waitsFor(item: Int, finish: Day?)
        /// Its own months of work, from `start`, run past the target.
        case work(start: Day, months: Int)
    }

    /// One work item on the roadmap.
    public struct Step: Hashable, Sendable {
        public let item: Int
        public let id: String
        public let kind: ItemKind
        /// `duplicated` or `transferred(toBloc:)`.
        public let outcome: ItemOutcome
        /// `m(i)`: `split.months`, else `defaults.splitMonths`.
        public let months: Int
        /// Its group's start; nil when a work item it waits for never finishes.
        public let start: Day?
        /// nil when it never finishes.
        public let finish: Day?
        /// The date it cannot finish before: a duplicated, non-assignable contract's `end`.
        public let releaseDate: Day?
        /// Whether it is a duplicated, non-assignable contract (bound by its `end`).
        public let isReleaseBound: Bool
        public let wave: Int
        /// The work items it waits for (edges from it), sorted by id.
        public let waitsFor: [Int]
        /// The members of its group (itself alone unless it is in a cycle), sorted by id.
        public let group: [Int]
        public let late: Bool
        /// Why it is late; nil when it is not.
        public let lateReason: LateReason?
        /// Whether it is on the critical path.
        public let critical: Bool
    }

    /// The notice to serve on a duplicated, non-assignable contract to leave it at its `end`.
    public struct Notice: Hashable, Sendable {
        public let item: Int
        public let end: Day
        public let noticeMonths: Int
        /// `end` − `noticeMonths` calendar months, the day clamped to the month's last.
        public let date: Day
        /// The notice date is before Start: it can no longer be served in time.
        public let missed: Bool
    }

    public let optionID: String
    /// The option's `startDate`, else `estate.asOf`.
    public let start: Day
    /// The option's `targetDate`.
    public let target: Day?
    /// Every work item, sorted by id.
    public let steps: [Step]
    /// The latest finish; nil when some work item never finishes; `start` with no work items.
    public let completion: Day?
    /// Item indices, earliest first; empty when `completion` is nil.
    public let criticalPath: [Int]
    /// One per duplicated, non-assignable contract with an `end`, sorted by id.
    public let notices: [Notice]

    /// The late steps, sorted by id.
    public var lateSteps: [Step] { steps.filter(\.late) }

    /// The notices in the order to serve them: by date, then contract id (the order every
    /// table of notices shows).
    public var noticesByDate: [Notice] {
        // `notices` is sorted by id, so its positions break ties between dates.
        notices.indices.sorted { (notices[$0].date, $0) < (notices[$1].date, $1) }.map { notices[$0] }
    }

    /// The roadmap of an evaluated option.
    /// - Throws: `Failure.noStart` when neither the option's `startDate` nor `estate.asOf` is given.
    /// - Complexity: O(items + edges + w · log w) for w work items.
    public init(evaluation: OptionEvaluation) throws(Failure) {
        let option = evaluation.option
        guard let start = option.startDate ?? evaluation.graph.estate.asOf else {
            throw .noStart(option: option.id)
        }
        optionID = option.id
        self.start = start
        target = option.targetDate
        let schedule = Schedule(evaluation: evaluation, start: start)
        let graph = evaluation.graph
        let byID = graph.precedesByID
        completion = schedule.completion(start: start)
        criticalPath = completion == nil ? [] : schedule.criticalPath(start: start, byID: byID)
        let critical = Set(criticalPath)
        // One sorted list per group, shared by its members: a cycle through many work items
        // must not make each member sort the whole group.
        let groupLists = (0..<schedule.groups.count).map { c in
            schedule.groups.members.neighbours(of: c).map { schedule.work[$0] }.sorted(by: byID)
        }
        // The work items in id order first, so that whole steps are not moved about to sort them.
        let inOrder = schedule.work.indices.sorted { byID(schedule.work[$0], schedule.work[$1]) }
        steps = inOrder.map { k in
            let item = schedule.work[k]
            let late = schedule.isLate(k, target: option.targetDate)
            return Step(
                item: item, id: graph.itemID(item), kind: graph.estate.items[item].kind,
                outcome: evaluation.outcomes[item], months: schedule.months[k],
                start: schedule.start[k], finish: schedule.finish[k],
                releaseDate: schedule.releaseBound[k] ? graph.estate.items[item].end : nil,
                isReleaseBound: schedule.releaseBound[k], wave: schedule.wave[k],
                waitsFor: schedule.waitsFor(k), group: groupLists[schedule.groups.component[k]],
                late: late, lateReason: option.targetDate.flatMap { late ? schedule.lateReason(k, target: $0) : nil },
                critical: critical.contains(item))
        }
        notices = inOrder.compactMap { k -> Notice? in
            let i = schedule.work[k]
            guard schedule.releaseBound[k], let end = graph.estate.items[i].end else { return nil }
            let noticeMonths = graph.estate.items[i].noticeMonths
            let date = end.subtracting(months: noticeMonths)
            return Notice(item: i, end: end, noticeMonths: noticeMonths, date: date, missed: date < start)
        }
    }
}
