import ArgumentParser
import CleaveCore
import CleaveReport

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "When an option can be done: its work in dependency order, the critical path, what is late.",
        discussion: """
            The work items are what the option duplicates or moves; each takes
            split.months (else estate.defaults.splitMonths, else 3). An item waits for
            the work items it depends on; a contract that is not assignable finishes
            no earlier than its end. Work starts on the option's startDate, else
            estate.asOf (SPEC §4.6). An item is late when it finishes after the
            target date, or never.

            Examples:
              cleave roadmap --option nnc-leaves
              cleave roadmap --option nnc-leaves --target-date 2028-03-31
              cleave roadmap --option nnc-leaves --summary  # the waves, not every item
              cleave roadmap --option nnc-leaves-phased --format json
            """)

    @OptionGroup var inventory: InventoryOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("option"), help: ArgumentHelp("The option to plan.", valueName: "id"))
    var optionID: String

    @Option(
        help: ArgumentHelp(
            "Measure lateness against this date instead of the option's targetDate.",
            valueName: "YYYY-MM-DD"))
    var targetDate: Day?

    @Flag(help: "Show the summary and the waves only, not every work item (table and markdown).")
    var summary = false

    func run() throws {
        let analysis = try inventory.loadAnalysis()
        let option = try analysis.option(optionID, targetDate: targetDate)
        RoadmapReporter(
            graph: analysis.graph, roadmap: try option.requireRoadmap(), staffing: option.staffing,
            summaryOnly: summary
        ).report.print(output.format)
    }
}
