import CleaveCore

/// Escaping for the HTML report. Every string that comes from the inventory reaches the
/// page through one of these, so an item called `<script>` shows as text.
public enum HTMLText {
    /// `s` as element text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` escaped.
    public static func escape(_ s: String) -> String { Markup.escape(s) }

    /// JSON text made safe inside `<script type="application/json">`: `<`, `>` and `&`
    /// become `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can end or bend
    /// the element. They only ever occur inside JSON strings, where the escape means the same.
    public static func scriptJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fragment id for `#…` links, made of safe characters only (ids in the inventory
    /// already match `[A-Za-z0-9._-]`; anything else becomes `_`).
    public static func anchor(_ s: String) -> String {
        String(
            s.unicodeScalars.map { c -> Character in
                switch c {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": Character(c)
                default: "_"
                }
            })
    }
}
