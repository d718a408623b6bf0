import CleaveCore

/// The item explorer: a search box that filters every item by id or name as you type. The
/// item panel it opens (`HTMLReport.itemPanel`) is shared with every item link and map node.
/// The page's script fills both from the embedded data; without script the section says so.
struct ExplorerSection: ReportSection {
    let anchor = "explorer"
    let title = "Item explorer"

    func body(_ context: ReportContext) -> String {
        """
        <p>Find any of the \(Wording.grouped(context.graph.itemCount)) items by id or name. Choose one to see what it is, who needs \
        it, what it depends on and what depends on it, and what each option does to it.</p>
        <div class="explorer">
        <label for="explorer-search">Item id or name</label>
        <input id="explorer-search" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. erp or network">
        <p id="explorer-count" class="note" aria-live="polite"></p>
        <ul id="explorer-results"></ul>
        <noscript><p class="note">The explorer needs JavaScript.</p></noscript>
        </div>

        """
    }
}
