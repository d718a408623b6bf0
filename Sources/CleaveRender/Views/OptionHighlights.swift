import CleaveCore

/// How the option family of maps (`option:ID`, `blockers:ID`) draws an option's ties and
/// conflicts, and the legend sections they share, so a colour means the same on both.
struct OptionHighlights {
    let evaluation: OptionEvaluation
    private let tieBlocs: [EdgeID: [BlocIndex]]
    private let conflicts: Set<EdgeID>
    /// Label each tie with its blocs; off when the legend can name the one bloc instead.
    let namingBlocs: Bool

    init(_ evaluation: OptionEvaluation, namingBlocs: Bool = true) {
        self.evaluation = evaluation
        self.namingBlocs = namingBlocs
        var tieBlocs: [EdgeID: [BlocIndex]] = [:]
        for tie in evaluation.ties { tieBlocs[tie.edge, default: []].append(tie.bloc) }
        self.tieBlocs = tieBlocs
        conflicts = Set(evaluation.conflicts)
    }

    func isConflict(_ link: MapFacts.Link) -> Bool { link.edges.contains(where: conflicts.contains) }
    func isTie(_ link: MapFacts.Link) -> Bool { link.edges.contains { tieBlocs[$0] != nil } }

    func style(_ link: MapFacts.Link) -> EdgeStyle {
        if isConflict(link) { return OutcomeStyle.conflict }
        if isTie(link) { return OutcomeStyle.tie }
        return OutcomeStyle.background(link.vias[0])
    }

    func label(_ link: MapFacts.Link) -> String? {
        if isConflict(link) { return "conflict" }
        let blocs = Set(link.edges.flatMap { tieBlocs[$0] ?? [] })
        if !blocs.isEmpty && !namingBlocs { return nil }
        if !blocs.isEmpty {
            let partition = evaluation.partition
            return "tie: "
                + partition.names(BlocSet(blocs, capacity: partition.blocCapacity)).joined(separator: ", ")
        }
        return DiagramBuilder.viaLabel(link)
    }

    /// `legendSection`, naming the tied bloc when the lines do not.
    var legend: Legend.Section {
        guard !namingBlocs, let bloc = evaluation.ties.first?.bloc else { return Self.legendSection }
        var section = Self.legendSection
        section.entries[1] = Legend.Entry(
            .line(OutcomeStyle.tie), "tie: \(evaluation.partition.name(bloc))'s own item needs a shared one")
        return section
    }

    static let fillSection = Legend.Section(
        title: "Fill: what the option does",
        entries: [
            Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.duplicated), "split: duplicated, one instance per bloc"),
            Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.transferred), "split: moves to the one bloc that needs it"),
            Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.splitUnchanged), "split: stays where it is"),
            Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.sharedEntangled), "shared by two or more blocs"),
            Legend.Entry(OutcomeStyle.swatch(OutcomeStyle.sharedQuiet), "shared, one bloc or none needs it"),
        ])

    static let legendSection = Legend.Section(
        title: "Highlights",
        entries: [
            Legend.Entry(
                .swatch(fill: .white, border: OutcomeStyle.blocker, borderWidth: 3), "red double outline: blocker"),
            Legend.Entry(.line(OutcomeStyle.tie), "tie: a bloc's own item needs a shared one"),
            Legend.Entry(.line(OutcomeStyle.conflict), "conflict: a shared item needs a split one"),
            Legend.Entry(.line(OutcomeStyle.background(.other)), "other dependency (line style: via)"),
        ])
}
