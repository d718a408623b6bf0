/// The report's style sheet: screen, and print on A4 landscape with each option on a page
/// of its own and the explorer left out.
public enum ReportStyle {
    public static let css = #"""
        :root { --ink: #1b1f24; --muted: #5b6570; --line: #d5dae0; --soft: #f3f5f7; --accent: #1d4f91;
                --bad: #b3261e; --nav: 232px; color-scheme: light; }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 12px; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
               color: var(--ink); background: #fff; }
        a { color: var(--accent); }
        a.item { text-decoration: none; border-bottom: 1px dotted var(--accent); font-family: ui-monospace, Menlo, Consolas, monospace;
                 font-size: 0.92em; }
        a.item:hover { background: #e8f0fb; }
        .masthead { margin-left: var(--nav); padding: 22px 36px 18px; background: #12355b; color: #fff; }
        .masthead h1 { margin: 0 0 4px; font-size: 26px; line-height: 1.25; }
        .masthead p { margin: 0; color: #d7e3f1; max-width: 70em; }
        nav.contents { position: fixed; top: 0; left: 0; bottom: 0; width: var(--nav); overflow-y: auto;
                       padding: 18px 14px; background: var(--soft); border-right: 1px solid var(--line); font-size: 14px; }
        nav.contents h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 8px; }
        nav.contents ol { list-style: none; margin: 0; padding: 0; }
        nav.contents li { margin: 2px 0; }
        nav.contents li.sub { padding-left: 14px; font-size: 13px; }
        nav.contents a { display: block; padding: 3px 6px; border-radius: 4px; text-decoration: none; color: var(--ink); }
        nav.contents a:hover { background: #e2e8ef; }
        main { margin-left: var(--nav); padding: 8px 36px 60px; max-width: calc(var(--nav) + 1500px); }
        .section { padding-top: 10px; border-bottom: 1px solid var(--line); padding-bottom: 18px; }
        h2 { font-size: 22px; margin: 18px 0 8px; color: #12355b; }
        h3 { font-size: 17px; margin: 22px 0 6px; }
        h4 { font-size: 15px; margin: 14px 0 4px; }
        p { max-width: 75em; margin: 6px 0 10px; }
        .note, .more, figcaption { color: var(--muted); font-size: 13.5px; }
        .option-id { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; margin-top: -4px; }
        .description { font-style: italic; }
        ul.brief { max-width: 75em; margin: 6px 0 4px; padding-left: 20px; font-size: 16px; }
        ul.brief li { margin: 4px 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 6px; }
        .figure { flex: 1 1 150px; max-width: 230px; padding: 10px 12px; background: var(--soft); border-left: 4px solid var(--accent);
                  border-radius: 3px; }
        .figure .value { font-size: 21px; font-weight: 650; line-height: 1.2; }
        .figure .label { font-size: 12.5px; color: var(--muted); }
        .table-wrap { overflow-x: auto; margin: 6px 0 4px; }
        table { border-collapse: collapse; font-size: 13.5px; }
        th, td { padding: 5px 9px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        th { background: var(--soft); font-weight: 600; border-bottom: 2px solid #b9c1ca; white-space: nowrap; }
        td.nw, a.item { white-space: nowrap; }
        td span.name { display: inline-block; max-width: 22em; font-size: 0.93em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafbfc; }
        table.sortable th { cursor: pointer; user-select: none; }
        table.sortable th::after { content: " ↕"; color: #a0a8b0; font-weight: 400; }
        table.sortable th[aria-sort="ascending"]::after { content: " ▲"; color: var(--ink); }
        table.sortable th[aria-sort="descending"]::after { content: " ▼"; color: var(--ink); }
        td:first-child { font-weight: 500; }
        dl.sentences dt { font-weight: 650; margin-top: 10px; }
        dl.sentences dd { margin: 2px 0 0 0; max-width: 75em; }
        strong.stops { font-weight: 600; color: #7a1f17; }
        strong.clear { font-weight: 600; color: #1e6b34; }
        p.warning { color: #7a1f17; font-weight: 600; }
        ul.assumptions { max-width: 75em; padding-left: 20px; }
        details { margin: 10px 0; }
        details > summary { cursor: pointer; font-weight: 600; }
        details.glossary dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; max-width: 80em; }
        details.glossary dt { font-weight: 600; }
        details.glossary dd { margin: 0; }
        .columns { display: flex; flex-wrap: wrap; gap: 24px; }
        .columns > div { flex: 1 1 420px; }
        figure.map { margin: 10px 0; }
        figure.chart { margin: 10px 0; overflow: auto; max-height: 85vh; border: 1px solid #d8dee6; }
        figure.chart svg { width: 100%; min-width: 1800px; height: auto; display: block; }
        figure.cashflow { margin: 10px 0; }
        figure.cashflow svg { width: 100%; max-width: 1000px; height: auto; display: block; }
        .map-tools { display: flex; gap: 6px; align-items: center; margin-bottom: 4px; font-size: 13px; color: var(--muted); }
        .map-tools button { font: inherit; min-width: 34px; padding: 2px 8px; border: 1px solid var(--line); background: #fff;
                            border-radius: 4px; cursor: pointer; color: var(--ink); }
        .map-frame { height: 72vh; min-height: 360px; border: 1px solid var(--line); border-radius: 4px; overflow: hidden;
                     background: #fff; cursor: grab; touch-action: none; }
        .map-frame.dragging { cursor: grabbing; }
        .map-frame.active { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(29, 79, 145, 0.25); }
        svg.map-svg { width: 100%; height: 100%; display: block; }
        svg.map-svg text { font-family: Helvetica, Arial, sans-serif; }
        svg.map-svg .item-node { cursor: pointer; }
        svg.map-svg .item-node:hover > :is(polygon, path, ellipse) { stroke: #0b63ce; stroke-width: 3; }
        svg.map-svg .item-node.picked > :is(polygon, path, ellipse) { stroke: #0b63ce; stroke-width: 5; }
        .explorer label { display: block; font-weight: 600; margin: 8px 0 4px; }
        #explorer-search { width: min(560px, 100%); font: inherit; font-size: 17px; padding: 8px 10px; border: 2px solid #5b6570;
                           border-radius: 4px; }
        #explorer-search:focus { outline: 3px solid #ffbf47; outline-offset: 0; }
        #explorer-results { list-style: none; padding: 0; margin: 6px 0; max-width: 900px; }
        #explorer-results li { padding: 5px 4px; border-bottom: 1px solid var(--line); }
        #explorer-results .kind { color: var(--muted); font-size: 13px; margin-left: 8px; }
        #item-panel { position: fixed; top: 0; right: 0; bottom: 0; width: min(480px, 100%); overflow-y: auto; z-index: 10;
                      background: #fff; border-left: 1px solid var(--line); box-shadow: -6px 0 24px rgba(0, 0, 0, 0.12);
                      padding: 18px 22px 40px; font-size: 14px; }
        #item-panel[hidden] { display: none; }
        #item-close { position: absolute; top: 10px; right: 12px; font-size: 22px; line-height: 1; padding: 2px 9px;
                      background: #fff; border: 1px solid var(--line); border-radius: 4px; cursor: pointer; }
        #item-panel h2 { margin: 4px 36px 2px 0; font-size: 20px; }
        #item-panel .sub { color: var(--muted); margin: 0 0 10px; }
        #item-panel dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 8px 0; }
        #item-panel dl.facts dt { color: var(--muted); }
        #item-panel dl.facts dd { margin: 0; }
        #item-panel ul.links { padding-left: 18px; margin: 4px 0; columns: 2; }
        #item-panel .fate-d { color: #8a4b00; font-weight: 600; }
        #item-panel .fate-m { color: #1d4f91; font-weight: 600; }
        #item-panel .blocker { color: var(--bad); }
        @media (max-width: 900px) {
          nav.contents { position: static; width: auto; height: auto; border-right: 0; }
          .masthead, main { margin-left: 0; }
        }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { font-size: 10.5pt; }
          nav.contents, #item-panel, #explorer, .map-tools, script { display: none !important; }
          figure.chart { max-height: none; overflow: visible; border: 0; }
          figure.chart svg { min-width: 0; }
          .masthead, main { margin-left: 0; }
          .masthead { background: none; color: var(--ink); padding: 0 0 6px; border-bottom: 2px solid #12355b; }
          .masthead p { color: var(--muted); }
          main { padding: 0; max-width: none; }
          .section { border-bottom: 0; }
          .section.page { break-before: page; }
          h2, h3, h4 { break-after: avoid; }
          tr, .figure { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          table { width: 100%; font-size: 9pt; }
          td.long { width: 42%; }
          table.sortable th::after, table.sortable th[aria-sort]::after { content: ""; }
          a.item { border-bottom: 0; color: inherit; }
          .map-frame { height: 165mm; min-height: 0; border: 0; }
          figure.map { break-inside: avoid; }
          tbody tr:nth-child(even) td { background: none; }
        }

        """#
}
