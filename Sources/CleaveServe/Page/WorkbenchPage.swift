import CleaveReport

/// The workbench's one page: the report's style and masthead, an editor on the left and the
/// option's figures on the right. Everything after the first paint comes from the JSON API
/// and is written into the page by `WorkbenchScript` as text, never as markup.
struct WorkbenchPage {
    let workbench: Workbench
    let csrf: String

    var html: String {
        let estate = workbench.current.graph.estate
        let name = HTMLText.escape(estate.name)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Cleave">
            <link rel="icon" href="data:,">
            <meta name="cleave-csrf" content="\(HTMLText.escape(csrf))">
            <title>\(name): what-if workbench</title>
            <link rel="stylesheet" href="/workbench.css">
            <script src="/workbench.js" defer></script>
            </head>
            <body class="workbench">
            <header class="masthead"><h1>\(name): what-if workbench</h1>
            <p>Make an option, or change one, and see at once what it duplicates and costs, what blocks it, who pays what and when it can be done.\(estate.asOf.map { " Inventory as of \($0)." } ?? "")</p></header>
            <div id="status" class="status" role="status" aria-live="polite">Loading the inventory…</div>
            <div id="problem" class="problem" hidden></div>
            <div class="bench">
            \(Self.editor)
            \(Self.results)
            </div>
            \(Self.saveDialog)
            </body>
            </html>

            """
    }

    static let editor = """
        <form id="editor" class="editor" autocomplete="off" aria-label="The option">
        <h2>The option</h2>
        <label for="start-from">Start from</label>
        <div class="row"><select id="start-from"></select><button type="button" id="start-button">Start</button></div>
        <p class="note">Start from an option of the inventory, or from nothing, then change it below. Each change is evaluated at once.</p>
        <div class="pair"><div><label for="option-id">Id</label><input id="option-id" maxlength="200" spellcheck="false"></div>
        <div><label for="option-name">Name</label><input id="option-name" maxlength="300"></div></div>
        <fieldset><legend>Parties that leave the shared arrangement</legend>
        <label class="check"><input type="checkbox" id="separate-every"> every party</label>
        <div id="parties" class="checks"></div></fieldset>
        <fieldset><legend>Service areas</legend>
        <label for="default-disposition">Areas not set below</label>
        <select id="default-disposition"><option value="shared">stay shared</option><option value="split">are split</option></select>
        <table class="areas"><tbody id="areas"></tbody></table></fieldset>
        <fieldset><legend>Items</legend>
        <label for="item-search">Find an item by id or name, to keep it shared or split it whatever its area says</label>
        <input id="item-search" type="search" placeholder="e.g. crm, finance, datacentre" spellcheck="false">
        <ul id="item-results" class="results"></ul>
        <table class="areas"><tbody id="items"></tbody></table></fieldset>
        <fieldset><legend>Dates</legend>
        <div class="pair"><div><label for="start-date">Work starts</label><input id="start-date" type="date"></div>
        <div><label for="target-date">Target: complete by</label><input id="target-date" type="date"></div></div></fieldset>
        <fieldset><legend>Transition terms</legend>
        <p class="note" id="transition-note">After each item is cut over, the leaving blocs pay the bloc keeping it this share of the cost it is left with (its stranded cost), for this many months.</p>
        <div class="pair"><div><label for="stranded-share">Share of stranded cost (%)</label><input id="stranded-share" type="number" min="0" max="100" step="any"></div>
        <div><label for="stranded-months">For months</label><input id="stranded-months" type="number" min="0" step="1"></div></div></fieldset>
        <fieldset><legend>Compare with (up to three)</legend><div id="compare" class="checks"></div></fieldset>
        <div class="actions"><button type="button" id="save-button" class="primary">Save as option…</button></div>
        </form>
        """

    static let results = """
        <main id="results" class="results-pane" aria-label="What the option does">
        <p id="timing" class="timing"></p>
        <div id="error" class="problem" hidden></div>
        <h2 id="sheet-title">The option</h2>
        <div id="figures" class="figures"></div>
        <h3>Side by side</h3>
        <p class="note">Every figure as <code>cleave options</code> gives it; in brackets, the difference from the column marked “differences from it” (the option you started from when you compare with it, else the baseline). Cells of the option being edited that differ from it are marked.</p>
        <div class="table-wrap"><table id="compare-table"></table></div>
        <h3>Blockers</h3><div id="blockers"></div>
        <h3>Annual cost by party</h3><div id="costs"></div>
        <h3>Roadmap</h3><div id="roadmap"></div>
        <h3>Money over time</h3>
        <div id="business-case"></div>
        </main>
        """

    static let saveDialog = """
        <section id="save-panel" class="save-panel" hidden aria-label="Save as option">
        <h2>Save as option <span id="save-id"></span></h2>
        <p id="save-where" class="note"></p>
        <div id="save-error" class="problem" hidden></div>
        <h3>What it writes</h3><pre id="save-yaml"></pre>
        <h3>What it changes (cleave diff)</h3><p id="save-summary"></p><pre id="save-diff"></pre>
        <div class="actions"><button type="button" id="save-confirm" class="primary">Write it</button>
        <button type="button" id="save-cancel">Cancel</button></div>
        </section>
        """

    /// The report's style sheet, and the workbench's own layout on top.
    static let css =
        ReportStyle.css + #"""
            body.workbench .masthead, body.workbench main { margin-left: 0; }
            .status { padding: 6px 36px; background: #e8eef5; color: var(--ink); font-size: 13.5px; }
            .problem { margin: 8px 36px; padding: 10px 14px; border-left: 4px solid var(--bad); background: #fbeeed; color: #5d1712; }
            .problem ul { margin: 4px 0 0; padding-left: 18px; font-size: 13.5px; }
            .results-pane .problem { margin: 8px 0; }
            .bench { display: flex; align-items: flex-start; gap: 0; }
            .editor { flex: 0 0 390px; padding: 8px 18px 40px 36px; border-right: 1px solid var(--line); position: sticky; top: 0;
                      max-height: 100vh; overflow-y: auto; }
            .editor h2 { margin-top: 12px; }
            .editor label { display: block; font-weight: 600; font-size: 13.5px; margin: 8px 0 3px; }
            .editor label.check { display: inline-flex; gap: 6px; font-weight: 400; margin: 2px 12px 2px 0; align-items: center; }
            .editor input:not([type=checkbox]), .editor select { font: inherit; font-size: 14px; padding: 5px 7px; border: 1px solid #8a949e;
                      border-radius: 4px; width: 100%; background: #fff; }
            .editor input:focus, .editor select:focus, .editor button:focus { outline: 3px solid #ffbf47; outline-offset: 0; }
            .editor fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 12px 0; padding: 6px 10px 10px; }
            .editor legend { font-weight: 650; padding: 0 4px; }
            .editor .row { display: flex; gap: 6px; }
            .editor .pair { display: flex; gap: 10px; }
            .editor .pair > div { flex: 1; }
            .editor table.areas { width: 100%; margin-top: 6px; font-size: 13.5px; }
            .editor table.areas td { padding: 3px 4px; vertical-align: middle; }
            .editor table.areas td:last-child { width: 118px; }
            .editor table.areas select { padding: 2px 4px; font-size: 13px; }
            .editor .later, .results-pane .later { border-style: dashed; color: var(--muted); }
            .results-pane .later { border: 1px dashed var(--line); padding: 4px 12px; border-radius: 4px; }
            ul.results { list-style: none; margin: 4px 0; padding: 0; max-height: 240px; overflow-y: auto; }
            ul.results li { display: flex; gap: 6px; align-items: center; padding: 3px 2px; border-bottom: 1px solid var(--line); font-size: 13px; }
            ul.results li .what { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
            ul.results li .kind { color: var(--muted); }
            button { font: inherit; font-size: 13.5px; padding: 4px 10px; border: 1px solid #8a949e; border-radius: 4px; background: #fff;
                     cursor: pointer; color: var(--ink); }
            button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; padding: 7px 14px; }
            button.small { padding: 1px 7px; font-size: 12.5px; }
            .actions { display: flex; gap: 8px; margin-top: 14px; }
            .results-pane { flex: 1; min-width: 0; padding: 4px 36px 60px 28px; max-width: none; }
            .timing { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
            table td.changed { background: #fff3cd !important; font-weight: 600; }
            table th.edited { background: #dfe9f6; }
            td.missed { color: var(--bad); font-weight: 600; }
            .save-panel { position: fixed; top: 4vh; left: 50%; transform: translateX(-50%); width: min(980px, 94vw); max-height: 92vh;
                          overflow-y: auto; background: #fff; border: 1px solid var(--line); box-shadow: 0 12px 40px rgba(0,0,0,0.25);
                          padding: 10px 26px 22px; z-index: 20; border-radius: 6px; }
            .save-panel[hidden] { display: none; }
            .save-panel pre { background: var(--soft); padding: 10px; overflow: auto; max-height: 32vh; font-size: 12.5px; white-space: pre-wrap; }
            .saved { color: #1e6b34; font-weight: 600; }
            @media (max-width: 1000px) { .bench { display: block; } .editor { position: static; max-height: none; border-right: 0; } }

            """#
}
