import Foundation

/// The terminal standard output goes to, if any.
enum Terminal {
    /// Its width in columns: asked of the terminal, else `COLUMNS`; nil when output is not a
    /// terminal, so piped tables are never cut short.
    static var width: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }
}
