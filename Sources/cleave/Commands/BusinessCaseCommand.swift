import ArgumentParser
import CleaveCore
import CleaveReport

struct BusinessCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "The business case: what each party pays in each year of an option, its NPV and payback.",
        discussion: """
            Month by month from the option's Start (its startDate, else estate.asOf), each
            duplicated or transferred item is paid as before until the month it is cut over
            (its finish in `cleave roadmap`), then as after (`cleave costs`). While its new
            instances are built, the blocs that get them pay for old and new (dual running);
            the one-off costs fall when work starts, uplifted by the optimism bias; for the
            option's transition.strandedMonths after each cut-over the separating blocs pay
            the keeping bloc transition.strandedShare % of the cost it is left with (SPEC
            §4.7). Each year's net is the cost under the option less the baseline: what the
            party pays staying as it is, or under --compare-with. NPV discounts the nets at
            --discount-rate; the payback year is the first after which the cumulative net
            stays at or below zero.

            --years, --discount-rate and --optimism-bias override estate.appraisal
            (defaults: 10 years, 3.5%, 0%: HM Treasury Green Book practice).

            Examples:
              cleave case --option nnc-leaves
              cleave case --option nnc-leaves --optimism-bias 20 --format markdown
              cleave case --option nnc-leaves --compare-with nnc-leaves-phased
              cleave case --option nnc-leaves --format csv > case.csv   # one row per party-year
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("The option to appraise.", valueName: "id"))
    var optionID: String

    @Option(
        name: .customLong("compare-with"),
        help: ArgumentHelp("Compare with this option instead of staying as it is.", valueName: "id"))
    var compareWith: String?

    @Option(help: ArgumentHelp("Years from Start, 1–60 (default: estate.appraisal.years, else 10).", valueName: "N"))
    var years: Int?

    @Option(
        help: ArgumentHelp(
            "Real discount rate a year in percent, 0–100 (default: estate.appraisal, else 3.5).", valueName: "percent"))
    var discountRate: Double?

    @Option(
        help: ArgumentHelp(
            "Uplift on one-off costs in percent, 0 or more (default: estate.appraisal, else 0).", valueName: "percent"))
    var optimismBias: Double?

    func validate() throws {
        if let years, !Appraisal.allowedYears.contains(years) {
            throw ValidationError("--years must be between 1 and 60, not \(years).")
        }
        if let discountRate, !Appraisal.allowedDiscountRate.contains(discountRate) {
            throw ValidationError("--discount-rate must be between 0 and 100 (a percentage), not \(discountRate).")
        }
        if let optimismBias, !(optimismBias >= 0 && optimismBias.isFinite) {
            throw ValidationError("--optimism-bias must be 0 or more (a percentage), not \(optimismBias).")
        }
    }

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let option = try analysis.option(optionID)
        let other = try compareWith.map { id throws(UserError) in try analysis.option(id) }
        var appraisal = analysis.graph.estate.appraisal
        if let years { appraisal.years = years }
        if let discountRate { appraisal.discountRate = discountRate }
        if let optimismBias { appraisal.optimismBias = optimismBias }
        let businessCase = try analysis.businessCase(option, comparedWith: other, appraisal: appraisal)
        BusinessCaseReporter(graph: analysis.graph, businessCase: businessCase).report.print(output.format)
    }
}
