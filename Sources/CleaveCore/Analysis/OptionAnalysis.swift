/// One option's analyses, each computed the first time it is read and kept: its evaluation
/// (SPEC §4.3), who pays what (§4.5), its roadmap (§4.6) and the staff it moves.
///
/// Made by `EstateAnalysis`: `option(_:)` for an option of the inventory (kept, so every
/// command, section and view that asks for it shares one), `analysing(_:)` for an option
/// built on the fly (a what-if, not kept).
public final class OptionAnalysis: Sendable {
    public let evaluation: OptionEvaluation
    /// Which option of the inventory it is, with its what-if target date; nil for one built
    /// on the fly.
    let key: OptionKey?
    private let builtCosts: Once<PartyCosts>
    private let builtRoadmap: Once<Result<Roadmap, Roadmap.Failure>>
    private let builtStaffing: Once<Staffing>

    /// - Complexity: one `OptionEvaluation`; the rest when first read.
    public convenience init(_ option: Option, entanglement: Entanglement) {
        self.init(OptionEvaluation(option: option, entanglement: entanglement))
    }

    /// The analyses of an option already evaluated.
    public convenience init(_ evaluation: OptionEvaluation) { self.init(evaluation, key: nil) }

    init(_ evaluation: OptionEvaluation, key: OptionKey?) {
        self.evaluation = evaluation
        self.key = key
        builtCosts = Once { PartyCosts(evaluation: evaluation) }
        builtRoadmap = Once { Result { () throws(Roadmap.Failure) in try Roadmap(evaluation: evaluation) } }
        builtStaffing = Once { Staffing(evaluation: evaluation) }
    }

    public var option: Option { evaluation.option }
    public var id: String { evaluation.option.id }
    public var figures: OptionFigures { evaluation.figures }

    /// Who pays what each year after the option (SPEC 1.1 §4.5).
    public var costs: PartyCosts { builtCosts.value }

    /// The roadmap (SPEC 1.1 §4.6), or why there is none (no Start).
    public var roadmapResult: Result<Roadmap, Roadmap.Failure> { builtRoadmap.value }

    /// The roadmap; nil when the option has no Start.
    public var roadmap: Roadmap? { try? builtRoadmap.value.get() }

    /// The roadmap, or the error a command stops with when the option has no Start.
    /// - Throws: `UserError` with `Roadmap.Failure.noStart`'s message and how to fix it.
    public func requireRoadmap() throws(UserError) -> Roadmap {
        switch builtRoadmap.value {
        case .success(let roadmap): return roadmap
        case .failure(let failure):
            throw UserError(failure.description, hint: Self.startHint)
        }
    }

    /// How to give an option a Start (SPEC 1.1 §4.6).
    static let startHint = "set startDate on the option, or asOf under estate"

    /// Which teams' staff go where (SPEC 1.1 §4.5).
    public var staffing: Staffing { builtStaffing.value }
}
