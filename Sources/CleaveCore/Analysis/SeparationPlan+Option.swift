extension SeparationPlan {
    /// The §4.4 yardstick for bloc `bloc` of an option (SPEC 1.1): the cheapest way to give
    /// it its own instances of what the option splits.
    ///
    /// Only the items the option splits (`d(i) = split`) take part: what it keeps shared stays
    /// jointly run, so those items and every edge to or from them are left out. x(i) = 1 is
    /// forced where a party of the bloc is in `direct(i)`, y(i) = 1 where a party outside it
    /// is. Where no finite plan exists, `obstacles` names the split items that cannot be
    /// duplicated and the dependencies between split items that cannot be severed.
    ///
    /// - Parameters:
    ///   - bloc: a bloc of `evaluation.partition` (a separated party, or `rest`).
    ///   - sharingUnsplittable: as for `init(separating:in:name:sharingUnsplittable:)`.
    /// - Complexity: as `init(separating:in:name:sharingUnsplittable:)`.
    public init(separatingBloc bloc: BlocIndex, of evaluation: OptionEvaluation, sharingUnsplittable: Bool = false) {
        let partition = evaluation.partition
        self.init(
            separating: partition.parties(inBloc: bloc), in: evaluation.graph, name: partition.name(bloc),
            sharingUnsplittable: sharingUnsplittable,
            takingPart: evaluation.dispositions.map { $0 == .split }, option: evaluation.option.id)
    }

    /// The option-scoped plan of every bloc the option separates (each party in `separate`),
    /// ordered by bloc name, as `options.plans` lists them.
    public static func plans(of evaluation: OptionEvaluation, sharingUnsplittable: Bool = false) -> [SeparationPlan] {
        let partition = evaluation.partition
        // Every bloc's plan is over the same items: one network serves them all.
        let network = SeparationNetwork(
            graph: evaluation.graph, takingPart: evaluation.dispositions.map { $0 == .split },
            sharingUnsplittable: sharingUnsplittable)
        return partition.blocs.filter { $0 != partition.restBloc }.map {
            SeparationPlan(
                separating: partition.parties(inBloc: $0), over: network, name: partition.name($0),
                option: evaluation.option.id)
        }
    }
}
