import CleaveCore

/// The options side by side: every figure of `cleave options`, then each option in one
/// plain sentence saying what it does and what stops it.
struct OptionsSection: ReportSection {
    let anchor = "options"
    let title = "The options side by side"

    func body(_ context: ReportContext) -> String {
        let evaluations = context.input.evaluations
        guard !evaluations.isEmpty else { return context.paragraph("The inventory defines no options.") }
        let report = context.input.optionsReporter.report
        var out = ""
        var sheet = report.sections[0].table!.sortable(false)
        sheet.columns[0].title = "Figure"
        // The text table indents a figure's breakdown ("  Annual cost NNC") and joins before
        // and after with " → "; in HTML the indent would collapse and the arrow start a line.
        sheet.rows = sheet.rows.map { row in
            row.enumerated().map { index, cell in
                guard case .text(var text) = cell else { return cell }
                if index == 0, text.hasPrefix("  ") { text = "\u{A0}\u{A0}\u{A0}\u{A0}" + text.drop { $0 == " " } }
                return .text(text.replacingOccurrences(of: " → ", with: "\u{A0}→ "))
            }
        }
        // Option ids head the columns; each links to its own section.
        for (index, e) in evaluations.enumerated() where sheet.columns.indices.contains(index + 1) {
            sheet.columns[index + 1].link = "#option-" + HTMLText.anchor(e.option.id)
        }
        out += sheet.html()
        out += context.heading("Each option in a sentence")
        out += "<dl class=\"sentences\">\n"
        for e in evaluations {
            let sentence = OptionSentence(e)
            out +=
                "<dt><a href=\"#option-\(HTMLText.anchor(e.option.id))\">\(HTMLText.escape(e.option.name))</a></dt>\n"
            out +=
                "<dd>\(HTMLText.escape(sentence.action)) <strong class=\"\(e.figures.blockers == 0 ? "clear" : "stops")\">\(HTMLText.escape(sentence.stops))</strong></dd>\n"
        }
        out += "</dl>\n"
        // The lines of `cleave options` on prices taken from defaults, option by option.
        if let assumed = report.sections.first(where: { $0.title?.hasPrefix("Assumptions") ?? false }) {
            out += context.heading("Prices taken from the estate's defaults")
            out += "<ul class=\"assumptions\">\n"
            for line in assumed.lines {
                out += "<li>\(HTMLText.escape(line.hasPrefix("- ") ? String(line.dropFirst(2)) : line))</li>\n"
            }
            out += "</ul>\n"
        }
        if let yardstick = report.sections.first(where: { $0.title?.hasPrefix("Cheapest full separation") ?? false })?
            .table
        {
            out += context.heading("Cheapest full separation of each separated party")
            out += context.paragraph(
                "The yardstick: the provably cheapest way to separate the party from all others (a minimum cut). "
                    + "\"vs cheapest\" above divides an option's one-off cost by it. Where items both sides need cannot be "
                    + "split, no separation is possible; the cheapest one that lets them stay shared is shown instead.",
                class: "note")
            out += yardstick.html()
        }
        out += glossary(context)
        return out
    }

    private func glossary(_ context: ReportContext) -> String {
        var out = "<details class=\"glossary\"><summary>What the figures mean</summary>\n<dl>\n"
        for (term, meaning) in ReportGlossary.entries {
            out += "<dt>\(HTMLText.escape(term))</dt><dd>\(HTMLText.escape(meaning))</dd>\n"
        }
        return out + "</dl></details>\n"
    }
}
