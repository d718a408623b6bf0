/// File-safe names for views, so `option:a/b` can never write outside the output folder.
public enum FileName {
    /// `name` with every character outside `[A-Za-z0-9._-]` replaced by `_`, never
    /// starting with a dot, never empty. Distinct ids may collide; callers resolve that.
    public static func safe(_ name: String) -> String {
        var out = String(
            name.unicodeScalars.map { scalar -> Character in
                let ok =
                    scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || scalar == "." || scalar == "_" || scalar == "-")
                return ok ? Character(scalar) : "_"
            })
        if out.first == "." { out = "_" + out.dropFirst() }
        if out.isEmpty { out = "_" }
        return String(out.prefix(120))
    }
}
